import type Graph from "graphology";
import type { Attributes } from "graphology-types";

/**
 * Makes `target` hold exactly the nodes and edges of `source`, through graphology's events, so
 * the sigma drawing `target` updates only what changed. Nodes already there keep their
 * position (the user may have run the layout); everything else takes the new attributes.
 */
export function syncGraph<N extends Attributes & { x: number; y: number }, E extends Attributes>(target: Graph<N, E>, source: Graph<N, E>): void {
  target.forEachEdge((edge) => {
    if (!source.hasEdge(edge)) target.dropEdge(edge);
  });
  for (const node of target.nodes()) if (!source.hasNode(node)) target.dropNode(node);
  source.forEachNode((node, a) => {
    if (!target.hasNode(node)) return void target.addNode(node, { ...a });
    const { x, y } = target.getNodeAttributes(node);
    target.replaceNodeAttributes(node, { ...a, x, y });
  });
  source.forEachEdge((edge, a, from, to) => {
    if (target.hasEdge(edge)) target.replaceEdgeAttributes(edge, { ...a });
    else target.addDirectedEdgeWithKey(edge, from, to, { ...a });
  });
}
