import { UndirectedGraph } from "graphology";
import type { XiezuoGraph } from "../types.js";

/**
 * The entity network as a simple undirected graph whose edge `weight` sums the evidence of every
 * relation between two entities, either way. Communities and paths are about who is connected
 * to whom, not which way a relation reads.
 */
export function toUndirectedSimple(graph: XiezuoGraph): UndirectedGraph<Record<string, never>, { weight: number }> {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node) => simple.addNode(node));
  // Summed first, then added in the order each pair first appears, oriented as it first appears:
  // the same graph (and so the same Louvain communities) as updating an edge per relation, without
  // an attribute object and a graph look-up per relation.
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return; // a self-loop connects nothing to anything else
    // An edge without evidence still connects: count it as one.
    const weight = Math.max(1, attributes.weight);
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += weight;
    else pairs.set(key, { source, target, weight });
  });
  for (const { source, target, weight } of pairs.values()) simple.addEdge(source, target, { weight });
  return simple;
}
