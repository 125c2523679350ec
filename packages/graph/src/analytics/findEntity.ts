import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";

/**
 * The node key of an entity given by id, name or alias (in that order of preference); among
 * several entities of the same name, the most mentioned. Undefined when nothing matches.
 */
export function findEntity(graph: XiezuoGraph, query: string): string | undefined {
  checkGraph(graph, "findEntity");
  const wanted = query.normalize("NFKC").trim();
  if (graph.hasNode(wanted)) return wanted;
  const byName: string[] = [];
  const byAlias: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.label === wanted) byName.push(node);
    else if (attributes.aliases.includes(wanted)) byAlias.push(node);
  });
  const candidates = byName.length > 0 ? byName : byAlias;
  const mentions = (node: string) => graph.getNodeAttribute(node, "mentions");
  return candidates.sort((a, b) => mentions(b) - mentions(a) || (a < b ? -1 : 1))[0];
}
