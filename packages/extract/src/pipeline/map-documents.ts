import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import type { DocumentResult, FaultInjection } from "./document-result.js";
import { extractDocument, stageFailure, warmExtractor, workerFailure } from "./extract-document.js";
import type { ExtractionTask } from "./worker.js";

// The compiled worker, also when this module runs from its TypeScript source (tests): both sit two levels under the package.
const WORKER_FILE = fileURLToPath(new URL("../../dist/pipeline/worker.js", import.meta.url));

/** Tasks a worker holds at a time: the one it extracts and the next. */
const TASKS_PER_WORKER = 2;

/** Progress of a run, reported after each file, counted across workers. */
export interface ExtractProgress {
  done: number;
  total: number;
  file: string;
}

export interface MapOptions {
  /** Worker threads (default: one per core); 1 extracts in this thread, without a pool. */
  jobs?: number;
  onProgress?: (progress: ExtractProgress) => void;
  /** Tests only: make one stage fail for one file. */
  fault?: FaultInjection;
}

/** piscina, imported only when a pool is wanted: a one-thread run (and its cold start) does without it. */
async function loadPiscina(): Promise<typeof Piscina> {
  return (await import("piscina")).Piscina;
}

/** The number of workers `jobs` defaults to: the machine's cores. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Extracts each file with `extractDocument`, in a pool of worker threads (piscina; each
 * worker loads jieba and the gazetteer once), handing each result to `onResult` as it
 * finishes — in completion order, which the reduce does not depend on. A few files per
 * worker are in flight at a time, so memory holds a handful of texts, not the corpus.
 */
export async function mapDocuments(
  files: readonly string[],
  onResult: (result: DocumentResult) => void | Promise<void>,
  options: MapOptions = {},
): Promise<void> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  // Each worker holds a second task while it extracts one, so it starts the next file as soon as it
  // posts a result, not when this thread has got round to handing it one.
  const pool =
    jobs > 1 && files.length > 1
      ? new (await loadPiscina())<ExtractionTask, DocumentResult>({ filename: WORKER_FILE, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, concurrentTasksPerWorker: TASKS_PER_WORKER })
      : undefined;
  if (!pool) await warmExtractor();
  let next = 0;
  let done = 0;
  type Read = { file: string; bytes: Uint8Array } | DocumentResult;
  const read = async (file: string): Promise<Read> => {
    try {
      if (options.fault?.stage === "read" && file.endsWith(options.fault.file)) throw new Error("fault injected into read");
      // Without a pool this thread does the extracting: a blocking read costs less than the
      // four thread-pool round trips of an asynchronous one, each waiting for the extraction.
      return { file, bytes: pool ? await readFile(file) : readFileSync(file) };
    } catch (error) {
      return { file, entities: [], mentions: [], relations: [], issues: [stageFailure(file, "read", (error as NodeJS.ErrnoException).code ?? error)] };
    }
  };
  const extractOne = async (input: Read): Promise<DocumentResult> => {
    if (!("bytes" in input)) return input;
    const { file, bytes } = input;
    if (!pool) return extractDocument(file, bytes, options.fault);
    try {
      return await pool.run({ file, bytes, ...(options.fault ? { fault: options.fault } : {}) });
    } catch (error) {
      // The worker itself died (a native crash, out of memory): the file is skipped, the pool replaces the worker.
      return { file, entities: [], mentions: [], relations: [], issues: [workerFailure(file, error)] };
    }
  };
  // Each lane reads its next file while the current one is extracted.
  const lane = async (): Promise<void> => {
    let ahead = next < files.length ? read(files[next++]!) : undefined;
    while (ahead) {
      const current = await ahead;
      ahead = next < files.length ? read(files[next++]!) : undefined;
      const result = await extractOne(current);
      await onResult(result);
      options.onProgress?.({ done: ++done, total: files.length, file: current.file });
    }
  };
  try {
    // One lane more per worker than it holds: the next task is read and queued before a worker asks.
    await Promise.all(Array.from({ length: pool ? jobs * (TASKS_PER_WORKER + 1) : 1 }, lane));
  } finally {
    await pool?.destroy();
  }
}
