export { STAGES, type DocumentResult, type FaultInjection, type Stage, type WindowSink } from "./document-result.js";
export { extractDocument, extractDocumentInWindows, stageFailure, warmExtractor, workerFailure } from "./extract-document.js";
export { defaultJobs, mapDocuments, type ExtractProgress, type MapOptions } from "./map-documents.js";
export { contentHash, planCorpus, type CorpusPlan, type SourceFile } from "./plan.js";
export { EntityMerger, reduceResults, sortIssues, sortMentions } from "./reduce.js";
export { compareEvidence, evidenceKey, mergeRelations } from "../relations/index.js";
export { extractorVersion } from "./version.js";
export { WINDOW_CHARS, textWindows, type TextWindow } from "./text-windows.js";
