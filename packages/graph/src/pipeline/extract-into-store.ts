import { collectInputs, extractorVersion, planCorpus, type ExtractProgress, type FaultInjection, type Issue } from "@xiezuo/extract";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ResultStore } from "../store/store.js";
import { mapIntoShards } from "./map-into-shards.js";

export interface StoreRunOptions {
  jobs?: number;
  /** Files larger than this many bytes become issues instead of being read (default 20 MB). */
  maxFileBytes?: number;
  onProgress?: (progress: ExtractProgress) => void;
  /** Tests only: make one stage fail for one file. */
  fault?: FaultInjection;
}

/** What an incremental run did, and the issues that belong to the run rather than to a stored file. */
export interface StoreRun {
  /** Files whose stored result (same content, same extractor version) was kept, renamed files included. */
  reused: number;
  /** Files extracted: new, changed, or stored under another extractor version. */
  extracted: number;
  /** Stored files that are no longer among the inputs. */
  dropped: number;
  issues: Issue[];
}

/**
 * Brings the store up to date with the inputs: keeps the results of files whose content and
 * extractor version are unchanged, drops those of removed or changed files, extracts the
 * rest in the worker pool, whose workers write their results as shard files, loaded into the
 * store at the end in one statement per table.
 */
export async function extractIntoStore(inputs: string[], store: ResultStore, options: StoreRunOptions = {}): Promise<StoreRun> {
  const { files, issues } = await collectInputs(inputs, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const plan = await planCorpus(files);
  const version = extractorVersion();
  const stored = await store.storedSources(version);
  const wanted = new Map(plan.sources.map((source) => [source.file, source.contentHash]));
  const storedFiles = await store.storedFiles();
  const removed = storedFiles.filter((file) => !wanted.has(file));
  // A removed file's result serves a new file with the same bytes and extension: moved or renamed, not changed.
  const movable = new Map<string, string>();
  for (const file of removed) {
    const hash = stored.get(file);
    if (hash !== undefined) movable.set(`${hash}\u0000${extname(file).toLowerCase()}`, file);
  }
  const moves: [string, string][] = [];
  for (const source of plan.sources) {
    if (stored.has(source.file)) continue;
    const key = `${source.contentHash}\u0000${extname(source.file).toLowerCase()}`;
    const from = movable.get(key);
    if (from === undefined) continue;
    movable.delete(key);
    moves.push([from, source.file]);
  }
  const moved = new Set(moves.map(([from]) => from));
  await store.drop(storedFiles.filter((file) => !moved.has(file) && (!wanted.has(file) || stored.get(file) !== wanted.get(file))));
  await store.rename(moves);
  for (const [, to] of moves) stored.set(to, wanted.get(to)!);
  const toExtract = plan.sources.filter((source) => stored.get(source.file) !== source.contentHash);

  const runIssues = [...issues, ...plan.issues];
  // Nothing new: no pool, and no jieba loaded (seconds and hundreds of megabytes) for nothing.
  if (toExtract.length > 0) {
    // The workers write their rows into shard files beside the store, loaded (in file order, one
    // statement per table for each run of shards ready) while the workers go on.
    const shardRoot = `${store.path}.shards`;
    await mkdir(shardRoot, { recursive: true });
    const dir = await mkdtemp(join(shardRoot, "run-"));
    try {
      const run = await mapIntoShards(toExtract, dir, version, {
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.fault ? { fault: options.fault } : {}),
        onShards: async (shards) => {
          await store.loadShards(shards);
          await Promise.all(shards.flatMap((shard) => shard.tables.map(([, path]) => rm(path, { force: true }))));
        },
      });
      // A worker that died says nothing about the file: not stored, so the next build tries again.
      runIssues.push(...run.issues);
    } finally {
      await rm(shardRoot, { recursive: true, force: true });
    }
  }
  return {
    reused: plan.sources.length - toExtract.length,
    extracted: toExtract.length,
    dropped: removed.length - moves.length,
    issues: runIssues,
  };
}
