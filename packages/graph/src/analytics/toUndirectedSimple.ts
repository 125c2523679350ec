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
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return; // a self-loop connects nothing to anything else
    // An edge without evidence still connects: count it as one.
    const weight = Math.max(1, attributes.weight);
    simple.updateEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + weight }));
  });
  return simple;
}
