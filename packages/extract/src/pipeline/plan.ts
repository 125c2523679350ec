import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Issue } from "../types.js";
import { compare } from "./reduce.js";

/** An input file with the hash of its bytes (the document id is `doc:` + its first 12 digits). */
export interface SourceFile {
  file: string;
  contentHash: string;
  /** Its length in bytes. */
  size: number;
}

/** What a corpus run must extract: one file per distinct content, and the issues of the rest. */
export interface CorpusPlan {
  /** Sorted by file; the first file of each content. */
  sources: SourceFile[];
  /** Files whose bytes repeat an earlier file's, and files that cannot be read. */
  issues: Issue[];
}

/** The hash of a file's bytes, the key of its extraction result. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * Hashes every file and keeps the first (in sorted order) of each content: the same article
 * saved twice is read once, whichever order the files came in. Reads files a few at a time.
 */
export async function planCorpus(files: readonly string[]): Promise<CorpusPlan> {
  const sorted = [...files].sort(compare);
  const hashed: (SourceFile | Issue)[] = new Array(sorted.length);
  let next = 0;
  const readNext = async (): Promise<void> => {
    while (next < sorted.length) {
      const index = next++;
      const file = sorted[index]!;
      try {
        const bytes = await readFile(file);
        hashed[index] = { file, contentHash: contentHash(bytes), size: bytes.length };
      } catch (error) {
        hashed[index] = { file, severity: "error", stage: "read", message: `skipped: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, readNext));
  const firstOf = new Map<string, string>();
  const plan: CorpusPlan = { sources: [], issues: [] };
  for (const item of hashed) {
    if (!("contentHash" in item)) {
      plan.issues.push(item);
      continue;
    }
    const first = firstOf.get(item.contentHash);
    if (first === undefined) {
      firstOf.set(item.contentHash, item.file);
      plan.sources.push(item);
    } else {
      plan.issues.push({ file: item.file, severity: "warning", message: `same content as ${first}; read once` });
    }
  }
  return plan;
}
