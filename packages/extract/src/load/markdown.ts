import type { TracedText } from "../normalize/traced-text.js";

/** Markdown syntax that is not text: heading marks, emphasis, code ticks, list bullets, link targets. */
const SYNTAX = /^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?|^[ \t]*[-*+][ \t]+|\*\*|__|`+|!?\[|\]\([^)]*\)/gm;

/** Drops Markdown syntax, keeping the text it marks up (and its trace to the source). */
export function stripMarkdown(text: TracedText): TracedText {
  const source = text.toString();
  const dropped = new Uint8Array(source.length);
  for (const match of source.matchAll(SYNTAX)) dropped.fill(1, match.index, match.index + match[0].length);
  return text.filter((i) => !dropped[i]);
}
