import type { GraphSource } from "../types.js";

/** Throws a prefixed error unless `result` looks like an `ExtractionResult` or its tallied form (checked before any graph is touched). */
export function checkResult(result: unknown, caller: string): asserts result is GraphSource {
  const fields = ["documents", "entities", "mentions", "relations"] as const;
  if (typeof result !== "object" || result === null)
    throw new Error(`@xiezuo/graph/${caller}: expected an ExtractionResult object, got ${result === null ? "null" : typeof result}.`);
  const record = result as Record<string, unknown>;
  const missing = fields.filter((field) => !Array.isArray(record[field]) && !(field === "mentions" && (Array.isArray(record.mentionTally) || Array.isArray(record.entityTally))));
  if (missing.length > 0)
    throw new Error(
      `@xiezuo/graph/${caller}: the given result is not an ExtractionResult: ${missing.join(", ")} must be arrays (see @xiezuo/extract's types).`,
    );
}
