import { MultiDirectedGraph } from "graphology";
import type { EntityAttributes, GraphAttributes, GraphSource, RelationAttributes, XiezuoGraph } from "../types.js";
import { checkResult } from "./checkResult.js";
import { mergeInto } from "./mergeInto.js";

export interface BuildGraphOptions {
  /** The graph's `name` attribute (default "xiezuo"). */
  name?: string;
}

/** Builds the knowledge graph of one extraction result (or its tallied form): entities become nodes, relations edges. */
export function buildGraph(result: GraphSource, options: BuildGraphOptions = {}): XiezuoGraph {
  checkResult(result, "buildGraph");
  const graph = createGraph(options.name ?? "xiezuo");
  return mergeInto(graph, result);
}

/** An empty graph of the right kind, ready for `mergeInto`. */
export function createGraph(name = "xiezuo"): XiezuoGraph {
  const graph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  graph.replaceAttributes({ name, documents: [] });
  return graph;
}
