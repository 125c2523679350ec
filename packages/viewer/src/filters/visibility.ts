import type { EdgeData, ViewerGraph } from "../graph/load.js";
import type { ViewState } from "../state.js";

/** Walks relations as graphology's forEachEdge does: the graph's own, or relations not yet in it. */
export type RelationWalk = (callback: (edge: string, attributes: EdgeData, source: string, target: string) => void) => void;

/** Which nodes and edges the filters let through (types, minimum degree, dates, neighbourhood). */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Applies the filters of a view state to the graph (its relations walked by `relations`, by default its edges). */
export function computeVisibility(graph: ViewerGraph, state: ViewState, relations: RelationWalk = (callback) => graph.forEachEdge(callback)): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!state.hiddenEntityTypes.has(a.entityType) && a.degree >= state.minDegree) nodes.add(node);
  });
  if (state.depth > 0 && state.selected && graph.hasNode(state.selected)) {
    const near = new Set([state.selected]);
    let frontier = [state.selected];
    for (let d = 0; d < state.depth; d++) {
      const next: string[] = [];
      for (const node of frontier) for (const neighbor of graph.neighbors(node)) if (!near.has(neighbor)) near.add(neighbor), next.push(neighbor);
      frontier = next;
    }
    for (const node of [...nodes]) if (!near.has(node)) nodes.delete(node);
  }
  const edges = new Set<string>();
  relations((edge, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || state.hiddenRelationTypes.has(a.relationType)) return;
    // A relation passes when any article stating it (or its own date) falls in the range; undated ones always pass.
    if ((state.dateFrom || state.dateTo) && a.dates.length && !a.dates.some((d) => (!state.dateFrom || d >= state.dateFrom) && (!state.dateTo || d <= state.dateTo))) return;
    edges.add(edge);
  });
  return { nodes, edges };
}
