import type { DocumentInfo } from "../graph/load.js";

/** An amount in yuan the way the articles write it: 6000000 → 600万元, 259200000 → 2.592亿元. */
export function formatYuan(yuan: number, approximate = false): string {
  const prefix = approximate ? "约" : "";
  if (yuan >= 1e8) return `${prefix}${+(yuan / 1e8).toFixed(4)}亿元`;
  if (yuan >= 1e4) return `${prefix}${+(yuan / 1e4).toFixed(2)}万元`;
  return `${prefix}${yuan}元`;
}

/**
 * The article a sentence comes from, as one line: title · date · outlet · file (the id when the
 * article is unknown). An absolute file is shown below `root` (corpusRoot): the build records the
 * path it was given, which for a generated corpus is a temporary folder no reader needs.
 */
export function formatSource(documentId: string, doc: DocumentInfo | undefined, root = ""): string {
  if (!doc) return documentId;
  const file = root && doc.file.startsWith(root) ? doc.file.slice(root.length) : doc.file;
  return [doc.title ?? "(无标题 untitled)", doc.date ?? "", doc.source ?? "", file].filter(Boolean).join(" · ");
}

/**
 * The folder the corpus was read from, as far as the documents say: the longest folder every
 * absolute path among them lies in ("" when none is absolute). Relative paths are shown as given.
 */
export function corpusRoot(documents: Iterable<DocumentInfo>): string {
  let root: string | null = null;
  for (const { file } of documents) {
    if (!/^(\/|[A-Za-z]:[\\/])/.test(file)) continue;
    const folder = file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
    if (root === null) root = folder;
    else {
      let i = 0;
      while (i < root.length && i < folder.length && root[i] === folder[i]) i++;
      root = root.slice(0, i);
    }
  }
  // Cut back to a whole folder name.
  return root === null ? "" : root.slice(0, Math.max(root.lastIndexOf("/"), root.lastIndexOf("\\")) + 1);
}

/** Which rule found a relation and how sure it is: "规则 rule: list-governor · 置信度 confidence 0.85" ("" when neither is known). */
export function ruleText(rule: string | undefined, confidence: number | undefined): string {
  const parts = [rule ? `规则 rule: ${rule}` : "", confidence === undefined ? "" : `置信度 confidence ${confidence.toFixed(2)}`];
  return parts.filter(Boolean).join(" · ");
}
