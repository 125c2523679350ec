import { communities } from "../analytics/communities.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { communityLayout } from "./communityLayout.js";
import { foldParents, OVERVIEW_FROM } from "../formats/foldParents.js";
import { overviewGroups } from "./overviewGroups.js";
import { separateOverviewDiscs } from "./separateOverviewDiscs.js";
import { forceAtlas2 } from "../util/commonjs.js";
import { seededRandom } from "../util/seededRandom.js";

export interface AssignLayoutOptions {
  /** Seed of the initial positions (default 1): the same graph and seed give the same picture. */
  seed?: number;
  /** ForceAtlas2 iterations over the whole graph (default: 200 up to 2,000 nodes, fewer above; see `defaultIterations`). */
  iterations?: number;
  /**
   * Lay out community by community (see `communityLayout`) rather than the whole graph at once.
   * Default: for graphs of more than `STRUCTURED_LAYOUT_MIN_ORDER` nodes, unless `iterations` is given.
   */
  byCommunity?: boolean;
}

/** From this many nodes up, the build lays a graph out by community: one ForceAtlas2 over all of it is a ball of wool, and slow. */
export const STRUCTURED_LAYOUT_MIN_ORDER = 2_000;

/**
 * Writes positions `x`, `y` into every node: ForceAtlas2 from seeded random positions for
 * small graphs, the community layout for big ones (communities, or on a graph that opens on its
 * overview the overview's places in their clusters, as separate clusters; see `layoutGroups`).
 */
export function assignLayout(graph: XiezuoGraph, options: AssignLayoutOptions = {}): void {
  checkGraph(graph, "assignLayout");
  if (laidOutByCommunity(graph, options)) {
    const seed = options.seed ?? 1;
    const { communityOf, clusterOf } = layoutGroups(graph, seed);
    return finishCommunityLayout(graph, communityLayout(graph, communityOf, seed, clusterOf));
  }
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (!Number.isInteger(iterations) || iterations < 0)
    throw new Error(`@xiezuo/graph/assignLayout: iterations must be a whole number ≥ 0, got ${iterations}.`);

  // Positions are drawn over the sorted keys so they do not depend on insertion order.
  const random = seededRandom(options.seed ?? 1);
  const spread = Math.max(10, Math.sqrt(graph.order) * 10);
  for (const node of graph.nodes().sort())
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  if (iterations > 0 && graph.order > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutTheta: 1.2 },
    });
  }
  finishLayout(graph);
}

/**
 * What the community layout groups by. A graph that opens on its overview: the overview's
 * places, each with what folds into it, in clusters of linked places (overviewGroups.ts), so the
 * overview is a layout of itself. A smaller one: its communities, those assignMetrics wrote,
 * else Louvain's with the same seed.
 */
export function layoutGroups(graph: XiezuoGraph, seed: number): { communityOf: (node: string) => number; clusterOf?: (group: number) => number; folds?: Map<string, string | null> } {
  if (graph.order >= OVERVIEW_FROM) {
    const { group, cluster, folds } = overviewGroups(graph, seed);
    return { communityOf: (node) => group.get(node)!, clusterOf: (id) => cluster[id]!, folds };
  }
  const stored = graph.everyNode((_node, attributes) => typeof attributes.community === "number");
  const computed = stored ? undefined : communities(graph, { seed });
  return { communityOf: (node) => (computed ? computed[node]! : graph.getNodeAttribute(node, "community")!) };
}

/** Whether `assignLayout` lays this graph out by community (see `AssignLayoutOptions.byCommunity`). */
export function laidOutByCommunity(graph: XiezuoGraph, options: AssignLayoutOptions = {}): boolean {
  return (options.byCommunity ?? (options.iterations === undefined && graph.order > STRUCTURED_LAYOUT_MIN_ORDER)) && graph.order > 0;
}

/** Writes the community layout's positions into the nodes and finishes the layout as `assignLayout` does. */
export function finishCommunityLayout(graph: XiezuoGraph, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  // In place: copying every node's attributes (evidence-heavy on big graphs) costs seconds.
  graph.updateEachNodeAttributes((node, attributes) => {
    const point = positions.get(node)!;
    attributes.x = point.x;
    attributes.y = point.y;
    return attributes;
  });
  finishLayout(graph);
}

/**
 * What every layout ends with: on a graph big enough to open on its overview, the overview's
 * discs pushed apart (separateOverviewDiscs.ts; the overview is what a person sees first), then
 * positions rounded so that files are stable across platforms and small: 0.01 is far below a pixel.
 */
function finishLayout(graph: XiezuoGraph): void {
  if (graph.order >= OVERVIEW_FROM) separateOverviewDiscs(graph, foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) }));
  // In place: copying every node's attributes (evidence-heavy on big graphs) costs seconds.
  graph.updateEachNodeAttributes((_node, attributes) => {
    attributes.x = round(attributes.x ?? 0);
    attributes.y = round(attributes.y ?? 0);
    return attributes;
  });
}

/**
 * Enough iterations for a small graph to settle, fewer for big ones: ForceAtlas2 runs about ten
 * iterations a second on 10k nodes, and a build should take seconds, not minutes.
 */
export function defaultIterations(order: number): number {
  if (order <= 2_000) return 200;
  if (order <= 10_000) return 60;
  return 20;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
