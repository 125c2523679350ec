import Graph from "graphology";
import type { DocumentInfo, Evidence as ExtractedEvidence } from "@xiezuo/extract";
import { documentList, evidenceList, finite, GraphFileError, isRecord, MAX_LABEL, MAX_TEXT, text, texts } from "./untrusted.js";

export type { DocumentInfo } from "@xiezuo/extract";
/** An evidence sentence as a graph file gives it: files written before relations carried their rule have none. */
export type Evidence = Omit<ExtractedEvidence, "rule" | "confidence"> & Partial<Pick<ExtractedEvidence, "rule" | "confidence">>;

/** Entity and relation attributes as the viewer keeps them (sigma reads `type` to pick a program, so the domain types live under other keys). */
export interface NodeData {
  label: string;
  entityType: string;
  aliases: string[];
  code?: string;
  placePath: string[];
  mentions: number;
  documents: string[];
  /** Number of articles naming it (known before `documents` when evidence comes on demand). */
  documentCount: number;
  /** The node it folds into on the overview of a big graph (null: shown on the overview). */
  fold: string | null;
  community: number;
  /** The evidence shard holding its relations' details, −1 when they came with the graph. */
  shard: number;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  pagerank: number;
}

export interface EdgeData {
  relationType: string;
  weight: number;
  amountYuan?: number;
  approximate?: boolean;
  title?: string;
  date: string | null;
  evidence: Evidence[];
  /** Whether title, date, evidence and totals are here (false until the shard of an end is fetched). */
  detailed: boolean;
  /** The rule that found the relation and how sure it is (0–1), when the extractor says. */
  rule?: string;
  confidence?: number;
  fundsTotalYuan?: number;
  fundsSources?: number;
  /** Every date the relation is known by: its own, and the date of each article stating it (for the date filter). */
  dates: string[];
  size: number;
  color: string;
}

export type ViewerGraph = Graph<NodeData, EdgeData>;

/** Colours of entity types (the legend's order). */
export const ENTITY_COLORS: Record<string, string> = {
  province: "#1565c0", city: "#1e88e5", district: "#00897b", county: "#43a047", town: "#7cb342", village: "#c0ca33",
  person: "#e53935", company: "#fb8c00", school: "#8e24aa", hospital: "#d81b60", government: "#5e35b1",
  organization: "#6d4c41", park: "#f4511e",
};

/** How each relation type is drawn: pairings thick, located_in thin and faint. */
export const RELATION_STYLES: Record<string, { color: string; size: number }> = {
  pairs_with: { color: "#c62828", size: 4 },
  funds: { color: "#2e7d32", size: 3 },
  builds: { color: "#ef6c00", size: 2 },
  invests_in: { color: "#f9a825", size: 2 },
  agreement_with: { color: "#6a1b9a", size: 2 },
  holds_position: { color: "#546e7a", size: 1.5 },
  works_for: { color: "#78909c", size: 1.5 },
  located_in: { color: "#cfd8dc", size: 0.6 },
};

/** A list attribute, whether it arrives as an array (graph.json) or as JSON text (GEXF). */
export const asArray = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      return JSON.parse(value) as unknown[];
    } catch {
      return [];
    }
  }
  return [];
};

/** A graph from `xiezuo build`'s graph.json (graphology's serialized JSON), checked as untrusted input. */
export function graphFromJson(json: unknown): { graph: ViewerGraph; documents: DocumentInfo[] } {
  if (!isRecord(json)) throw new GraphFileError("not a graph: the file holds no JSON object");
  if (!Array.isArray(json.nodes)) throw new GraphFileError("not a graph: no `nodes` list");
  if (json.edges !== undefined && !Array.isArray(json.edges)) throw new GraphFileError("not a graph: `edges` is not a list");
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  json.nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node) || (typeof node.key !== "string" && typeof node.key !== "number")) throw new GraphFileError(`node ${i + 1} has no key`);
    const key = text(node.key, MAX_TEXT);
    if (graph.hasNode(key)) throw new GraphFileError(`node ${i + 1}: the key ${JSON.stringify(key.slice(0, 60))} is used twice`);
    graph.addNode(key, isRecord(node.attributes) ? node.attributes : {});
  });
  ((json.edges ?? []) as unknown[]).forEach((edge, i) => {
    if (!isRecord(edge)) throw new GraphFileError(`edge ${i + 1} is not an object`);
    for (const end of ["source", "target"] as const)
      if (!graph.hasNode(text(edge[end], MAX_TEXT, "\u0000"))) throw new GraphFileError(`edge ${i + 1}: its ${end} ${JSON.stringify(text(edge[end], 60))} is not a node of the file`);
    const key = edge.key === undefined || edge.key === null || graph.hasEdge(text(edge.key)) ? `edge:${i}` : text(edge.key, MAX_TEXT);
    graph.addDirectedEdgeWithKey(key, text(edge.source, MAX_TEXT), text(edge.target, MAX_TEXT), isRecord(edge.attributes) ? edge.attributes : {});
  });
  const documents = documentList(isRecord(json.attributes) ? json.attributes.documents : undefined);
  return { graph: normalize(graph, documents), documents };
}

/** Copies any graph into the viewer's shape: types off `type`, every value checked (text as text, numbers finite), colours and edge styles by type, degrees counted. */
export function normalize(source: Graph, documents: DocumentInfo[]): ViewerGraph {
  const articleDate = new Map(documents.map((doc) => [doc.id, doc.date]));
  const graph = new Graph<NodeData, EdgeData>({ multi: true, type: "directed", allowSelfLoops: true });
  let index = 0;
  source.forEachNode((key, a) => {
    index++;
    const entityType = text(a.entityType ?? a.type, MAX_LABEL, "organization");
    const documentIds = texts(a.documents);
    graph.addNode(key, {
      label: text(a.label, MAX_LABEL, text(key, MAX_LABEL)),
      entityType,
      aliases: texts(a.aliases),
      code: a.code === undefined ? undefined : text(a.code, MAX_LABEL),
      placePath: texts(a.placePath),
      mentions: finite(a.mentions, 0),
      documents: documentIds,
      documentCount: documentIds.length,
      fold: null,
      community: finite(a.community, -1),
      shard: -1,
      // A file without positions gets a circle, so the picture is the same on every load.
      x: finite(a.x, Math.cos((2 * Math.PI * index) / source.order)),
      y: finite(a.y, Math.sin((2 * Math.PI * index) / source.order)),
      size: finite(a.size, 5),
      color: ENTITY_COLORS[entityType] ?? "#999",
      degree: 0,
      pagerank: finite(a.pagerank, 0),
    });
  });
  source.forEachEdge((key, a, from, to) => {
    // Our exports say `relationType`; `xiezuo build` says `type`; other tools may only have a label.
    const relationType = text(a.relationType ?? a.type ?? a.kind ?? a.relation ?? a.label, MAX_LABEL, "related");
    const style = RELATION_STYLES[relationType] ?? { color: "#bbb", size: 1 };
    const evidence = evidenceList(asArray(a.evidence));
    const date = a.date ? text(a.date, 40) : null;
    const confidence = finite(a.confidence, NaN);
    graph.addDirectedEdgeWithKey(key, from, to, {
      relationType,
      weight: finite(a.weight, 1),
      amountYuan: a.amountYuan === undefined ? undefined : finite(a.amountYuan, 0),
      approximate: Boolean(a.approximate),
      title: a.title === undefined ? undefined : text(a.title, MAX_LABEL),
      date,
      evidence,
      detailed: true,
      ...(typeof a.rule === "string" ? { rule: text(a.rule, MAX_LABEL) } : {}),
      ...(confidence >= 0 && confidence <= 1 ? { confidence } : {}),
      dates: [...new Set([date, ...evidence.map((e) => articleDate.get(e.document) ?? null)].filter((d): d is string => Boolean(d)))].sort(),
      fundsTotalYuan: a.fundsTotalYuan === undefined ? undefined : finite(a.fundsTotalYuan, 0),
      fundsSources: a.fundsSources === undefined ? undefined : finite(a.fundsSources, 0),
      size: style.size,
      color: style.color,
    });
  });
  graph.forEachNode((node) => graph.setNodeAttribute(node, "degree", graph.degree(node)));
  return graph;
}
