import type { PreparedDocument } from "../document.js";
import { loadGazetteer } from "../gazetteer/index.js";
import { prepareArticle } from "../load/index.js";
import { candidate, type Candidate } from "../recognize/candidate.js";
import { recognize } from "../recognize/index.js";
import { mergeRelations, relateDocument } from "../relations/index.js";
import { EntityRegistry, resolveDocument } from "../resolve/index.js";
import { loadSegmenter, segment } from "../segment/index.js";
import type { Evidence, Issue, Mention, Relation } from "../types.js";
import type { DocumentResult, FaultInjection, Stage, WindowSink } from "./document-result.js";
import { textWindows, type TextWindow } from "./text-windows.js";

/**
 * Loads the extractor's data now rather than on the first document: jieba's dictionaries are
 * built on another thread (about 0.5 s) while this one loads the gazetteer and its villages.
 */
export async function warmExtractor(): Promise<void> {
  const segmenter = loadSegmenter();
  loadGazetteer().preloadVillages();
  await segmenter;
  segment("预热");
}

/**
 * Extracts one file from its bytes: a pure function of the bytes, the path (its extension
 * picks the format) and the extractor's data. Whatever fails — an exception or a stack
 * overflow in any stage — becomes an error issue naming the stage; it never throws.
 */
export function extractDocument(file: string, bytes: Uint8Array, fault?: FaultInjection): DocumentResult {
  const mentions: Mention[] = [];
  const evidence = new Map<string, Evidence[]>();
  const result = extractDocumentInWindows(
    file,
    bytes,
    {
      window(found, relations) {
        for (const mention of found) mentions.push(mention);
        for (const relation of relations) {
          const list = evidence.get(relation.id);
          if (list) for (const item of relation.evidence) list.push(item);
          else evidence.set(relation.id, relation.evidence);
        }
      },
    },
    fault,
  );
  if (!result.document) return result;
  // A window's evidence of a relation all starts inside it, after the earlier windows': joined in window order, it is the sorted list.
  return { ...result, mentions, relations: result.relations.map((relation) => ({ ...relation, evidence: evidence.get(relation.id) ?? [] })) };
}

/**
 * `extractDocument`, handing each window's mentions and relations to `sink` as soon as the
 * window is extracted, so that a text of tens of megabytes never holds them all: the result
 * has no mentions, and its relations (merged over the whole body, amounts and all) have empty
 * evidence lists. A window's relations are merged within it, evidence sorted; the windows come
 * in body order. When the result has no document (a stage failed), what the sink was given
 * belongs to no result and is to be discarded.
 */
export function extractDocumentInWindows(file: string, bytes: Uint8Array, sink: WindowSink, fault?: FaultInjection): DocumentResult {
  const empty = (issues: Issue[]): DocumentResult => ({ file, entities: [], mentions: [], relations: [], issues });
  let windowIndex = 0;
  const run = <T>(stage: Stage, work: () => T): T => {
    if (fault && fault.stage === stage && file.endsWith(fault.file) && (fault.window ?? 0) === windowIndex) injectFault(fault);
    return work();
  };
  let stage: Stage = "load";
  const issues: Issue[] = [];
  try {
    const prepared = run("load", () => prepareArticle(file, bytes));
    issues.push(...prepared.issues);
    const doc = prepared.document;
    if (!doc) return empty(issues);
    // A window at a time: a body of tens of megabytes never holds all its tokens at once, and
    // no stage's cost grows faster than its window. A body of one window (every article) is read whole.
    const known = sourceCandidates(doc);
    const registry = new EntityRegistry();
    // Each relation merged over the windows so far, without its evidence (which went to the sink).
    const heads = new Map<string, Relation>();
    for (const window of textWindows(doc.text)) {
      const part = window.start === 0 && window.text.length === doc.text.length ? doc : windowOf(doc, window);
      const end = window.start + window.text.length;
      const inWindow = known.filter((c) => c.start >= window.start && c.end <= end).map((c) => shifted(c, -window.start));
      stage = "segment";
      const tokens = run(stage, () => segment(part.text));
      stage = "recognize";
      const candidates = run(stage, () => recognize(part.text, tokens, loadGazetteer(), inWindow));
      stage = "resolve";
      const resolved = run(stage, () => resolveDocument(part, candidates, loadGazetteer(), registry));
      stage = "relate";
      const found = run(stage, () => mergeRelations(relateDocument(part, resolved.resolved).map((relation) => (window.start === 0 ? relation : shiftedRelation(relation, window.start)))));
      sink.window(
        window.start === 0 ? resolved.mentions : resolved.mentions.map((mention) => shifted(mention, window.start)),
        found,
      );
      // Merged as mergeRelations merges the whole body's: amounts counted once across windows, the earliest date, the surest rule.
      for (const relation of found) {
        const head = heads.get(relation.id);
        heads.set(relation.id, head ? mergeRelations([head, { ...relation, evidence: [] }])[0]! : { ...relation, evidence: [] });
      }
      windowIndex++;
    }
    const relations = [...heads.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { file, document: doc.info, entities: registry.list(), mentions: [], relations, issues };
  } catch (error) {
    return empty([...issues, stageFailure(file, stage, error)]);
  }
}

/** The issue of a file whose stage failed: "skipped: segment failed: <reason>". */
export function stageFailure(file: string, stage: Stage, error: unknown): Issue {
  const reason = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return { file, severity: "error", stage, message: `skipped: ${stage} failed: ${reason.split("\n")[0]}` };
}

/** The issue of a file whose worker thread died while extracting it (a native crash, out of memory): skipped, tried again next build. */
export function workerFailure(file: string, error: unknown): Issue {
  return { ...stageFailure(file, "worker", error), message: `skipped: the worker extracting it stopped: ${String((error as Error)?.message ?? error)}` };
}

/**
 * The publisher the page states (来源:百色日报) is an organisation wherever the body names it;
 * two sources in one line (来源：甲日报、乙客户端) are two (GUIDELINES: two media, two entities).
 */
function sourceCandidates(doc: PreparedDocument): Candidate[] {
  const stated = doc.info.source?.trim();
  if (!stated) return [];
  const found: Candidate[] = [];
  for (const source of new Set([stated, ...stated.split(/[、，,；;|｜/\s]+/)])) {
    if (source.length < 2) continue;
    for (let at = doc.text.indexOf(source); at >= 0; at = doc.text.indexOf(source, at + source.length)) {
      found.push(candidate({ start: at, end: at + source.length, text: source, type: "organization", name: source, priority: 7 }));
    }
  }
  return found;
}

/** The document as one window of its body shows it: offsets from the window's start, original offsets unchanged. */
function windowOf(doc: PreparedDocument, window: TextWindow): PreparedDocument {
  const end = window.start + window.text.length;
  return { ...doc, text: window.text, originalStarts: doc.originalStarts.subarray(window.start, end), originalEnds: doc.originalEnds.subarray(window.start, end) };
}

/** A relation read in a window, its body offsets moved to the whole body's. */
function shiftedRelation(relation: Relation, by: number): Relation {
  return {
    ...relation,
    evidence: relation.evidence.map((e) => ({ ...e, start: e.start + by, end: e.end + by, sourceSpan: [e.sourceSpan[0] + by, e.sourceSpan[1] + by], targetSpan: [e.targetSpan[0] + by, e.targetSpan[1] + by] })),
  };
}

/** A candidate or mention with its offsets moved by `by` (itself when `by` is 0). */
function shifted<T extends { start: number; end: number }>(span: T, by: number): T {
  return by === 0 ? span : { ...span, start: span.start + by, end: span.end + by };
}

function injectFault(fault: FaultInjection): void {
  if (fault.kind === "throw") throw new Error(`fault injected into ${fault.stage}`);
  const recurse = (depth: number): number => recurse(depth + 1) + 1;
  recurse(0);
}
