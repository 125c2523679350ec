export type * from "./types.js";
export { ENTITY_TYPES, RELATION_TYPES } from "./types.js";
export type { PreparedDocument } from "./document.js";
export type { ResolvedMention } from "./mention.js";
export { extract, type ExtractOptions, type ExtractProgress } from "./extract.js";
export { collectInputs } from "./load/index.js";
export {
  combineEvaluations,
  DEV_HELD_OUT,
  evaluate,
  heldOutFiles,
  readGold,
  splitGold,
  type Evaluation,
  type GoldFile,
  type Score,
  type Scores,
} from "./evaluate/index.js";
export { formatEvaluation, formatRules, formatSplit } from "./evaluate/report.js";
export {
  STAGES,
  EntityMerger,
  contentHash,
  defaultJobs,
  extractDocument,
  extractDocumentInWindows,
  extractorVersion,
  mapDocuments,
  compareEvidence,
  evidenceKey,
  mergeRelations,
  planCorpus,
  reduceResults,
  sortIssues,
  sortMentions,
  stageFailure,
  textWindows,
  WINDOW_CHARS,
  type TextWindow,
  warmExtractor,
  workerFailure,
  type CorpusPlan,
  type DocumentResult,
  type FaultInjection,
  type MapOptions,
  type SourceFile,
  type Stage,
  type WindowSink,
} from "./pipeline/index.js";
export { RULES, type RuleId } from "./relations/rules.js";
