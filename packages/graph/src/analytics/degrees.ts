import { weightedDegree } from "graphology-metrics/node/weighted-degree.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";

/** Number of relations (in and out, parallel edges counted) of every entity. */
export function degrees(graph: XiezuoGraph): Record<string, number> {
  checkGraph(graph, "degrees");
  const out: Record<string, number> = {};
  graph.forEachNode((node) => (out[node] = graph.degree(node)));
  return out;
}

/** Sum of the `weight` (evidence count) of every entity's relations. */
export function weightedDegrees(graph: XiezuoGraph): Record<string, number> {
  checkGraph(graph, "weightedDegrees");
  const out: Record<string, number> = {};
  graph.forEachNode((node) => (out[node] = weightedDegree(graph, node, "weight")));
  return out;
}
