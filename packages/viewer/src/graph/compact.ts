import Graph from "graphology";
import { ENTITY_COLORS, RELATION_STYLES, type EdgeData, type NodeData, type ViewerGraph } from "./load.js";
import type { RelationEntry } from "../filters/visibility.js";
import { runNow, type Steps } from "../util/steps.js";
import { finite, GraphFileError, isRecord, MAX_LABEL, text, texts } from "./untrusted.js";

import { COMPACT_FORMAT, TEXT_SEPARATOR } from "./format.js";

export { COMPACT_FORMAT } from "./format.js";

/** Whether parsed JSON is a compact viewer file rather than graphology's graph.json. */
export function isCompact(json: unknown): boolean {
  return isRecord(json) && json.format === COMPACT_FORMAT;
}

/** A text column the fetch worker joined into one text (fetch.worker.ts), split again; anything else as it is. */
function unjoined(value: unknown): unknown {
  if (!isRecord(value) || typeof value.joined !== "string" || typeof value.count !== "number") return value;
  const list = value.count === 0 ? [] : value.joined.split(TEXT_SEPARATOR);
  if (list.length !== value.count) throw new GraphFileError(`viewer file: a text column has ${list.length} entries where ${value.count} were joined`);
  return list;
}

/**
 * A sparse column of nodes (index → value): the file's object, or the packed form the fetch
 * worker makes of it (format.ts, JoinedSparse), as a lookup by node index. `lists`: each value is
 * a list of texts (aliases), else one text (codes).
 */
function sparse(value: unknown, n: number, lists: boolean, where: string): (i: number) => unknown {
  if (isRecord(value) && ArrayBuffer.isView(value.at) && ArrayBuffer.isView(value.counts) && typeof value.joined === "string") {
    const [at, counts] = [value.at as Int32Array, value.counts as Int32Array];
    let total = 0;
    for (let k = 0; k < counts.length; k++) total += Math.max(0, counts[k]!);
    // "" is the join of no texts, or of one empty text.
    const parts = value.joined === "" ? (total === 1 ? [""] : []) : value.joined.split(TEXT_SEPARATOR);
    if (at.length !== counts.length || total !== parts.length) throw new GraphFileError(`viewer file: nodes.${where} does not match its packed texts`);
    const byNode = new Array<unknown>(n);
    let next = 0;
    for (let k = 0; k < at.length; k++) {
      const list = parts.slice(next, next + Math.max(0, counts[k]!));
      next += Math.max(0, counts[k]!);
      if (at[k]! >= 0 && at[k]! < n) byNode[at[k]!] = lists ? list : list[0];
    }
    return (i) => byNode[i];
  }
  const record = isRecord(value) ? value : {};
  return (i) => record[i];
}

/** A column of the file: an array (or, read in a worker, a typed array) of exactly `length` items, or a clear error. */
function column(owner: Record<string, unknown>, name: string, length: number, where: string): ArrayLike<unknown> {
  const value = owner[name];
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) throw new GraphFileError(`viewer file: ${where}.${name} is missing or not a list`);
  const list = value as ArrayLike<unknown>;
  if (list.length !== length) throw new GraphFileError(`viewer file: ${where}.${name} has ${list.length} entries for ${length} ${where}`);
  return list;
}

/**
 * Each edge's date indices: the file's list of lists, or the flat form the worker makes of it
 * (`{ starts, values }`: edge i's indices are values[starts[i]] … values[starts[i + 1] − 1]).
 */
function dateLists(edges: Record<string, unknown>, m: number): (i: number) => ArrayLike<unknown> | null {
  const flat = edges.dates;
  if (isRecord(flat) && ArrayBuffer.isView(flat.starts) && ArrayBuffer.isView(flat.values)) {
    const starts = flat.starts as Int32Array;
    const values = flat.values as Int32Array;
    if (starts.length !== m + 1 || starts[m] !== values.length) throw new GraphFileError(`viewer file: edges.dates does not match the ${m} edges`);
    return (i) => values.subarray(starts[i]!, starts[i + 1]!);
  }
  const lists = column(edges, "dates", m, "edges");
  return (i) => (Array.isArray(lists[i]) ? (lists[i] as unknown[]) : null);
}

/** An index into a list of `size` items, or a clear error. */
function indexIn(value: unknown, size: number, what: string, allowNone = false): number {
  const i = finite(value, NaN);
  if (allowNone && i === -1) return -1;
  if (!Number.isInteger(i) || i < 0 || i >= size) throw new GraphFileError(`viewer file: ${what} points to ${JSON.stringify(value)}, outside 0…${size - 1}`);
  return i;
}

/**
 * The graph of a compact viewer file: every node and edge with what the picture, search and
 * filters need; evidence, titles and totals stay in the shards until a node is opened
 * (`detailed: false`). The file is checked as untrusted input: columns of the right length,
 * indices in range, numbers finite, text as text. With `deferEdges` the relations are checked
 * but left in `pending`, for the caller to put into the graph when it needs them.
 */
export function graphFromCompact(json: unknown, options: { deferEdges?: boolean } = {}): CompactGraph {
  return runNow(compactSteps(json, options));
}

/** A compact file read into a graph, with what stands beside it. */
export interface CompactGraph {
  graph: ViewerGraph;
  shards: number;
  articles: number;
  pending: PendingEdges | null;
  overview: OverviewOf | null;
  /** Each node's pinyin forms joined by spaces, in node order, when the file has them (see `pinyinLines`). */
  pinyin: string[] | null;
}

/** Longest line of pinyin kept for a node (a label and its aliases, full and initials). */
const MAX_PINYIN = 2000;

/** The file's pinyin column (one text, a line per node), checked: as many lines as nodes, each capped; null when absent. */
function pinyinLines(value: unknown, n: number): string[] | null {
  if (value === undefined) return null;
  if (typeof value !== "string") throw new GraphFileError("viewer file: nodes.pinyin is not a text");
  const lines = n === 0 ? [] : value.split("\n");
  if (lines.length !== n) throw new GraphFileError(`viewer file: nodes.pinyin has ${lines.length} lines for ${n} nodes`);
  return lines.map((line) => (line.length > MAX_PINYIN ? line.slice(0, MAX_PINYIN) : line));
}

/** `graphFromCompact` as steps that may pause (see util/steps.ts): the page reads a big file in slices. */
export function* compactSteps(json: unknown, options: { deferEdges?: boolean } = {}): Steps<CompactGraph> {
  if (!isRecord(json) || json.format !== COMPACT_FORMAT) throw new GraphFileError("not a viewer file");
  if (json.version !== 1) throw new GraphFileError(`viewer file version ${text(json.version, 20)} is not one this viewer reads (1); rebuild with xiezuo build`);
  const nodes = json.nodes;
  const edges = json.edges;
  if (!isRecord(nodes) || !isRecord(edges)) throw new GraphFileError("viewer file: `nodes` or `edges` is missing");
  // The tables are as long as the graph needs: only their entries are capped.
  const entityTypes = texts(json.entityTypes, MAX_LABEL, Infinity);
  const relationTypes = texts(json.relationTypes, MAX_LABEL, Infinity);
  const paths = Array.isArray(json.paths) ? json.paths.map((p) => texts(p)) : [];
  const dates = texts(json.dates, 40, Infinity);
  const shards = finite(json.shards, 0);
  [nodes.label, nodes.id] = [unjoined(nodes.label), unjoined(nodes.id)];
  const labels = nodes.label;
  if (!Array.isArray(labels)) throw new GraphFileError("viewer file: nodes.label is missing or not a list");
  const n = labels.length;
  const col = (name: string) => column(nodes, name, n, "nodes");
  const [ids, types, xs, ys, sizes, ranks, communities, folds, pathIndex, shardOf] = ["id", "type", "x", "y", "size", "rank", "community", "fold", "path", "shard"].map(col) as ArrayLike<unknown>[];
  const aliasesOf = sparse(nodes.aliases, n, true, "aliases");
  const pinyin = pinyinLines(nodes.pinyin, n);
  const codeOf = sparse(nodes.code, n, false, "code");

  const graph = new Graph<NodeData, EdgeData>({ multi: true, type: "directed", allowSelfLoops: true });
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    if ((i & 255) === 0) yield;
    const entityType = entityTypes[indexIn(types![i], entityTypes.length, `node ${i} type`)]!;
    const label = text(labels[i], MAX_LABEL, "?");
    const listed = codeOf(i);
    const code = listed === undefined ? undefined : text(listed, MAX_LABEL);
    // An empty id is the extractor's convention (viewerFile.ts, impliedKey): place:<code>, else <type>:<name>.
    const key = text(ids![i], 4000) || (code === undefined ? `${entityType}:${text(labels[i], 4000)}` : `place:${code}`);
    keys.push(key);
    const path = indexIn(pathIndex![i], paths.length, `node ${i} path`, true);
    const attributes: NodeData = {
      label, entityType,
      aliases: texts(aliasesOf(i)),
      code,
      placePath: path >= 0 ? paths[path]! : [],
      mentions: 0, documents: [], documentCount: 0,
      fold: null,
      community: finite(communities![i], -1),
      shard: indexIn(shardOf![i], Math.max(shards, 1), `node ${i} shard`),
      x: finite(xs![i], 0), y: finite(ys![i], 0), size: finite(sizes![i], 3),
      color: ENTITY_COLORS[entityType] ?? "#999",
      degree: 0,
      pagerank: finite(ranks![i], 0) / 10_000,
    };
    // graphology refuses a key it already holds: one lookup, not two.
    try {
      graph.addNode(key, attributes);
    } catch {
      throw new GraphFileError(`viewer file: node ${i} repeats the key ${JSON.stringify(key.slice(0, 60))}`);
    }
  }
  for (let i = 0; i < n; i++) {
    if ((i & 255) === 0) yield;
    const parent = indexIn(folds![i], n, `node ${i} fold`, true);
    if (parent >= 0 && parent !== i) graph.getNodeAttributes(keys[i]!).fold = keys[parent]!;
  }

  const source = edges.source;
  if (!Array.isArray(source) && !(source instanceof Float64Array)) throw new GraphFileError("viewer file: edges.source is missing or not a list");
  const sources = source as ArrayLike<unknown>;
  const m = sources.length;
  const ecol = (name: string) => column(edges, name, m, "edges");
  const [targets, relation, weights, amounts] = ["target", "type", "weight", "amount"].map(ecol) as ArrayLike<unknown>[];
  const edgeDates = dateLists(edges, m);
  const edgeKeys = isRecord(edges.key) ? edges.key : {};
  const pending = new PendingEdges(graph);
  // Edges of one date share its list (never written to: a shard replaces lists, evidence/details.ts): 146,000 small arrays fewer to allocate and collect.
  const oneDate = new Map<number, string[]>();
  const datesOf = (listed: ArrayLike<unknown> | null, i: number): string[] => {
    if (!listed || listed.length === 0) return NO_DATES;
    const first = indexIn(listed[0], dates.length, `edge ${i} date`);
    if (listed.length === 1) {
      let shared = oneDate.get(first);
      if (!shared) oneDate.set(first, (shared = [dates[first]!]));
      return shared;
    }
    const on = [dates[first]!];
    for (let k = 1; k < listed.length; k++) on.push(dates[indexIn(listed[k], dates.length, `edge ${i} date`)]!);
    return on;
  };
  const degrees = new Array<number>(n).fill(0);
  for (let i = 0; i < m; i++) {
    if ((i & 255) === 0) yield;
    const from = indexIn(sources[i], n, `edge ${i} source`);
    const to = indexIn(targets![i], n, `edge ${i} target`);
    const [source, target] = [keys[from]!, keys[to]!];
    degrees[from]!++;
    degrees[to]!++;
    const relationType = relationTypes[indexIn(relation![i], relationTypes.length, `edge ${i} type`)]!;
    const style = RELATION_STYLES[relationType] ?? { color: "#bbb", size: 1 };
    const own = edgeKeys[i] === undefined ? `${relationType}:${source}->${target}` : text(edgeKeys[i], 4000);
    const amount = finite(amounts![i], 0);
    const on = datesOf(edgeDates(i), i);
    pending.push(own, source, target, {
      relationType,
      weight: finite(weights![i], 1),
      ...(amount > 0 ? { amountYuan: amount } : {}),
      date: on[0] ?? null,
      evidence: NO_EVIDENCE,
      detailed: false,
      dates: on,
      size: style.size,
      color: style.color,
    });
  }
  // An overview.json (packages/graph/src/formats/overviewFile.ts) says how big the whole graph is,
  // how many entities each of its nodes holds, and their degrees in the whole graph.
  const whole = isRecord(json.overview) ? json.overview : null;
  const overview = whole ? { entities: finite(whole.entities, 0), relations: finite(whole.relations, 0), drawnRelations: finite(whole.drawnRelations, 0), folded: new Map<string, number>() } : null;
  if (overview) {
    const folded = column(nodes, "folded", n, "nodes");
    const degree = column(nodes, "degree", n, "nodes");
    keys.forEach((key, i) => {
      overview.folded.set(key, Math.max(0, finite(folded[i], 0)));
      degrees[i] = Math.max(0, finite(degree[i], 0));
    });
  }
  // Degrees from the columns: the edges themselves may go into the graph after the first frame.
  for (let i = 0; i < n; i++) graph.getNodeAttributes(keys[i]!).degree = degrees[i]!;
  if (!options.deferEdges) yield* pending.addSteps();
  return { graph, shards, articles: finite(json.documents, 0), pending: pending.added ? null : pending, overview, pinyin };
}

/** The evidence and dates of a relation that has none yet (shared: such lists are replaced, never written to). */
const NO_EVIDENCE: EdgeData["evidence"] = [];
const NO_DATES: string[] = [];

/** What an overview.json says beyond its own nodes and edges: the size of the whole graph, and the entities each node holds. */
export interface OverviewOf {
  entities: number;
  relations: number;
  /** Edges the overview draws once the whole graph is in, quiet ones (shown on hover) included. */
  drawnRelations: number;
  folded: Map<string, number>;
}

/**
 * Relations read and checked but not yet in the graph. Putting 100,000 edges into graphology
 * takes about a second, which a big graph's overview does not need before its first frame: it
 * reads them from here, and they go into the graph just after (or at once, when something
 * needs the graph's edges).
 */
export class PendingEdges {
  private readonly keys: string[] = [];
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private readonly attributes: EdgeData[] = [];
  added = false;

  constructor(private readonly graph: ViewerGraph) {}

  push(key: string, source: string, target: string, attributes: EdgeData): void {
    this.keys.push(key);
    this.sources.push(source);
    this.targets.push(target);
    this.attributes.push(attributes);
  }

  get count(): number {
    return this.keys.length;
  }

  /** Each relation, in file order, as graphology's edgeEntries gives it. */
  *entries(): IterableIterator<RelationEntry> {
    for (let i = 0; i < this.keys.length; i++) yield { edge: this.keys[i]!, attributes: this.attributes[i]!, source: this.sources[i]!, target: this.targets[i]! };
  }

  /** Puts every relation into the graph, in file order (evidence shards index edges by it); once. Finishes a sliced run still under way. */
  addAll(): void {
    runNow(this.addSteps());
  }

  /** The next relation to put in: runs that pause share it, so a relation goes in exactly once whichever run reaches it. */
  private next = 0;

  /** `addAll` as steps that may pause; `added` turns true once every relation is in. */
  *addSteps(): Steps<void> {
    let done = 0;
    // Written in bulk: the graph is not drawn (sigma draws the overview), so no one listens to its events.
    while (this.next < this.keys.length) {
      // A pause comes before a relation is claimed: another run may put in the rest meanwhile.
      if ((++done & 255) === 0) {
        yield;
        continue;
      }
      const i = this.next++;
      // Keys are unique in a file the build wrote; a hostile file's repeated key is caught here, not looked up for every edge.
      try {
        this.graph.addDirectedEdgeWithKey(this.keys[i]!, this.sources[i]!, this.targets[i]!, this.attributes[i]!);
      } catch {
        this.graph.addDirectedEdgeWithKey(`edge:${i}`, this.sources[i]!, this.targets[i]!, this.attributes[i]!);
      }
    }
    this.added = true;
  }
}
