import type { DisplayChange, DisplayEdgeData, DisplayGraph } from "./display.js";

/**
 * What sigma draws of an overview: the drawn graph's nodes, and of its edges only those in view
 * (`shown`). The overview of the 10,000-article build has 15,000 edges of which 650 are in view;
 * sigma indexes and draws every edge of its graph on every frame, hidden or not, so the quiet
 * ones stay out of it (a hover draws them on the hover layer, graph/hoverLayer.ts). Nodes and
 * edges are the drawn graph's own attribute objects (graphology keeps the object it is given),
 * so positions the layout writes are seen by both.
 */
export type Shown = (edge: string) => boolean;

/** Makes `screen` hold every node of `display` and exactly its shown edges; returns what changed, for `applyInBatch`. */
export function syncScreen(screen: DisplayGraph, display: DisplayGraph, shown: Shown): DisplayChange {
  const change: DisplayChange = { droppedNodes: [], droppedEdges: [], nodes: [], edges: [] };
  screen.forEachEdge((edge) => {
    if (!display.hasEdge(edge) || !shown(edge)) change.droppedEdges.push(edge);
  });
  for (const edge of change.droppedEdges) screen.dropEdge(edge);
  for (const node of screen.nodes()) if (!display.hasNode(node)) (screen.dropNode(node), change.droppedNodes.push(node));
  display.forEachNode((node, a) => {
    if (!screen.hasNode(node)) return void (screen.addNode(node, a), change.nodes.push(node));
    // A node whose attributes the drawn graph replaced (a refold rebuilt it) takes the new ones.
    if (screen.getNodeAttributes(node) !== a) (screen.replaceNodeAttributes(node, a), change.nodes.push(node));
  });
  display.forEachEdge((edge, a, source, target) => void addOrUpdate(screen, edge, a, source, target, shown, change));
  return change;
}

function addOrUpdate(screen: DisplayGraph, edge: string, a: DisplayEdgeData, source: string, target: string, shown: Shown, change: DisplayChange): void {
  if (!shown(edge)) return;
  if (!screen.hasEdge(edge)) (screen.addDirectedEdgeWithKey(edge, source, target, a), change.edges.push(edge));
  else if (screen.getEdgeAttributes(edge) !== a) (screen.replaceEdgeAttributes(edge, a), change.edges.push(edge));
}
