import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { DisplayChange } from "./display.js";

/**
 * Makes `target` hold exactly the nodes and edges of `source`. Nodes already there keep their
 * position (the user may have run the layout); everything else takes the new attributes.
 * Returns what changed, for `applyInBatch`.
 */
export function syncGraph<N extends Attributes & { x: number; y: number }, E extends Attributes>(target: Graph<N, E>, source: Graph<N, E>): DisplayChange {
  const change: DisplayChange = { droppedNodes: [], droppedEdges: [], nodes: [], edges: [] };
  target.forEachEdge((edge) => {
    if (!source.hasEdge(edge)) change.droppedEdges.push(edge);
  });
  for (const edge of change.droppedEdges) target.dropEdge(edge);
  for (const node of target.nodes()) if (!source.hasNode(node)) (target.dropNode(node), change.droppedNodes.push(node));
  // Only what changed is written, so only that is handed to sigma again.
  source.forEachNode((node, a) => {
    if (!target.hasNode(node)) return void (target.addNode(node, { ...a }), change.nodes.push(node));
    const old = target.getNodeAttributes(node);
    if (!sameAttributes(old, a, ["x", "y"])) (target.replaceNodeAttributes(node, { ...a, x: old.x, y: old.y }), change.nodes.push(node));
  });
  source.forEachEdge((edge, a, from, to) => {
    if (!target.hasEdge(edge)) (target.addDirectedEdgeWithKey(edge, from, to, { ...a }), change.edges.push(edge));
    else if (!sameAttributes(target.getEdgeAttributes(edge), a, [])) (target.replaceEdgeAttributes(edge, { ...a }), change.edges.push(edge));
  });
  return change;
}

/** Sigma's own bookkeeping, used to hand it many changes of its graph at once. */
interface SigmaInternals {
  unbindGraphHandlers(): void;
  bindGraphHandlers(): void;
  removeNode(key: string): void;
  removeEdge(key: string): void;
}

/**
 * Changes the graph a sigma draws, then tells sigma once. Sigma 3 re-indexes the whole graph
 * for every node or edge dropped from it (a refold of the overview drops thousands: seconds of
 * work per click), so its graph listeners are off during `change`; afterwards the dropped keys
 * leave its caches, and only the added or rewritten ones are reduced again, in one frame.
 * (Reaches sigma's private methods: checked against sigma 3.0, see the browser tests.)
 */
export function applyInBatch(renderer: Sigma<any, any>, change: () => DisplayChange): DisplayChange {
  const inner = renderer as unknown as SigmaInternals;
  inner.unbindGraphHandlers();
  let done: DisplayChange;
  try {
    done = change();
  } finally {
    inner.bindGraphHandlers();
  }
  for (const edge of done.droppedEdges) inner.removeEdge(edge);
  for (const node of done.droppedNodes) inner.removeNode(node);
  renderer.refresh({ partialGraph: { nodes: done.nodes, edges: done.edges }, schedule: true });
  return done;
}

/** Whether two attribute sets are equal, apart from the keys given; arrays compare by length and ends (members lists only grow or shrink). */
function sameAttributes(a: Attributes, b: Attributes, except: string[]): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (except.includes(key)) continue;
    const [x, y] = [a[key], b[key]];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x[0] === y[0] && x.at(-1) === y.at(-1)) continue;
    return false;
  }
  return true;
}
