import type { DocumentInfo, Evidence } from "../graph/load.js";
import { el } from "../ui/dom.js";
import { formatSource, ruleText } from "./format.js";

/** A piece of an evidence sentence: plain text, or one of the relation's two mentions. */
export interface SentencePart {
  text: string;
  mention: boolean;
}

/**
 * Cuts an evidence sentence around its two mentions. Spans are body offsets, so a mention sits
 * at `span - evidence.start` in the sentence; spans outside the sentence or overlapping an
 * earlier one are ignored rather than trusted.
 */
export function sentenceParts(evidence: Evidence): SentencePart[] {
  const { sentence } = evidence;
  const marks = [evidence.sourceSpan, evidence.targetSpan]
    .filter((span): span is [number, number] => Array.isArray(span) && span.length === 2)
    .map(([s, e]) => [s - evidence.start, e - evidence.start] as const)
    .filter(([s, e]) => s >= 0 && e <= sentence.length && s < e)
    .sort((x, y) => x[0] - y[0]);
  const parts: SentencePart[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    if (s > at) parts.push({ text: sentence.slice(at, s), mention: false });
    parts.push({ text: sentence.slice(s, e), mention: true });
    at = e;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), mention: false });
  return parts;
}

/** The sentence with both mentions in `<mark>`, and the article it comes from (all as text nodes). */
export function renderEvidence(evidence: Evidence, doc: DocumentInfo | undefined, root = ""): HTMLElement {
  const sentence = el("blockquote", { className: "evidence" });
  for (const part of sentenceParts(evidence)) sentence.append(part.mention ? el("mark", {}, part.text) : part.text);
  // Each sentence may have been found by its own rule (the extractor's Evidence says so when it can).
  const { rule, confidence } = evidence;
  const why = ruleText(rule, confidence);
  return el("div", { className: "evidence-item" }, sentence, el("cite", {}, formatSource(evidence.document, doc, root)), why ? el("p", { className: "rule" }, why) : null);
}
