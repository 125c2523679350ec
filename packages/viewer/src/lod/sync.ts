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
export function applyInBatch(renderer: Sigma<any, any>, change: () => DisplayChange, onlyWhatLooksDifferent = false): DisplayChange {
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
  const redrawn = onlyWhatLooksDifferent ? looksDifferent(renderer, done) : done;
  if (redrawn.nodes.length || redrawn.edges.length || done.droppedNodes.length || done.droppedEdges.length)
    renderer.refresh({ partialGraph: { nodes: redrawn.nodes, edges: redrawn.edges }, schedule: true });
  return done;
}

/** What sigma's reducers give that decides how a node or edge looks (its position aside). */
const NODE_LOOK = ["label", "color", "size", "hidden", "highlighted", "forceLabel", "zIndex"] as const;
const EDGE_LOOK = ["color", "size", "hidden", "zIndex"] as const;

/**
 * Of the nodes and edges a change rewrote, those the reducers now give another look than sigma
 * draws (or that sigma does not have yet). When the whole graph takes over overview.json's
 * picture, every attribute object is new but the picture is the same; a frame drawn anyway
 * redraws every WebGL layer, which software WebGL reads back for a quarter of a second, in
 * the middle of a hover. Positions are the caller's to keep (they are, there).
 */
function looksDifferent(renderer: Sigma<any, any>, change: DisplayChange): { nodes: string[]; edges: string[] } {
  const graph = renderer.getGraph();
  const [nodeReducer, edgeReducer] = [renderer.getSetting("nodeReducer"), renderer.getSetting("edgeReducer")];
  // Sigma fills in what a reducer leaves out: no zIndex is 0, no flag is false.
  const plain = (key: string, value: unknown) => value ?? (key === "zIndex" ? 0 : key === "label" || key === "color" || key === "size" ? null : false);
  const differs = (had: Record<string, unknown> | undefined, now: Record<string, unknown>, keys: readonly string[]) =>
    !had || keys.some((key) => plain(key, had[key]) !== plain(key, now[key]));
  const nodes = change.nodes.filter((node) => {
    const now = nodeReducer ? nodeReducer(node, { ...graph.getNodeAttributes(node) }) : graph.getNodeAttributes(node);
    return differs(renderer.getNodeDisplayData(node) as Record<string, unknown> | undefined, now, NODE_LOOK);
  });
  const edges = change.edges.filter((edge) => {
    const now = edgeReducer ? edgeReducer(edge, { ...graph.getEdgeAttributes(edge) }) : graph.getEdgeAttributes(edge);
    return differs(renderer.getEdgeDisplayData(edge) as Record<string, unknown> | undefined, now, EDGE_LOOK);
  });
  return { nodes, edges };
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
