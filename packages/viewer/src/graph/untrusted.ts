import type { DocumentInfo } from "@xiezuo/extract";
import type { Evidence } from "./load.js";

/**
 * A graph file is untrusted input: it may come from anyone, be cut short or be made to break
 * the page. Everything read from one goes through these helpers, which either give a value of
 * the expected shape or throw a GraphFileError saying what is wrong and where.
 */
export class GraphFileError extends Error {
  override name = "GraphFileError";
}

/** Longest label kept (longer ones are cut with …): a name of thousands of characters only hides the graph. */
export const MAX_LABEL = 120;
/** Longest evidence sentence, title or other text kept. */
export const MAX_TEXT = 4000;
/** At most this many aliases and evidence sentences per item. */
export const MAX_LIST = 200;

/** Text of at most `max` characters from any value (`fallback` for null, undefined, objects and arrays). */
export function text(value: unknown, max = MAX_TEXT, fallback = ""): string {
  const raw = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : fallback;
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

/** A finite number, or `fallback`. */
export function finite(value: unknown, fallback: number): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list of texts (aliases, place paths), capped in count (`limit`) and length; anything else gives []. */
export function texts(value: unknown, max = MAX_LABEL, limit = MAX_LIST): string[] {
  return Array.isArray(value) ? value.slice(0, limit).filter((v) => typeof v === "string" || typeof v === "number").map((v) => text(v, max)) : [];
}

/** A [start, end] pair of offsets, or undefined. */
function span(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [s, e] = value.map((v) => finite(v, NaN));
  return Number.isFinite(s) && Number.isFinite(e) ? [s!, e!] : undefined;
}

/** Evidence items with a sentence and a document; malformed ones are dropped, spans that are not pairs of numbers too. */
export function evidenceList(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  const out: Evidence[] = [];
  for (const item of value.slice(0, MAX_LIST)) {
    if (!isRecord(item) || typeof item.sentence !== "string") continue;
    const start = finite(item.start, 0);
    const evidence: Evidence = {
      document: text(item.document, MAX_LABEL),
      sentence: text(item.sentence),
      start,
      end: finite(item.end, start + item.sentence.length),
      originalStart: finite(item.originalStart, 0),
      originalEnd: finite(item.originalEnd, 0),
      sourceSpan: span(item.sourceSpan) ?? [-1, -1],
      targetSpan: span(item.targetSpan) ?? [-1, -1],
    };
    if (typeof item.rule === "string") evidence.rule = text(item.rule, MAX_LABEL);
    const confidence = finite(item.confidence, NaN);
    if (confidence >= 0 && confidence <= 1) evidence.confidence = confidence;
    out.push(evidence);
  }
  return out;
}

/** The articles of a graph file: entries without an id are dropped, the other fields made text or null. */
export function documentList(value: unknown): DocumentInfo[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).filter((d) => typeof d.id === "string").map((d) => documentInfo(String(d.id), d));
}

/** One article's title, date, outlet and file as text (null when absent). */
export function documentInfo(id: string, d: Record<string, unknown>): DocumentInfo {
  const optional = (v: unknown, max: number) => (v === null || v === undefined ? null : text(v, max));
  return { id, file: text(d.file, MAX_TEXT), title: optional(d.title, 500), date: optional(d.date, 40), source: optional(d.source, 200), authors: texts(d.authors) };
}
