import type { PreparedDocument } from "../document.js";
import { loadGazetteer } from "../gazetteer/index.js";
import { prepareArticle } from "../load/index.js";
import { recognize, type Candidate } from "../recognize/index.js";
import { mergeRelations, relateDocument } from "../relations/index.js";
import { EntityRegistry, resolveDocument } from "../resolve/index.js";
import { segment } from "../segment/index.js";
import type { Issue } from "../types.js";
import type { DocumentResult, FaultInjection, Stage } from "./document-result.js";
import { textWindows } from "./text-windows.js";

/** Loads the extractor's data (gazetteer, jieba's dictionaries) now rather than on the first document. */
export function warmExtractor(): void {
  loadGazetteer();
  segment("预热");
}

/**
 * Extracts one file from its bytes: a pure function of the bytes, the path (its extension
 * picks the format) and the extractor's data. Whatever fails — an exception or a stack
 * overflow in any stage — becomes an error issue naming the stage; it never throws.
 */
export function extractDocument(file: string, bytes: Uint8Array, fault?: FaultInjection): DocumentResult {
  const empty = (issues: Issue[]): DocumentResult => ({ file, entities: [], mentions: [], relations: [], issues });
  const run = <T>(stage: Stage, work: () => T): T => {
    if (fault && fault.stage === stage && file.endsWith(fault.file)) injectFault(fault);
    return work();
  };
  let stage: Stage = "load";
  const issues: Issue[] = [];
  try {
    const prepared = run("load", () => prepareArticle(file, bytes));
    issues.push(...prepared.issues);
    const doc = prepared.document;
    if (!doc) return empty(issues);
    // A window at a time: a body of tens of megabytes never holds all its tokens at once.
    const known = sourceCandidates(doc);
    const candidates: Candidate[] = [];
    for (const window of textWindows(doc.text)) {
      stage = "segment";
      const tokens = run(stage, () => segment(window.text));
      stage = "recognize";
      const end = window.start + window.text.length;
      const inWindow = known.filter((c) => c.start >= window.start && c.end <= end).map((c) => shifted(c, -window.start));
      for (const candidate of run(stage, () => recognize(window.text, tokens, loadGazetteer(), inWindow))) candidates.push(shifted(candidate, window.start));
    }
    stage = "resolve";
    const registry = new EntityRegistry();
    const resolved = run(stage, () => resolveDocument(doc, candidates, loadGazetteer(), registry));
    stage = "relate";
    const relations = run(stage, () => mergeRelations(relateDocument(doc, resolved.resolved)));
    return { file, document: doc.info, entities: registry.list(), mentions: resolved.mentions, relations, issues };
  } catch (error) {
    return empty([...issues, stageFailure(file, stage, error)]);
  }
}

/** The issue of a file whose stage failed: "skipped: segment failed: <reason>". */
export function stageFailure(file: string, stage: Stage, error: unknown): Issue {
  const reason = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return { file, severity: "error", stage, message: `skipped: ${stage} failed: ${reason.split("\n")[0]}` };
}

/** The publisher the page states (来源:百色日报) is an organisation wherever the body names it. */
function sourceCandidates(doc: PreparedDocument): Candidate[] {
  const source = doc.info.source?.trim();
  if (!source || source.length < 2) return [];
  const found: Candidate[] = [];
  for (let at = doc.text.indexOf(source); at >= 0; at = doc.text.indexOf(source, at + source.length)) {
    found.push({ start: at, end: at + source.length, text: source, type: "organization", name: source, priority: 7 });
  }
  return found;
}

function shifted(candidate: Candidate, by: number): Candidate {
  return by === 0 ? candidate : { ...candidate, start: candidate.start + by, end: candidate.end + by };
}

function injectFault(fault: FaultInjection): void {
  if (fault.kind === "throw") throw new Error(`fault injected into ${fault.stage}`);
  const recurse = (depth: number): number => recurse(depth + 1) + 1;
  recurse(0);
}
