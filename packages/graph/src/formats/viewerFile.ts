import type { DocumentInfo } from "@xiezuo/extract";
import type { RelationAttributes, XiezuoGraph } from "../types.js";
import { jsonAroundEvidence, type EvidenceTable } from "../build/evidenceTable.js";
import { ByteBuilder, utf16Length } from "../io/byteBuilder.js";
import { checkGraph } from "../util/checkGraph.js";
import { foldParents, OVERVIEW_FROM } from "./foldParents.js";
import { toOverviewFile } from "./overviewFile.js";
import { pinyinLine } from "./pinyinLines.js";

/** The `format` of viewer.json, and the version the viewer reads. */
export const VIEWER_FORMAT = "xiezuo-viewer";
export const VIEWER_VERSION = 1;
/** About this many bytes of evidence go into one shard file: one fetch per click, small enough to be instant. */
const SHARD_BYTES = 96 * 1024;

/**
 * What the viewer draws from, column by column (one array per attribute, so JSON repeats no key):
 * topology and display attributes only. Lists of names are indices into the tables at the top.
 */
export interface ViewerFile {
  format: typeof VIEWER_FORMAT;
  version: number;
  name: string;
  entityTypes: string[];
  relationTypes: string[];
  /** Distinct place paths (广东省 › 深圳市), referenced by `nodes.path`. */
  paths: string[][];
  /** Distinct dates, sorted, referenced by `edges.dates`. */
  dates: string[];
  /** Number of files in evidence/ (evidence/0.json …). */
  shards: number;
  documents: number;
  nodes: {
    /** The key, or "" when it is `place:<code>` (places with a code) or `<type>:<label>` (others). */
    id: string[];
    label: string[];
    type: number[];
    x: number[];
    y: number[];
    size: number[];
    /** PageRank as a share of the largest, 0–10000. */
    rank: number[];
    community: number[];
    /** Index of the node this one folds into on the overview, −1 for overview nodes. */
    fold: number[];
    /** Index into `paths`, −1 for none. */
    path: number[];
    shard: number[];
    /** Sparse: node index → aliases, node index → administrative code. */
    aliases: Record<string, string[]>;
    code: Record<string, string>;
    /**
     * One line per node (lines joined by "\n"): the pinyin of its label and aliases, full and
     * initials, separated by spaces (龙岗区 → "longgangqu lgq"). What the page's search matches
     * Latin letters against; one text, because a worker hands one string to the page at the cost of
     * a copy, where 60,000 small ones cost a long task. Absent in files written before it.
     */
    pinyin?: string;
  };
  edges: {
    source: number[];
    target: number[];
    type: number[];
    weight: number[];
    /** Yuan, 0 when the relation states none. */
    amount: number[];
    /** Indices into `dates`: the relation's own date and those of the articles stating it. */
    dates: number[][];
    /** Sparse: edge index → key, when it is not `<type>:<source>-><target>`. */
    key: Record<string, string>;
  };
}

/** What a shard holds for one node: its counts and the details of every relation at either end. */
export interface ShardNode {
  mentions: number;
  documents: number;
  /** Edge index → everything about the relation that the panel shows on demand. */
  edges: Record<string, EdgeDetail>;
}

/** A relation's attributes beyond topology: title, date, totals, rule, and its evidence. */
export type EdgeDetail = Omit<RelationAttributes, "type" | "weight" | "amountYuan" | "amounts"> & Record<string, unknown>;

/** One evidence shard: its nodes by index, and the articles their evidence cites. */
export interface Shard {
  nodes: Record<string, ShardNode>;
  documents: Record<string, Omit<DocumentInfo, "id" | "authors">>;
}

/** The compact viewer file, its evidence shards and on a big graph its overview.json (file name → text), ready to write into a build folder. */
export function toViewerFiles(graph: XiezuoGraph, evidence?: EvidenceTable): { viewer: ViewerFile; files: Map<string, string> } {
  checkGraph(graph, "toViewerFiles");
  const shardTexts: string[] = [];
  const viewer = viewerFile(graph, (bytes) => void shardTexts.push(Buffer.from(bytes).toString("utf8")), evidence);
  const files = new Map<string, string>([["viewer.json", JSON.stringify(viewer)]]);
  shardTexts.forEach((text, i) => files.set(`evidence/${i}.json`, text));
  const overview = overviewText(graph, viewer);
  if (overview !== undefined) files.set("overview.json", overview);
  return { viewer, files };
}

/** What the first frame of a big graph draws, fetched before viewer.json (undefined for a graph small enough to draw whole). */
export function overviewText(graph: XiezuoGraph, viewer: ViewerFile): string | undefined {
  return graph.order >= OVERVIEW_FROM ? JSON.stringify(toOverviewFile(viewer)) : undefined;
}

/** Edge attributes a shard leaves out: the viewer file has them already. */
const NOT_IN_DETAIL: ReadonlySet<string> = new Set(["type", "weight", "amountYuan", "amounts"]);

/**
 * The viewer file, handing each evidence shard's text (as UTF-8) to `onShard` as soon as it is
 * complete (shard 0 first), so a writer never holds more than one; the bytes are valid during the
 * call only. The shards' texts are those `toViewerFiles` gives. A graph built with its evidence
 * apart takes it from `evidence`; `pinyinLines` (one per node, `pinyinLine` of its label and
 * aliases) are the search's lines worked out already (`pinyinLinesApart`).
 */
export function viewerFile(graph: XiezuoGraph, onShard: (bytes: Uint8Array) => void, evidence?: EvidenceTable, pinyinLines?: readonly string[]): ViewerFile {
  return startViewerFile(graph, onShard, evidence).finish(pinyinLines);
}

/** A viewer file whose shards are all written, waiting for the nodes' positions, sizes and pinyin. */
export interface PendingViewerFile {
  /** The viewer file, with each node's position and size as the graph has them now (call once). */
  finish(pinyinLines?: readonly string[]): ViewerFile;
}

/**
 * `viewerFile` in two steps: the evidence shards now — they need neither positions nor sizes, so a
 * build writes them while its layout runs on the other core — and the rest when `finish` is called
 * after the layout. The graph's nodes, edges and other attributes must not change in between.
 * `folds` are the graph's fold parents if already worked out (the layout groups by them).
 */
export function startViewerFile(graph: XiezuoGraph, onShard: (bytes: Uint8Array) => void, evidence?: EvidenceTable, folds?: ReadonlyMap<string, string | null>): PendingViewerFile {
  checkGraph(graph, "viewerFile");
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const entityTypes = table<string>();
  const relationTypes = table<string>();
  const paths = table<string>();
  const pathLists: string[][] = [];
  const documents = new Map(graph.getAttribute("documents").map((doc) => [doc.id, doc]));
  /** The ids of the documents a relation's evidence cites, in evidence order (repeats allowed). */
  const citedBy = (edge: string, a: RelationAttributes): readonly string[] => evidence?.get(edge)?.documents ?? a.evidence.map((item) => item.document);
  const datesOf = graph.mapEdges((edge, a) => [...edgeDates(a, citedBy(edge, a), documents)]);
  const dates = [...new Set(datesOf.flat())].sort();
  const dateIndex = new Map(dates.map((date, i) => [date, i]));
  folds ??= foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) });
  const maxRank = graph.reduceNodes((max, _node, a) => Math.max(max, a.pagerank ?? 0), 0) || 1;

  const nodes: ViewerFile["nodes"] = { id: [], label: [], type: [], x: [], y: [], size: [], rank: [], community: [], fold: [], path: [], shard: [], aliases: {}, code: {} };
  graph.forEachNode((key, a) => {
    const i = nodes.label.length;
    nodes.id.push(key === impliedKey(a.type, a.label, a.code) ? "" : key);
    nodes.label.push(a.label);
    nodes.type.push(entityTypes.add(a.type));
    nodes.rank.push(Math.round(((a.pagerank ?? 0) / maxRank) * 10_000));
    nodes.community.push(a.community ?? -1);
    const parent = folds.get(key) ?? null;
    nodes.fold.push(parent === null ? -1 : index.get(parent)!);
    if (a.placePath.length) {
      const id = paths.add(a.placePath.join("\u0000"));
      if (id === pathLists.length) pathLists.push(a.placePath);
      nodes.path.push(id);
    } else nodes.path.push(-1);
    if (a.aliases.length) nodes.aliases[i] = a.aliases;
    if (a.code !== undefined) nodes.code[i] = a.code;
  });

  const edges: ViewerFile["edges"] = { source: [], target: [], type: [], weight: [], amount: [], dates: [], key: {} };
  const edgeIndex = new Map<string, number>();
  graph.forEachEdge((key, a, source, target) => {
    const i = edges.source.length;
    edgeIndex.set(key, i);
    edges.source.push(index.get(source)!);
    edges.target.push(index.get(target)!);
    edges.type.push(relationTypes.add(a.type));
    edges.weight.push(a.weight);
    edges.amount.push(a.amountYuan ?? 0);
    edges.dates.push(datesOf[i]!.map((date) => dateIndex.get(date)!).sort((x, y) => x - y));
    if (key !== `${a.type}:${source}->${target}`) edges.key[i] = key;
  });
  // Nodes go to shards in order, a shard closing once it holds about SHARD_BYTES of details (counted
  // in UTF-16 units, as the text's length). A relation's details are written under both of its
  // ends, its evidence pasted as the stored bytes: the text of a `Shard`, as UTF-8.
  const evidenceLength = new Int32Array(edges.source.length).fill(-1);
  const out = new ByteBuilder();
  /** Appends `prefix` and a relation's details as the JSON of an `EdgeDetail`; gives the length of the details. */
  const writeDetail = (prefix: string, edge: string, e: number, a: RelationAttributes): number => {
    // Made again at the relation's other end: kept from the first, these texts made the peak 0.1-0.2 GB higher.
    const apart = evidence?.get(edge);
    const around = apart ? jsonAroundEvidence(a, NOT_IN_DETAIL) : undefined;
    if (around) {
      // Read once: a table whose bytes are in a file reads them on each ask.
      const bytes = apart!.graphJson;
      if (evidenceLength[e]! < 0) evidenceLength[e] = utf16Length(bytes);
      out.text(prefix + around[0]);
      out.bytes(bytes);
      out.text(around[1]);
      return around[0].length + evidenceLength[e]! + around[1].length;
    }
    const { type: _type, weight: _weight, amountYuan: _amount, amounts: _amounts, ...detail } = a;
    const text = JSON.stringify(detail);
    out.text(prefix + text);
    return text.length;
  };

  let shards = 0;
  let cited = new Map<string, string>();
  let bytes = 0;
  let first = true;
  const open = () => {
    out.clear();
    out.text('{"nodes":{');
    [cited, bytes, first] = [new Map(), 0, true];
  };
  const close = () => {
    out.text(`},"documents":{${[...cited].map(([id, doc]) => `${JSON.stringify(id)}:${doc}`).join(",")}}}`);
    onShard(out.view());
    shards++;
    open();
  };
  open();
  keys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    out.text(`${first ? "" : ","}"${i}":{"mentions":${a.mentions},"documents":${a.documents.length},"edges":{`);
    first = false;
    let firstEdge = true;
    graph.forEachEdge(key, (edge, edgeAttributes) => {
      const e = edgeIndex.get(edge)!;
      bytes += writeDetail(`${firstEdge ? "" : ","}"${e}":`, edge, e, edgeAttributes);
      firstEdge = false;
      for (const id of citedBy(edge, edgeAttributes)) {
        const doc = documents.get(id);
        if (doc && !cited.has(doc.id)) cited.set(doc.id, JSON.stringify({ file: doc.file, title: doc.title, date: doc.date, source: doc.source }));
      }
    });
    out.text("}}");
    nodes.shard.push(shards);
    if (bytes >= SHARD_BYTES) close();
  });
  if (!first || shards === 0) close();

  return {
    finish(pinyinLines) {
      checkGraph(graph, "viewerFile");
      if (graph.order !== keys.length) throw new Error(`@xiezuo/graph/viewerFile: the graph has ${graph.order} nodes, ${keys.length} when its shards were written.`);
      const pinyin: string[] = [];
      graph.forEachNode((_key, a) => {
        nodes.x.push(round(a.x ?? 0));
        nodes.y.push(round(a.y ?? 0));
        nodes.size.push(round(a.size ?? 3));
        pinyin.push(pinyinLines?.[pinyin.length] ?? pinyinLine([a.label, ...a.aliases]));
      });
      nodes.pinyin = pinyin.join("\n");
      return {
        format: VIEWER_FORMAT, version: VIEWER_VERSION, name: graph.getAttribute("name"),
        entityTypes: entityTypes.values, relationTypes: relationTypes.values, paths: pathLists, dates,
        shards, documents: documents.size, nodes, edges,
      };
    },
  };
}

/** The key an entity has by the extractor's convention: `place:<code>` for a place with a code, `<type>:<name>` otherwise. */
export function impliedKey(type: string, label: string, code: string | undefined): string {
  return code === undefined ? `${type}:${label}` : `place:${code}`;
}

/** A table of distinct values: `add` gives the value's index, adding it the first time. */
function table<T>(): { values: T[]; add: (value: T) => number } {
  const values: T[] = [];
  const seen = new Map<T, number>();
  return {
    values,
    add: (value) => {
      let i = seen.get(value);
      if (i === undefined) seen.set(value, (i = values.push(value) - 1));
      return i;
    },
  };
}

/** A relation's own date and the dates of the articles stating it (`cited`: their ids). */
function edgeDates(a: RelationAttributes, cited: readonly string[], documents: Map<string, DocumentInfo>): Set<string> {
  const found = new Set<string>();
  if (a.date) found.add(a.date);
  for (const id of cited) {
    const date = documents.get(id)?.date;
    if (date) found.add(date);
  }
  return found;
}

/** Positions and sizes to a tenth: far below a pixel, and a third of the bytes of full doubles. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
