import type { DocumentInfo } from "./types.js";

/**
 * An article ready for recognition: its metadata, the decoded original file text,
 * and the normalized body (article only, simplified script, half-width digits),
 * with the origin of each body character in the original text.
 */
export interface PreparedDocument {
  info: DocumentInfo;
  /** The whole file decoded to a string (offsets below index into it). */
  original: string;
  /** Normalized body: what recognition and relation finding read. */
  text: string;
  /** For body char i (UTF-16 unit): where its source starts in `original`. */
  originalStarts: Int32Array;
  /** For body char i: where its source ends (exclusive) in `original`. */
  originalEnds: Int32Array;
}

/** Maps a span of the normalized body back to the original file text. */
export function originalSpan(doc: PreparedDocument, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = doc.originalStarts[start] ?? doc.original.length;
    return [at, at];
  }
  return [doc.originalStarts[start]!, doc.originalEnds[end - 1]!];
}
