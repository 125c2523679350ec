import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { normalizeImported } from "./normalizeImported.js";

/** The graph as graphology's own JSON (`graph.export()`), the file the viewer reads. */
export function toJson(graph: XiezuoGraph): string {
  checkGraph(graph, "toJson");
  return JSON.stringify(graph.export());
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
