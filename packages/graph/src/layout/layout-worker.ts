/**
 * The worker of `communityLayoutApart`: the community layout of a graph given as arrays (node
 * keys, their PageRank and group, each group's cluster if any; edges as node indices with their weight), read over those arrays
 * (`LayoutArrays`) with the same nodes and edges in the same order, so the positions are those
 * `communityLayout` gives on the original graph. Positions go back as two arrays in node order.
 */
import { parentPort } from "node:worker_threads";
import { communityLayout } from "./communityLayout.js";
import type { LayoutInput } from "./communityLayoutApart.js";
import { LayoutArrays } from "./layoutArrays.js";

parentPort!.once("message", (input: LayoutInput) => {
  const graph = new LayoutArrays(input);
  const cluster = input.cluster;
  const positions = communityLayout(graph.asGraph(), (node) => input.community[graph.indexOf(node)]!, input.seed, cluster ? (group) => cluster[group]! : undefined);
  const x = new Float64Array(input.keys.length);
  const y = new Float64Array(input.keys.length);
  input.keys.forEach((key, i) => {
    const point = positions.get(key)!;
    x[i] = point.x;
    y[i] = point.y;
  });
  parentPort!.postMessage({ x, y }, [x.buffer, y.buffer]);
});
