import type { XiezuoGraph } from "../types.js";

/** Everything a graph says, in a form `toEqual` compares regardless of insertion order. */
export function comparable(graph: XiezuoGraph) {
  const byKey = <T extends { key: string }>(items: T[]) => [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    attributes: graph.getAttributes(),
    nodes: byKey(graph.mapNodes((key, attributes) => ({ key, attributes }))),
    edges: byKey(graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }))),
  };
}
