import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defaultJobs, stageFailure, warmExtractor, workerFailure, type ExtractProgress, type FaultInjection, type Issue, type SourceFile } from "@xiezuo/extract";
import type { Piscina } from "piscina";
import { extractShard, type Shard, type ShardInput, type ShardTask } from "./extract-shard.js";

// The compiled worker, also when this module runs from its TypeScript source (tests): both sit two levels under the package.
const WORKER_FILE = fileURLToPath(new URL("../../dist/pipeline/shard-worker.js", import.meta.url));

/** Files in a shard at most, and bytes of input (a larger file is a shard of its own). */
export const SHARD_FILES = 64;
export const SHARD_BYTES = 1 << 20;

/** Tasks a worker holds at a time: the one it extracts and the next. */
const TASKS_PER_WORKER = 2;

export interface ShardMapOptions {
  /** Worker threads (default: one per core); 1 extracts in this thread, without a pool. */
  jobs?: number;
  onProgress?: (progress: ExtractProgress) => void;
  /** Tests only: make one stage fail for one file. */
  fault?: FaultInjection;
  /**
   * Takes the shards as they are written, in file order: each call the next run of written
   * shards, one call at a time (the next waits for the last to settle), while the workers go on.
   */
  onShards?: (shards: Shard[]) => Promise<void>;
}

/** What the workers wrote: the shards in file order, and the files a worker died on (not written). */
export interface ShardRun {
  shards: Shard[];
  issues: Issue[];
}

/**
 * Extracts the files into shards written in `dir` by a pool of worker threads, each shard a
 * run of consecutive files (so the shards, in order, hold the rows in file order, whatever the
 * number of workers). The workers write the rows themselves; this thread reads the files, hands
 * them out and keeps the shards' names. A shard whose worker died is extracted again a file at a
 * time, so that only the file it died on is lost (an issue; the next build tries it again).
 */
export async function mapIntoShards(sources: readonly SourceFile[], dir: string, extractorVersion: string, options: ShardMapOptions = {}): Promise<ShardRun> {
  const groups = shardGroups(sources);
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const pool =
    jobs > 1 && groups.length > 1
      ? new (await loadPiscina())<ShardTask, Shard>({ filename: WORKER_FILE, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_PER_WORKER })
      : undefined;
  if (!pool) await warmExtractor();
  const shards: Shard[][] = new Array(groups.length);
  const issues: Issue[] = [];
  let done = 0;
  const progress = (files: readonly SourceFile[]) => {
    for (const source of files) options.onProgress?.({ done: ++done, total: sources.length, file: source.file });
  };
  const task = (name: string, inputs: ShardInput[]): ShardTask => ({ dir, name, extractorVersion, inputs, ...(options.fault ? { fault: options.fault } : {}) });
  const run = async (name: string, inputs: ShardInput[]): Promise<Shard> => {
    if (!pool) {
      const shard = extractShard(task(name, inputs));
      // Lets the progress bar draw between shards.
      await new Promise((resolve) => setImmediate(resolve));
      return shard;
    }
    return pool.run(task(name, inputs));
  };
  const read = (files: readonly SourceFile[]) => Promise.all(files.map((source) => readInput(source, options.fault)));
  // Shards are handed on in file order, a run at a time, each call after the last has settled.
  let handed = 0;
  let handing: Promise<void> = Promise.resolve();
  const handOn = async () => {
    const ready: Shard[] = [];
    while (handed < groups.length && shards[handed] !== undefined) ready.push(...shards[handed++]!);
    if (ready.length > 0) await options.onShards?.(ready);
  };
  const written = () => {
    handing = handing.then(handOn);
    // Awaited at the end; until then a failure must not count as unhandled.
    handing.catch(() => undefined);
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    // Each lane reads its next shard's files while the current one is extracted.
    const take = () => (next < groups.length ? { index: next, reading: read(groups[next++]!) } : undefined);
    let ahead = take();
    while (ahead) {
      const { index, reading } = ahead;
      const inputs = await reading;
      ahead = take();
      const name = String(index).padStart(6, "0");
      try {
        shards[index] = [await run(name, inputs)];
      } catch (error) {
        if (!pool) throw error;
        // The worker died (a native crash, out of memory): again a file at a time, read again (their bytes went with the worker).
        shards[index] = [];
        for (const [k, source] of groups[index]!.entries()) {
          try {
            shards[index].push(await run(`${name}-${k}`, await read([source])));
          } catch (again) {
            issues.push(workerFailure(source.file, again));
          }
        }
      }
      progress(groups[index]!);
      written();
    }
  };
  try {
    // One lane more per worker than it holds: the next task is read and queued before a worker asks.
    await Promise.all(Array.from({ length: pool ? jobs * (TASKS_PER_WORKER + 1) : 1 }, lane));
  } finally {
    await pool?.destroy();
  }
  await handing;
  return { shards: shards.flat(), issues };
}

/** The files in runs of at most SHARD_FILES files and SHARD_BYTES bytes, in their order. */
export function shardGroups(sources: readonly SourceFile[]): SourceFile[][] {
  const groups: SourceFile[][] = [];
  let group: SourceFile[] = [];
  let bytes = 0;
  for (const source of sources) {
    if (group.length > 0 && (group.length >= SHARD_FILES || bytes + source.size > SHARD_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(source);
    bytes += source.size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

async function readInput(source: SourceFile, fault: FaultInjection | undefined): Promise<ShardInput> {
  const { file, contentHash } = source;
  try {
    if (fault?.stage === "read" && file.endsWith(fault.file)) throw new Error("fault injected into read");
    return { file, contentHash, bytes: await readFile(file) };
  } catch (error) {
    return { file, contentHash, failure: stageFailure(file, "read", (error as NodeJS.ErrnoException).code ?? error) };
  }
}

/** piscina, imported only when a pool is wanted: a one-thread run (and its cold start) does without it. */
async function loadPiscina(): Promise<typeof Piscina> {
  return (await import("piscina")).Piscina;
}
