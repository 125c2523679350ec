import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { XiezuoGraph } from "../types.js";
import { seededRandom } from "../util/seededRandom.js";
import { communityLayout } from "./communityLayout.js";
import { LayoutArrays } from "./layoutArrays.js";

/** A multigraph with repeated and reversed edges, self-loops and lone nodes, as arrays and as graphology. */
function randomGraph(seed: number) {
  const random = seededRandom(seed);
  const keys = Array.from({ length: 60 }, (_, i) => `node:${(i * 37) % 60}`);
  const graph = new MultiDirectedGraph();
  const pagerank = Float64Array.from(keys, () => random());
  const community = Int32Array.from(keys, () => Math.floor(random() * 4));
  keys.forEach((key, i) => graph.addNode(key, { pagerank: pagerank[i] }));
  const [source, target, weight] = [[] as number[], [] as number[], [] as number[]];
  for (let e = 0; e < 300; e++) {
    // Most edges inside the first 40 nodes, so the last ones stay alone.
    const [s, t] = [Math.floor(random() * 40), random() < 0.1 ? -1 : Math.floor(random() * 40)];
    const to = t < 0 ? s : t;
    const w = 1 + Math.floor(random() * 3);
    source.push(s), target.push(to), weight.push(w);
    graph.addDirectedEdge(keys[s]!, keys[to]!, { weight: w });
  }
  const input = { keys, pagerank, community, cluster: null, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight), seed };
  return { graph: graph as unknown as XiezuoGraph, input };
}

describe("LayoutArrays", () => {
  it("gives communityLayout the positions the graphology graph of the same nodes and edges gives", () => {
    for (const seed of [1, 2, 3]) {
      const { graph, input } = randomGraph(seed);
      const arrays = new LayoutArrays(input);
      const communityOf = (node: string) => input.community[arrays.indexOf(node)]!;
      expect(communityLayout(arrays.asGraph(), communityOf, seed)).toEqual(communityLayout(graph, communityOf, seed));
    }
  });

  it("answers what graphology answers: nodes, degrees (self-loops twice), out-edges in order", () => {
    const { graph, input } = randomGraph(4);
    const arrays = new LayoutArrays(input);
    expect(arrays.nodes()).toEqual(graph.nodes());
    for (const node of graph.nodes()) {
      expect(arrays.degree(node)).toBe(graph.degree(node));
      expect(arrays.getNodeAttribute(node, "pagerank")).toBe(graph.getNodeAttribute(node, "pagerank"));
      const targets = (g: { forEachOutEdge: XiezuoGraph["forEachOutEdge"] }) => {
        const seen: string[] = [];
        g.forEachOutEdge(node, (_edge, _attributes, _source, to) => void (seen.includes(to) || seen.push(to)));
        return seen;
      };
      expect(targets(arrays.asGraph())).toEqual(targets(graph));
    }
    expect(() => arrays.degree("node:none")).toThrow(/no node/);
  });
});
