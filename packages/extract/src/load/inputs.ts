import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Issue } from "../types.js";

/** Extensions of the article formats the loader reads. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/**
 * The article files behind the given paths: files as given, folders read recursively;
 * sorted, without duplicates. Missing paths, unsupported files and empty folders become issues.
 */
export async function collectInputs(paths: string[]): Promise<{ files: string[]; issues: Issue[] }> {
  const files = new Set<string>();
  const issues: Issue[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      issues.push({ file: path, severity: "error", message: "skipped: no such file or folder" });
      continue;
    }
    if (info.isDirectory()) {
      const found = await articlesIn(path, issues);
      if (found.length === 0) issues.push({ file: path, severity: "warning", message: "the folder holds no .txt, .md or .html article" });
      for (const file of found) files.add(file);
    } else if (ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.add(path);
    } else {
      issues.push({ file: path, severity: "error", message: `skipped: unsupported file type "${extname(path) || "(none)"}" (read: .txt .md .html .htm)` });
    }
  }
  return { files: [...files].sort(), issues };
}

async function articlesIn(folder: string, issues: Issue[]): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) found.push(...(await articlesIn(path, issues)));
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
    else if (!/^(?:README|LICENSE)/i.test(basename(entry.name))) {
      issues.push({ file: path, severity: "info", message: `skipped: not an article (${extname(entry.name) || "no extension"})` });
    }
  }
  return found;
}
