import type { DocumentInfo, Entity, Issue, Mention, Relation } from "../types.js";

/** The stages one document goes through (and the worker running them); a failure in any is reported under its name. */
export const STAGES = ["read", "load", "segment", "recognize", "resolve", "relate", "worker"] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Everything one file contributes to the corpus, self-contained: entities carry their
 * corpus-wide ids (`place:<code>`, `<type>:<name>`) and only the aliases this file shows,
 * relations are merged within the file. The corpus is a reduce over these (`reduceResults`).
 */
export interface DocumentResult {
  file: string;
  /** Absent when the file could not be read or holds no article. */
  document?: DocumentInfo;
  /** Sorted by id, aliases sorted. */
  entities: Entity[];
  /** In body order (start, end). */
  mentions: Mention[];
  /** One per relation id, sorted by id, evidence and amounts of this file only. */
  relations: Relation[];
  issues: Issue[];
}

/**
 * Takes a document's mentions and relations a window of its body at a time, as each window is
 * extracted (`extractDocumentInWindows`): a text of tens of megabytes is never held whole.
 */
export interface WindowSink {
  /** One window's mentions (body order) and relations (merged within the window, evidence sorted), at whole-body offsets. */
  window(mentions: Mention[], relations: Relation[]): void;
}

/**
 * Makes one stage fail on purpose for the files whose path ends with `file`: a thrown error
 * or a real stack overflow. For tests of per-file isolation only.
 */
export interface FaultInjection {
  stage: Stage;
  file: string;
  kind: "throw" | "overflow";
}
