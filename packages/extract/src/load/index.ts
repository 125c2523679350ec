import { readFile, stat } from "node:fs/promises";
import { prepareArticle, type PreparedArticle } from "./article.js";
import { DEFAULT_MAX_FILE_BYTES, tooLarge, type InputOptions } from "./inputs.js";

export { collectInputs, ARTICLE_EXTENSIONS, DEFAULT_MAX_FILE_BYTES, type InputOptions } from "./inputs.js";
export { prepareArticle, type PreparedArticle } from "./article.js";

/**
 * Reads one article file; a file that cannot be read, or is over the size limit (default 20 MB),
 * becomes an issue, not an exception.
 */
export async function prepareDocument(file: string, options: InputOptions = {}): Promise<PreparedArticle> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > limit) return { issues: [tooLarge(file, size, limit)] };
    bytes = await readFile(file);
  } catch (error) {
    return { issues: [{ file, severity: "error", message: `skipped: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }] };
  }
  return prepareArticle(file, bytes);
}
