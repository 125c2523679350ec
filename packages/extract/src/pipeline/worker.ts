/**
 * A worker of the extraction pool (piscina): loads the gazetteer and jieba's dictionaries
 * once when it starts, then extracts one file per task.
 */
import type { FaultInjection } from "./document-result.js";
import { extractDocument, warmExtractor } from "./extract-document.js";

/** One file to extract: its path and bytes (moved, not copied, into the worker). */
export interface ExtractionTask {
  file: string;
  bytes: Uint8Array;
  fault?: FaultInjection;
}

// piscina hands this worker tasks once the module, and so this load, has finished.
await warmExtractor();

export default function extractTask(task: ExtractionTask) {
  return extractDocument(task.file, task.bytes, task.fault);
}
