import type { XiezuoGraph } from "../types.js";
import type { LayoutInput } from "./communityLayoutApart.js";

/**
 * The graph of a `LayoutInput` as `communityLayout` reads it (its nodes, their PageRank and degree,
 * the edges with their weights, each node's out-edges), over the input's arrays: a graphology
 * graph of the same nodes and edges held a worker's gigabyte at 100k articles (416k nodes and
 * 1.2M edges, an object for each). Edges come in the input's order, a node's out-edges in
 * that order too: each target first where graphology's out-edges give it first (at its first
 * edge), which is all the layout's order depends on (it sums a target's weights, integers).
 */
export class LayoutArrays {
  private readonly index = new Map<string, number>();
  /** Node i's out-edges are `outEdges[outStart[i]]` … `outEdges[outStart[i + 1] - 1]`, in edge order. */
  private readonly outStart: Int32Array;
  private readonly outEdges: Int32Array;
  private readonly degrees: Int32Array;

  constructor(private readonly input: LayoutInput) {
    const n = input.keys.length;
    input.keys.forEach((key, i) => this.index.set(key, i));
    this.outStart = new Int32Array(n + 1);
    this.degrees = new Int32Array(n);
    for (let e = 0; e < input.source.length; e++) {
      this.outStart[input.source[e]! + 1]!++;
      this.degrees[input.source[e]!]!++;
      this.degrees[input.target[e]!]!++;
    }
    for (let i = 0; i < n; i++) this.outStart[i + 1]! += this.outStart[i]!;
    this.outEdges = new Int32Array(input.source.length);
    const next = this.outStart.slice(0, n);
    for (let e = 0; e < input.source.length; e++) this.outEdges[next[input.source[e]!]!++] = e;
  }

  /** The graph `communityLayout` takes: the methods it calls, nothing else. */
  asGraph(): XiezuoGraph {
    return this as unknown as XiezuoGraph;
  }

  nodes(): string[] {
    return [...this.input.keys];
  }

  getNodeAttribute(node: string, name: string): number | undefined {
    return name === "pagerank" ? this.input.pagerank[this.at(node)] : undefined;
  }

  degree(node: string): number {
    return this.degrees[this.at(node)]!;
  }

  forEachEdge(callback: (edge: string, attributes: { weight: number }, source: string, target: string) => void): void {
    const { keys, source, target, weight } = this.input;
    for (let e = 0; e < source.length; e++) callback(String(e), { weight: weight[e]! }, keys[source[e]!]!, keys[target[e]!]!);
  }

  forEachOutEdge(node: string, callback: (edge: string, attributes: { weight: number }, source: string, target: string) => void): void {
    const { keys, target, weight } = this.input;
    const i = this.at(node);
    for (let k = this.outStart[i]!; k < this.outStart[i + 1]!; k++) {
      const e = this.outEdges[k]!;
      callback(String(e), { weight: weight[e]! }, node, keys[target[e]!]!);
    }
  }

  /** The node's place in the input's arrays. */
  indexOf(node: string): number {
    return this.at(node);
  }

  private at(node: string): number {
    const i = this.index.get(node);
    if (i === undefined) throw new Error(`@xiezuo/graph/LayoutArrays: no node "${node}".`);
    return i;
  }
}
