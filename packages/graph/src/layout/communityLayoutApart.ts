import { fileURLToPath } from "node:url";
import type { XiezuoGraph } from "../types.js";
import { workApart } from "../util/workApart.js";
import { layoutGroups } from "./assignLayout.js";

// The compiled worker, from src (tests) and dist alike.
const WORKER_FILE = fileURLToPath(new URL("../../dist/layout/layout-worker.js", import.meta.url));

/** What the layout worker reads of a graph: all `communityLayout` looks at. */
export interface LayoutInput {
  keys: string[];
  pagerank: Float64Array;
  /** Each node's group (community, or overview place: `layoutGroups`). */
  community: Int32Array;
  /** Each group's cluster, when the groups come in clusters. */
  cluster: Int32Array | null;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  seed: number;
}

/** A community layout being worked out in another thread. */
export interface LayoutApart {
  /** Node key → position, as `communityLayout` gives them. */
  positions: Promise<Map<string, { x: number; y: number }>>;
  /** Ends the thread if it is still working (the build failed before it needed the positions). */
  stop(): void;
  /** The fold parents the groups came from (`foldParents`), when the graph opens on its overview. */
  folds?: ReadonlyMap<string, string | null>;
}

/**
 * The community layout `assignLayout` gives (`layoutGroups`, then `communityLayout`) worked out
 * in a worker thread, from the communities and PageRank `assignMetrics` wrote, while this
 * thread goes on with work that does not need positions (a build works out the search's pinyin
 * meanwhile, in another worker); the groups are found here. Undefined when the graph holds something the arrays
 * cannot carry exactly (a node without a numeric community or PageRank, an edge without a
 * numeric weight): lay it out in this thread then.
 */
export function communityLayoutApart(graph: XiezuoGraph, seed: number): LayoutApart | undefined {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const pagerank = new Float64Array(keys.length);
  const community = new Int32Array(keys.length);
  let exact = true;
  keys.forEach((key, i) => {
    const attributes = graph.getNodeAttributes(key);
    if (typeof attributes.pagerank !== "number" || !Number.isInteger(attributes.community)) exact = false;
    pagerank[i] = attributes.pagerank ?? 0;
  });
  if (!exact) return undefined;
  const { communityOf, clusterOf, folds } = layoutGroups(graph, seed);
  keys.forEach((key, i) => (community[i] = communityOf(key)));
  const groups = community.reduce((most, g) => Math.max(most, g + 1), 0);
  const cluster = clusterOf ? Int32Array.from({ length: groups }, (_, g) => clusterOf(g)) : null;
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const weight = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, from, to) => {
    if (typeof attributes.weight !== "number") exact = false;
    source[e] = index.get(from)!;
    target[e] = index.get(to)!;
    weight[e++] = attributes.weight;
  });
  if (!exact) return undefined;

  const input: LayoutInput = { keys, pagerank, community, cluster, source, target, weight, seed };
  const transfer = [pagerank.buffer, community.buffer, source.buffer, target.buffer, weight.buffer, ...(cluster ? [cluster.buffer] : [])];
  const apart = workApart<{ x: Float64Array; y: Float64Array }>(WORKER_FILE, input, transfer, "layout", "the positions");
  const positions = apart.result.then(({ x, y }) => new Map(keys.map((key, i) => [key, { x: x[i]!, y: y[i]! }])));
  // Awaited later (or never, when an earlier step fails): a failure here is reported there, not as an unhandled rejection.
  positions.catch(() => {});
  return { positions, stop: apart.stop, ...(folds ? { folds } : {}) };
}
