import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { forceAtlas2 } from "../util/commonjs.js";
import { seededRandom } from "../util/seededRandom.js";

export interface AssignLayoutOptions {
  /** Seed of the initial positions (default 1): the same graph and seed give the same picture. */
  seed?: number;
  /** ForceAtlas2 iterations (default: 200 up to 2,000 nodes, fewer above; see `defaultIterations`). */
  iterations?: number;
}

/** Writes ForceAtlas2 positions `x`, `y` into every node, starting from seeded random positions. */
export function assignLayout(graph: XiezuoGraph, options: AssignLayoutOptions = {}): void {
  checkGraph(graph, "assignLayout");
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (!Number.isInteger(iterations) || iterations < 0)
    throw new Error(`@xiezuo/graph/assignLayout: iterations must be a whole number ≥ 0, got ${iterations}.`);

  // Positions are drawn over the sorted keys so they do not depend on insertion order.
  const random = seededRandom(options.seed ?? 1);
  const spread = Math.max(10, Math.sqrt(graph.order) * 10);
  for (const node of graph.nodes().sort())
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  if (iterations === 0 || graph.order === 0) return;

  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: "weight",
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutTheta: 1.2 },
  });
  // Rounded so that files are stable across platforms and small: 0.01 is far below a pixel.
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: round(attributes.x ?? 0),
    y: round(attributes.y ?? 0),
  }));
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
