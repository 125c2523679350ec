import { describe, expect, test } from "vitest";
import { createGraph } from "../build/buildGraph.js";
import { assignMetrics } from "../analytics/assignMetrics.js";
import type { XiezuoGraph } from "../types.js";
import { seededRandom } from "../util/seededRandom.js";
import { assignLayout, STRUCTURED_LAYOUT_MIN_ORDER } from "./assignLayout.js";

/**
 * A planted-partition graph shaped like a build of many pairings: `groups` clusters of 20–60
 * entities, each densely linked inside and to a shared province hub by a few edges, plus lone
 * entities linked to nothing.
 */
function clusteredGraph(groups: number, seed: number): { graph: XiezuoGraph; group: Map<string, number> } {
  const random = seededRandom(seed);
  const graph = createGraph("clustered");
  const group = new Map<string, number>();
  const add = (key: string, g: number) => {
    graph.addNode(key, { label: key, type: "county", aliases: [], placePath: [], mentions: 1, documents: [] });
    group.set(key, g);
  };
  let edges = 0;
  const link = (a: string, b: string) => graph.addDirectedEdgeWithKey(`e${edges++}`, a, b, { type: "pairs_with", weight: 1, date: null, evidence: [] });
  for (let g = 0; g < groups; g++) {
    const size = 20 + Math.floor(random() * 40);
    const keys = Array.from({ length: size }, (_, i) => `g${g}-n${i}`);
    keys.forEach((key) => add(key, g));
    for (let i = 1; i < size; i++) {
      link(keys[i]!, keys[Math.floor(random() * i)]!);
      link(keys[i]!, keys[Math.floor(random() * size)]!);
    }
  }
  // Bridges: a few relations between neighbouring groups, as pairings share a province.
  for (let g = 1; g < groups; g++) link(`g${g}-n0`, `g${g - 1}-n1`);
  for (let i = 0; i < 40; i++) add(`lone${i}`, -1 - i);
  return { graph, group };
}

const positionsOf = (graph: XiezuoGraph) => Object.fromEntries(graph.mapNodes((node, a) => [node, [a.x, a.y]]));

describe("layout by community", () => {
  test("big graphs are laid out by community; the same graph and seed give the same positions", () => {
    const run = (seed: number) => {
      const { graph } = clusteredGraph(60, 3);
      assignMetrics(graph, { seed });
      assignLayout(graph, { seed });
      return positionsOf(graph);
    };
    const first = run(1);
    expect(Object.keys(first).length).toBeGreaterThan(STRUCTURED_LAYOUT_MIN_ORDER);
    expect(run(1)).toEqual(first);
    expect(run(2)).not.toEqual(first);
    for (const [x, y] of Object.values(first)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  test("clusters come out separate: members close together, far from the other clusters", () => {
    const { graph, group } = clusteredGraph(60, 5);
    assignMetrics(graph, { seed: 1 });
    assignLayout(graph, { seed: 1, byCommunity: true });
    const nodes = graph.nodes().filter((node) => group.get(node)! >= 0);
    const at = (node: string) => graph.getNodeAttributes(node);
    let intra = 0, intraCount = 0, inter = 0, interCount = 0;
    const random = seededRandom(9);
    for (let k = 0; k < 40_000; k++) {
      const a = nodes[Math.floor(random() * nodes.length)]!;
      const b = nodes[Math.floor(random() * nodes.length)]!;
      if (a === b) continue;
      const d = Math.hypot(at(a).x! - at(b).x!, at(a).y! - at(b).y!);
      if (group.get(a) === group.get(b)) (intra += d), intraCount++;
      else (inter += d), interCount++;
    }
    expect(intraCount).toBeGreaterThan(100);
    // The planted groups, not only Louvain's communities, are what must read as clusters.
    expect(intra / intraCount).toBeLessThan((inter / interCount) * 0.15);
  });

  test("small graphs keep the whole-graph ForceAtlas2 layout", () => {
    const { graph } = clusteredGraph(5, 1);
    expect(graph.order).toBeLessThan(STRUCTURED_LAYOUT_MIN_ORDER);
    const forced = graph.copy();
    assignLayout(graph, { seed: 1 });
    assignLayout(forced, { seed: 1, byCommunity: false });
    expect(positionsOf(graph)).toEqual(positionsOf(forced));
  });
});
