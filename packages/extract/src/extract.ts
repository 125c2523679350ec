import { collectInputs } from "./load/index.js";
import type { DocumentResult, FaultInjection } from "./pipeline/document-result.js";
import { mapDocuments, type ExtractProgress } from "./pipeline/map-documents.js";
import { planCorpus } from "./pipeline/plan.js";
import { reduceResults } from "./pipeline/reduce.js";
import type { ExtractionResult } from "./types.js";

export type { ExtractProgress } from "./pipeline/map-documents.js";

export interface ExtractOptions {
  /** Called after each input file is read (or skipped), counted across workers. */
  onProgress?: (progress: ExtractProgress) => void;
  /** Worker threads; 1 (the default) extracts in this thread. The result is the same for any number. */
  jobs?: number;
  /** Tests only: make one stage fail for one file, to check the others come through whole. */
  fault?: FaultInjection;
  /** Files larger than this many bytes become issues instead of being read (default 20 MB). */
  maxFileBytes?: number;
}

/**
 * Reads articles (files or folders) and returns their documents, entities, mentions,
 * relations and the issues met on the way: a map of `extractDocument` over the files and a
 * reduce of the results. Ids are stable and the result the same whatever the input order.
 */
export async function extract(inputs: string[], options: ExtractOptions = {}): Promise<ExtractionResult> {
  const { files, issues } = await collectInputs(inputs, { maxFileBytes: options.maxFileBytes });
  const plan = await planCorpus(files);
  const results: DocumentResult[] = [];
  await mapDocuments(
    plan.sources.map((source) => source.file),
    (result) => void results.push(result),
    { jobs: options.jobs ?? 1, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.fault ? { fault: options.fault } : {}) },
  );
  return reduceResults(results, [...issues, ...plan.issues]);
}
