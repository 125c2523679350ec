import { UndirectedGraph } from "graphology";
import { louvain } from "../util/commonjs.js";
import { seededRandom } from "../util/seededRandom.js";
import { clusterSeparation, type Separation } from "./clusterSeparation.js";

/** What `overviewSeparation` reads of an overview file (overview.json). */
export interface OverviewPicture {
  nodes: { x: number[]; y: number[]; community: number[] };
  edges: { source: number[]; target: number[]; weight: number[] };
}

/**
 * How well the overview's picture shows its structure (clusterSeparation.ts), for two
 * groupings of its drawn nodes: the communities of the whole graph they carry, and the
 * clusters of the overview's own drawn relations (Louvain on them, seeded) — what a person
 * looking at the overview could see as clusters.
 */
export function overviewSeparation(overview: OverviewPicture, seed = 1): { communities: Separation; drawnClusters: Separation } {
  const { x, y, community } = overview.nodes;
  const picture = (group: (i: number) => number) => x.map((xi, i) => ({ x: xi, y: y[i]!, group: group(i) }));
  const drawn = new UndirectedGraph<Record<string, never>, { weight: number }>();
  x.forEach((_, i) => drawn.addNode(String(i)));
  overview.edges.source.forEach((source, e) => {
    const [a, b] = [String(source), String(overview.edges.target[e]!)];
    if (a === b) return;
    const weight = overview.edges.weight[e] ?? 1;
    if (drawn.hasEdge(a, b)) drawn.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + weight);
    else drawn.addEdge(a, b, { weight });
  });
  const clusters: Record<string, number> = drawn.size > 0 ? louvain(drawn, { getEdgeWeight: "weight", rng: seededRandom(seed) }) : {};
  return {
    communities: clusterSeparation(picture((i) => community[i]!)),
    drawnClusters: clusterSeparation(picture((i) => clusters[String(i)] ?? -1 - i)),
  };
}
