import { readFile } from "node:fs/promises";
import { prepareArticle, type PreparedArticle } from "./article.js";

export { collectInputs, ARTICLE_EXTENSIONS } from "./inputs.js";
export { prepareArticle, type PreparedArticle } from "./article.js";

/** Reads one article file; a file that cannot be read becomes an issue, not an exception. */
export async function prepareDocument(file: string): Promise<PreparedArticle> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { issues: [{ file, severity: "error", message: `skipped: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }] };
  }
  return prepareArticle(file, bytes);
}
