import { louvain } from "../util/commonjs.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { seededRandom } from "../util/seededRandom.js";
import { toUndirectedSimple } from "./toUndirectedSimple.js";

export interface CommunitiesOptions {
  /** Seed of the random order in which Louvain visits nodes (default 1). */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities (default 1). */
  resolution?: number;
}

/**
 * Louvain communities of the entity network, numbered by size (0 is the largest; ties broken by
 * the smallest node key) so the numbers mean the same thing from one run to the next.
 */
export function communities(graph: XiezuoGraph, options: CommunitiesOptions = {}): Record<string, number> {
  checkGraph(graph, "communities");
  if (graph.order === 0) return {};
  const simple = toUndirectedSimple(graph);
  const raw = louvain(simple, {
    getEdgeWeight: "weight",
    rng: seededRandom(options.seed ?? 1),
    resolution: options.resolution ?? 1,
  });

  const members = new Map<number, string[]>();
  for (const node of Object.keys(raw).sort()) {
    const community = raw[node]!;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out: Record<string, number> = {};
  ranked.forEach((list, index) => list.forEach((node) => (out[node] = index)));
  return out;
}
