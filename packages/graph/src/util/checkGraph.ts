import { isGraph } from "./isGraph.js";
import type { XiezuoGraph } from "../types.js";

/** Throws a prefixed error unless `graph` is a graphology instance. */
export function checkGraph(graph: unknown, caller: string): asserts graph is XiezuoGraph {
  if (!isGraph(graph))
    throw new Error(`@xiezuo/graph/${caller}: the given graph is not a graphology instance (build one with buildGraph or load one with fromJson).`);
}
