/**
 * The worker of `communityLayoutApart`: the community layout of a graph given as arrays (node
 * keys, their PageRank and group, each group's cluster if any; edges as node indices with their weight), rebuilt here with
 * the same nodes and edges in the same order, so the positions are those `communityLayout` gives
 * on the original graph. Positions go back as two arrays in node order.
 */
import { parentPort } from "node:worker_threads";
import { MultiDirectedGraph } from "graphology";
import type { XiezuoGraph } from "../types.js";
import { communityLayout } from "./communityLayout.js";
import type { LayoutInput } from "./communityLayoutApart.js";

parentPort!.once("message", (input: LayoutInput) => {
  const graph = new MultiDirectedGraph();
  const index = new Map<string, number>();
  input.keys.forEach((key, i) => {
    index.set(key, i);
    graph.addNode(key, { pagerank: input.pagerank[i] });
  });
  for (let e = 0; e < input.source.length; e++) graph.addDirectedEdge(input.keys[input.source[e]!]!, input.keys[input.target[e]!]!, { weight: input.weight[e] });
  const cluster = input.cluster;
  const positions = communityLayout(graph as unknown as XiezuoGraph, (node) => input.community[index.get(node)!]!, input.seed, cluster ? (group) => cluster[group]! : undefined);
  const x = new Float64Array(input.keys.length);
  const y = new Float64Array(input.keys.length);
  input.keys.forEach((key, i) => {
    const point = positions.get(key)!;
    x[i] = point.x;
    y[i] = point.y;
  });
  parentPort!.postMessage({ x, y }, [x.buffer, y.buffer]);
});
