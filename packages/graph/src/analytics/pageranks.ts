import { pagerank } from "graphology-metrics/centrality/index.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";

/** PageRank of every entity, edges weighted by their evidence count; sums to 1. */
export function pageranks(graph: XiezuoGraph): Record<string, number> {
  checkGraph(graph, "pageranks");
  if (graph.order === 0) return {};
  // Direction matters here: being paired with, funded and built for raises an entity's rank.
  return pagerank(graph, { getEdgeWeight: "weight", maxIterations: 1000, tolerance: 1e-9 });
}
