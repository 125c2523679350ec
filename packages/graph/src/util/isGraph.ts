import type { XiezuoGraph } from "../types.js";

/** Whether `value` is a graphology instance (duck-typed like graphology-utils' isGraph, so copies from other realms pass). */
export function isGraph(value: unknown): value is XiezuoGraph {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { addUndirectedEdgeWithKey?: unknown }).addUndirectedEdgeWithKey === "function" &&
    typeof (value as { dropNode?: unknown }).dropNode === "function" &&
    typeof (value as { multi?: unknown }).multi === "boolean"
  );
}
