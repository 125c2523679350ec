import { readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Issue } from "../types.js";

/** Extensions of the article formats the loader reads. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** Files larger than this are not read unless the limit is raised (`--max-file-mb`). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputOptions {
  /** Files larger than this many bytes become issues instead of being read (default 20 MB). */
  maxFileBytes?: number;
}

/**
 * The article files behind the given paths: files as given, folders read recursively (following
 * links, each folder once, so a link loop ends); sorted, without duplicates. Missing paths,
 * unsupported files, files over the size limit and empty folders become issues.
 */
export async function collectInputs(paths: string[], options: InputOptions = {}): Promise<{ files: string[]; issues: Issue[] }> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = new Set<string>();
  const issues: Issue[] = [];
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      issues.push({ file: path, severity: "error", message: `skipped: ${unreachable(error)}` });
      continue;
    }
    if (info.isDirectory()) {
      const walk = { issues, visited: new Set<string>(), limit, articles: 0 };
      const found = await articlesIn(path, walk);
      if (walk.articles === 0) issues.push({ file: path, severity: "warning", message: "the folder holds no .txt, .md or .html article" });
      for (const file of found) files.add(file);
    } else if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      issues.push({ file: path, severity: "error", message: `skipped: unsupported file type "${extname(path) || "(none)"}" (read: .txt .md .html .htm)` });
    } else if (!info.isFile()) {
      issues.push({ file: path, severity: "error", message: "skipped: not a regular file (a device, pipe or socket)" });
    } else if (info.size > limit) {
      issues.push(tooLarge(path, info.size, limit));
    } else {
      files.add(path);
    }
  }
  return { files: [...files].sort(), issues };
}

/** The issue of a file over the size limit. */
export function tooLarge(file: string, size: number, limit: number): Issue {
  return {
    file,
    severity: "error",
    message: `skipped: the file is ${megabytes(size)} MB, over the ${megabytes(limit)} MB limit (raise it with --max-file-mb)`,
  };
}

interface Walk {
  issues: Issue[];
  /** Real paths of the folders already read. */
  visited: Set<string>;
  limit: number;
  /** Article files met, read or not (a folder of files all over the limit is not "empty"). */
  articles: number;
}

async function articlesIn(folder: string, walk: Walk): Promise<string[]> {
  const real = await realpath(folder);
  if (walk.visited.has(real)) {
    walk.issues.push({ file: folder, severity: "info", message: "skipped: a link to a folder already read" });
    return [];
  }
  walk.visited.add(real);
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith(".")) continue;
    let info: Stats;
    try {
      // stat follows links: a link to an article or a folder is read as what it points to.
      info = await stat(path);
    } catch (error) {
      walk.issues.push({ file: path, severity: "error", message: `skipped: ${unreachable(error)}` });
      continue;
    }
    if (info.isDirectory()) found.push(...(await articlesIn(path, walk)));
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      walk.articles++;
      if (!info.isFile()) walk.issues.push({ file: path, severity: "error", message: "skipped: not a regular file (a device, pipe or socket)" });
      else if (info.size > walk.limit) walk.issues.push(tooLarge(path, info.size, walk.limit));
      else found.push(path);
    } else if (!/^(?:README|LICENSE)/i.test(basename(entry.name))) {
      walk.issues.push({ file: path, severity: "info", message: `skipped: not an article (${extname(entry.name) || "no extension"})` });
    }
  }
  return found;
}

/** Why a path cannot be reached, in words. */
function unreachable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "ELOOP") return "a symbolic link loop (the link leads back to itself)";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot read it (${code ?? (error as Error).message})`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  // Two decimals below 10 MB, so a file just over the limit does not read as the limit itself.
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(mb >= 1 ? 2 : 3).replace(/\.?0+$/, "");
}
