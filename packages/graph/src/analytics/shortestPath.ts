import { bidirectional } from "graphology-shortest-path/unweighted.js";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";
import { findEntity } from "./findEntity.js";
import { toUndirectedSimple } from "./toUndirectedSimple.js";

/** A path between two entities: its nodes in order and, between each pair, the relation that links them. */
export interface EntityPath {
  nodes: string[];
  /** `edges[i]` links `nodes[i]` and `nodes[i + 1]`, in whichever direction the relation reads. */
  edges: string[];
}

/**
 * The shortest chain of relations between two entities given by id, name or alias, ignoring
 * direction (a pairing and a donation both connect). Null when they are not connected.
 */
export function shortestPath(graph: XiezuoGraph, from: string, to: string): EntityPath | null {
  checkGraph(graph, "shortestPath");
  const source = findEntity(graph, from);
  const target = findEntity(graph, to);
  if (source === undefined) throw new Error(`@xiezuo/graph/shortestPath: no entity has the id, name or alias "${from}".`);
  if (target === undefined) throw new Error(`@xiezuo/graph/shortestPath: no entity has the id, name or alias "${to}".`);
  if (source === target) return { nodes: [source], edges: [] };

  const nodes = bidirectional(toUndirectedSimple(graph), source, target);
  if (nodes === null) return null;
  const edges = nodes.slice(1).map((node, index) => strongestEdge(graph, nodes[index]!, node));
  return { nodes, edges };
}

/** The relation with the most evidence between two entities, either way round. */
function strongestEdge(graph: XiezuoGraph, a: string, b: string): string {
  const edges = [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])];
  const weight = (edge: string) => graph.getEdgeAttribute(edge, "weight");
  return edges.sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : 1))[0]!;
}
