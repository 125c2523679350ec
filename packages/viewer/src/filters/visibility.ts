import type { EdgeData, ViewerGraph } from "../graph/load.js";
import type { ViewState } from "../state.js";
import { runNow, type Steps } from "../util/steps.js";
import { dateInRange } from "../util/dates.js";

/** One relation as graphology's edgeEntries gives it. */
export interface RelationEntry {
  edge: string;
  attributes: EdgeData;
  source: string;
  target: string;
}

/** The relations to walk: the graph's own, or relations not yet in it (a loop over them may pause). */
export type RelationWalk = () => Iterable<RelationEntry>;

/** The graph's own relations. */
export const edgesOf = (graph: ViewerGraph): RelationWalk => () => graph.edgeEntries();

/** Which nodes and edges the filters let through (types, minimum degree, dates, neighbourhood). */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Applies the filters of a view state to the graph (its relations walked by `relations`, by default its edges). */
export function computeVisibility(graph: ViewerGraph, state: ViewState, relations: RelationWalk = edgesOf(graph)): Visibility {
  return runNow(visibilitySteps(graph, state, relations));
}

/** `computeVisibility` as steps that may pause (util/steps.ts). */
export function* visibilitySteps(graph: ViewerGraph, state: ViewState, relations: RelationWalk = edgesOf(graph)): Steps<Visibility> {
  const nodes = new Set<string>();
  let count = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    if ((++count & 255) === 0) yield;
    if (!state.hiddenEntityTypes.has(a.entityType) && a.degree >= state.minDegree) nodes.add(node);
  }
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
  for (const { edge, attributes: a, source, target } of relations()) {
    if ((++count & 255) === 0) yield;
    if (!nodes.has(source) || !nodes.has(target) || state.hiddenRelationTypes.has(a.relationType)) continue;
    // A relation passes when any article stating it (or its own date) falls in the range; undated ones always pass.
    // A year or a month (2022, 2022-05: the precision the sentence stated) passes when its span meets the range.
    if ((state.dateFrom || state.dateTo) && a.dates.length && !a.dates.some((d) => dateInRange(d, state.dateFrom, state.dateTo))) continue;
    edges.add(edge);
  }
  return { nodes, edges };
}
