import type { ExtractionResult } from "@xiezuo/extract";

/** What a summary reads: a result with or without its mentions. */
type Summarized = Pick<ExtractionResult, "documents" | "entities" | "relations" | "issues">;

function counts(items: { type: string }[]): string {
  const byType = new Map<string, number>();
  for (const item of items) byType.set(item.type, (byType.get(item.type) ?? 0) + 1);
  return [...byType].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(", ") || "none";
}

/** The human summary of an extraction: documents, entities and relations by type, every issue. */
export function summarize(result: Summarized): string {
  const lines = [
    `documents: ${result.documents.length}`,
    `entities: ${result.entities.length} (${counts(result.entities)})`,
    `relations: ${result.relations.length} (${counts(result.relations)})`,
    `issues: ${result.issues.length}`,
    ...result.issues.map((issue) => `  ${issue.severity}: ${issue.file}: ${issue.message}`),
  ];
  return lines.join("\n");
}
