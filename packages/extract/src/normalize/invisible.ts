import type { TracedText } from "./traced-text.js";

/**
 * Characters that show nothing: U+FEFF (a byte order mark left inside the text where two files
 * were joined, or in the middle of a scraped page), the zero-width space, non-joiner and joiner,
 * the bidirectional marks, the word joiner and invisible operators, and the soft hyphen.
 * Left in the body they cut names in two for jieba and the recognizers (黄<U+FEFF>某某 reads as
 * no person), and a mention starting with U+FEFF came back from the store without it (DuckDB's
 * Node client decodes text as UTF-8 dropping a leading byte order mark), so that `xiezuo build`
 * and `xiezuo extract` disagreed.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/** The text without its invisible characters; every other character keeps its place in the original. */
export function dropInvisibleCharacters(text: TracedText): TracedText {
  const source = text.toString();
  if (!INVISIBLE.test(source)) return text;
  return text.filter((i) => !INVISIBLE.test(source[i]!));
}

/** A plain string (a title or a byline read from metadata) without its invisible characters. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_ALL, "");
}
