import type { XiezuoGraph } from "../types.js";
import { pageranks } from "../analytics/pageranks.js";
import { checkGraph } from "../util/checkGraph.js";
import { ENTITY_COLORS, UNKNOWN_COLOR } from "./palette.js";

export interface AssignAppearanceOptions {
  /** Size of the least central entity (default 3). */
  minSize?: number;
  /** Size of the most central entity (default 15). */
  maxSize?: number;
}

/** Writes `size` (from PageRank, computed if absent) and `color` (from the entity type) into every node. */
export function assignAppearance(graph: XiezuoGraph, options: AssignAppearanceOptions = {}): void {
  checkGraph(graph, "assignAppearance");
  const minSize = options.minSize ?? 3;
  const maxSize = options.maxSize ?? 15;
  if (!(minSize > 0 && maxSize >= minSize))
    throw new Error(`@xiezuo/graph/assignAppearance: need 0 < minSize ≤ maxSize, got ${minSize} and ${maxSize}.`);

  let computed: Record<string, number> | undefined;
  const rank = (node: string): number => {
    const stored = graph.getNodeAttribute(node, "pagerank");
    if (stored !== undefined) return stored;
    computed ??= pageranks(graph);
    return computed[node] ?? 0;
  };
  // A loop, not Math.min(...ranks): spreading a million arguments overflows the stack.
  let low = Infinity;
  let high = -Infinity;
  graph.forEachNode((node) => {
    const value = rank(node);
    if (value < low) low = value;
    if (value > high) high = value;
  });
  // In place, as assignMetrics: same keys in the same order as a copy, without the copy.
  graph.updateEachNodeAttributes((node, attributes) => {
    const share = high > low ? (rank(node) - low) / (high - low) : 0.5;
    // Square root: PageRank is heavy-tailed, a linear scale leaves everyone but the hub tiny.
    attributes.size = Math.round((minSize + Math.sqrt(share) * (maxSize - minSize)) * 100) / 100;
    attributes.color = ENTITY_COLORS[attributes.type] ?? UNKNOWN_COLOR;
    return attributes;
  });
}
