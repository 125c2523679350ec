import type { DocumentInfo } from "../graph/load.js";

/** An amount in yuan the way the articles write it: 6000000 → 600万元, 259200000 → 2.592亿元. */
export function formatYuan(yuan: number, approximate = false): string {
  const prefix = approximate ? "约" : "";
  if (yuan >= 1e8) return `${prefix}${+(yuan / 1e8).toFixed(4)}亿元`;
  if (yuan >= 1e4) return `${prefix}${+(yuan / 1e4).toFixed(2)}万元`;
  return `${prefix}${yuan}元`;
}

/** The article a sentence comes from, as one line: title · date · file (the id when the article is unknown). */
export function formatSource(documentId: string, doc: DocumentInfo | undefined): string {
  if (!doc) return documentId;
  return [doc.title ?? "(无标题 untitled)", doc.date ?? "", doc.source ?? "", doc.file].filter(Boolean).join(" · ");
}

/** Which rule found a relation and how sure it is: "规则 rule: list-governor · 置信度 confidence 0.85" ("" when neither is known). */
export function ruleText(rule: string | undefined, confidence: number | undefined): string {
  const parts = [rule ? `规则 rule: ${rule}` : "", confidence === undefined ? "" : `置信度 confidence ${confidence.toFixed(2)}`];
  return parts.filter(Boolean).join(" · ");
}
