import { UndirectedGraph } from "graphology";
import { foldParents } from "../formats/foldParents.js";
import type { XiezuoGraph } from "../types.js";
import { louvain } from "../util/commonjs.js";
import { seededRandom } from "../util/seededRandom.js";

/**
 * Louvain's resolution for the overview's clusters: below 1, clusters of provinces that pair
 * (each with its cities and prefectures), not of single city pairings. On the 10,000-article
 * build 0.5 keeps the clusters of the drawn relations apart (separation 6.4; 7.3 at 1) and the
 * whole graph's communities far better (5.3; 2.3 at 1).
 */
const CLUSTER_RESOLUTION = 0.5;

/** The groups the layout of a big graph places: one per node of its overview, and clusters of those. */
export interface OverviewGroups {
  /** Node key → its group: the overview node it folds into (its own, for an overview node). Group 0 is the biggest. */
  group: Map<string, number>;
  /** Group → cluster: Louvain's communities of the overview graph. Cluster 0 is the biggest. */
  cluster: Int32Array;
  /** The fold parents grouped by (`foldParents`), which the viewer file writes too: worked out once. */
  folds: Map<string, string | null>;
}

/**
 * What the layout of a graph that opens on its overview groups by: each overview node (a city,
 * a province, a place on its own) with everything folded into it (foldParents.ts), so that the
 * overview a person sees first is a layout of the overview itself, and an expanded place opens
 * around itself; and the overview's nodes in clusters, Louvain's communities of the overview
 * graph (overview nodes linked by all the relations between what they hold, at a coarse
 * resolution), so that pairings of provinces, with their cities, read as separate clusters. Groups are numbered by size (members,
 * then key); clusters by the members of their groups (then their first group).
 */
export function overviewGroups(graph: XiezuoGraph, seed: number): OverviewGroups {
  const parents = foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) });
  const rootOf = new Map<string, string>();
  const find = (node: string): string => {
    const known = rootOf.get(node);
    if (known !== undefined) return known;
    // Chains end (a node folds into a smaller level only); the cut keeps a broken map from looping.
    let at = node;
    for (let steps = 0; parents.get(at) != null && steps < parents.size; steps++) at = parents.get(at)!;
    rootOf.set(node, at);
    return at;
  };
  const members = new Map<string, number>();
  for (const node of graph.nodes()) {
    const root = find(node);
    members.set(root, (members.get(root) ?? 0) + 1);
  }
  const roots = [...members.keys()].sort((a, b) => members.get(b)! - members.get(a)! || (a < b ? -1 : 1));
  const index = new Map(roots.map((root, i) => [root, i]));
  const group = new Map<string, number>();
  for (const node of graph.nodes()) group.set(node, index.get(rootOf.get(node)!)!);

  const overview = new UndirectedGraph<Record<string, never>, { weight: number }>();
  roots.forEach((root) => overview.addNode(root));
  const weights = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = [rootOf.get(source)!, rootOf.get(target)!];
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    weights.set(key, (weights.get(key) ?? 0) + Math.max(1, attributes.weight ?? 1));
  });
  for (const key of [...weights.keys()].sort()) {
    const [a, b] = key.split("\u0000") as [string, string];
    overview.addEdge(a, b, { weight: weights.get(key)! });
  }
  const raw: Record<string, number> = overview.size > 0 ? louvain(overview, { getEdgeWeight: "weight", rng: seededRandom(seed), resolution: CLUSTER_RESOLUTION }) : {};
  const byCommunity = new Map<number, number[]>();
  roots.forEach((root, i) => {
    const community = raw[root] ?? -1 - i;
    const list = byCommunity.get(community);
    if (list) list.push(i);
    else byCommunity.set(community, [i]);
  });
  const size = (list: number[]) => list.reduce((sum, i) => sum + members.get(roots[i]!)!, 0);
  const ranked = [...byCommunity.values()].sort((a, b) => size(b) - size(a) || a[0]! - b[0]!);
  const cluster = new Int32Array(roots.length);
  ranked.forEach((list, c) => list.forEach((i) => (cluster[i] = c)));
  return { group, cluster, folds: parents };
}
