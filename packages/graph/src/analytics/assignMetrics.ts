import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { communities } from "./communities.js";
import { degrees, weightedDegrees } from "./degrees.js";
import { pageranks } from "./pageranks.js";

export interface AssignMetricsOptions {
  /** Seed for Louvain (default 1). */
  seed?: number;
}

/** Writes `degree`, `weightedDegree`, `pagerank` and `community` into every node's attributes. */
export function assignMetrics(graph: XiezuoGraph, options: AssignMetricsOptions = {}): void {
  checkGraph(graph, "assignMetrics");
  const degree = degrees(graph);
  const weighted = weightedDegrees(graph);
  const rank = pageranks(graph);
  const community = communities(graph, { seed: options.seed ?? 1 });
  // In place: a copy of every node's attributes is garbage for the collector to sweep on big graphs (same keys, same order).
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.degree = degree[node] ?? 0;
    attributes.weightedDegree = weighted[node] ?? 0;
    attributes.pagerank = rank[node] ?? 0;
    attributes.community = community[node] ?? 0;
    return attributes;
  });
}
