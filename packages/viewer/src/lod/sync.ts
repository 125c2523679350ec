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
  // Only what changed is written: every write is an event sigma reprocesses.
  source.forEachNode((node, a) => {
    if (!target.hasNode(node)) return void target.addNode(node, { ...a });
    const old = target.getNodeAttributes(node);
    if (!sameAttributes(old, a, ["x", "y"])) target.replaceNodeAttributes(node, { ...a, x: old.x, y: old.y });
  });
  source.forEachEdge((edge, a, from, to) => {
    if (!target.hasEdge(edge)) target.addDirectedEdgeWithKey(edge, from, to, { ...a });
    else if (!sameAttributes(target.getEdgeAttributes(edge), a, [])) target.replaceEdgeAttributes(edge, { ...a });
  });
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
