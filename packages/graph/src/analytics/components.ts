import { connectedComponents } from "graphology-components";
import type { XiezuoGraph } from "../types.js";
import { checkGraph } from "../util/checkGraph.js";

/** Weakly connected components, largest first, each sorted by node key. */
export function components(graph: XiezuoGraph): string[][] {
  checkGraph(graph, "components");
  return connectedComponents(graph)
    .map((component) => [...component].sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}
