import { assignAppearance } from "./assignAppearance.js";
import { assignLayout } from "./assignLayout.js";
import type { XiezuoGraph } from "../types.js";
import { assignMetrics } from "../analytics/assignMetrics.js";

export interface EnrichGraphOptions {
  /** Seed for Louvain and the initial layout (default 1). */
  seed?: number;
  /** ForceAtlas2 iterations (default: `defaultIterations` of the graph's order). */
  iterations?: number;
}

/** Everything a viewer or Gephi wants on the nodes: metrics, community, position, size and colour. */
export function enrichGraph(graph: XiezuoGraph, options: EnrichGraphOptions = {}): XiezuoGraph {
  const seed = options.seed ?? 1;
  assignMetrics(graph, { seed });
  assignLayout(graph, { seed, ...(options.iterations === undefined ? {} : { iterations: options.iterations }) });
  assignAppearance(graph);
  return graph;
}
