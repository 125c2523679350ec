import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { XiezuoGraph } from "../types.js";
import { jsonAroundEvidence, type EvidenceTable } from "../build/evidenceTable.js";
import { writeChunksAtomic, type Chunk } from "../io/writeChunksAtomic.js";
import { checkGraph } from "../util/checkGraph.js";
import { normalizeImported } from "./normalizeImported.js";

/** The graph as graphology's own JSON (`graph.export()`), the file the viewer reads. */
export function toJson(graph: XiezuoGraph): string {
  checkGraph(graph, "toJson");
  return [...jsonChunks(graph)].join("");
}

/**
 * Writes `toJson(graph)` into `path` (atomically) piece by piece, never holding the whole text;
 * a graph built with its evidence apart is written with the evidence from that table.
 */
export async function writeJson(graph: XiezuoGraph, path: string, evidence?: EvidenceTable): Promise<void> {
  checkGraph(graph, "writeJson");
  await writeChunksAtomic(path, jsonChunks(graph, evidence));
}

/**
 * `JSON.stringify(graph.export())` in pieces, one per node or edge, without the copy of every
 * attribute object `export()` makes: the same bytes (graphology's serializeNode and
 * serializeEdge: `attributes` only when there are some, `undirected` only in mixed graphs).
 */
export function* jsonChunks(graph: XiezuoGraph, evidence?: EvidenceTable): Generator<Chunk> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  // Each element but the first of its list starts with the comma that separates it from the previous one.
  let separator = "";
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${separator}{"key":${JSON.stringify(node)}${hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : ""}}`;
    separator = ",";
  }
  yield '],"edges":[';
  separator = "";
  const mixed = graph.type === "mixed";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const apart = evidence?.get(edge);
    const around = apart ? jsonAroundEvidence(attributes) : undefined;
    if (around) {
      // The evidence's stored bytes go between the attributes before and after it, never decoded.
      yield `${separator}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${around[0]}`;
      yield apart!.graphJson;
      yield `${around[1]}${mixed && undirected ? ',"undirected":true' : ""}}`;
      separator = ",";
      continue;
    }
    const attributesText = hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : "";
    yield `${separator}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attributesText}${mixed && undirected ? ',"undirected":true' : ""}}`;
    separator = ",";
  }
  yield "]}";
}

/** graphology's isEmpty: whether `for … in` finds any key. */
function hasKeys(object: object): boolean {
  for (const _key in object) return true;
  return false;
}

/** Reads graphology JSON (text or an already parsed object) written by `toJson`. */
export function fromJson(input: string | SerializedGraph): XiezuoGraph {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new Error(`@xiezuo/graph/fromJson: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  if (!isSerializedGraph(data))
    throw new Error("@xiezuo/graph/fromJson: not a graphology JSON graph (expected an object with `nodes` and `edges` arrays).");
  const parsed = new MultiDirectedGraph();
  // A simple or mixed export still imports: every edge is read as directed, as xiezuo writes them.
  for (const node of data.nodes) parsed.addNode(node.key, node.attributes ?? {});
  data.edges.forEach((edge, index) => {
    const key = edge.key ?? `edge:${index}`;
    parsed.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes ?? {});
  });
  parsed.replaceAttributes(data.attributes ?? {});
  return normalizeImported(parsed, "fromJson");
}

function isSerializedGraph(value: unknown): value is SerializedGraph {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { nodes?: unknown; edges?: unknown };
  return Array.isArray(record.nodes) && Array.isArray(record.edges);
}
