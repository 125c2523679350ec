import { dropInvisibleCharacters } from "./invisible.js";
import { scriptConverters, toSimplifiedString } from "./script.js";
import type { TracedText } from "./traced-text.js";

export { TracedText } from "./traced-text.js";
export { dropInvisibleCharacters, withoutInvisibleCharacters } from "./invisible.js";
export { toSimplifiedString } from "./script.js";

/**
 * The normalized body: simplified script, half-width digits and letters, without the
 * pinyin a scraper put after each character (協(xié)作), without zero-width characters (U+FEFF,
 * U+200B…), whitespace tidied and paragraphs that a scraper broke mid-sentence joined again —
 * every character still traced to the original.
 */
export function normalizeText(text: TracedText, options: { simplified?: boolean } = {}): TracedText {
  // A caller that already converted the script (the loader does, before it looks for page chrome) says so.
  const simplified = options.simplified ? dropInvisibleCharacters(text) : toSimplified(dropInvisibleCharacters(text));
  return joinBrokenParagraphs(tidyWhitespace(removePinyinAnnotations(toHalfWidth(simplified))));
}

/** Traditional → simplified, character by character so the trace stays exact. */
export function toSimplified(text: TracedText): TracedText {
  const source = text.toString();
  const converted = toSimplifiedString(source);
  if (converted === source) return text;
  if (codePointCount(source) === codePointCount(converted)) {
    // Walk both strings in step, code point by code point (a character may move across planes).
    let at = 0;
    let astralReplaced = false;
    return text.map((char, i) => {
      const code = char.charCodeAt(0);
      if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(source.charCodeAt(i - 1))) {
        // The second half of a pair: already written with the first half when it was replaced.
        return astralReplaced ? "" : char;
      }
      const from = source.codePointAt(i)!;
      const to = converted.codePointAt(at)!;
      at += to > 0xffff ? 2 : 1;
      astralReplaced = from !== to && from > 0xffff;
      return from === to ? char : String.fromCodePoint(to);
    });
  }
  // A phrase conversion changed the length (never with hk/tw → cn, but be safe): go char by char.
  return text.map((char) => scriptConverters().reduce((c, convert) => convert(c), char));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!(isHighSurrogate(text.charCodeAt(i)) && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) count++;
  return count;
}

/** Full-width digits, letters and ％．＋－ become ASCII; CJK punctuation （，。：） stays. */
export function toHalfWidth(text: TracedText): TracedText {
  return text.map((char) => {
    const code = char.charCodeAt(0);
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || "％．＋－".includes(char)) {
      return String.fromCharCode(code - 0xfee0);
    }
    return char === "\u3000" || char === "\u00a0" ? " " : char;
  });
}

const PINYIN = /(?<=\p{Script=Han})[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]+[1-5]?[)）]/gu;

/** Drops pinyin put in brackets after characters by some scrapers: 協(xié)作 → 協作. */
export function removePinyinAnnotations(text: TracedText): TracedText {
  const source = text.toString();
  const dropped = new Uint8Array(source.length);
  for (const match of source.matchAll(PINYIN)) dropped.fill(1, match.index, match.index + match[0].length);
  return text.filter((i) => !dropped[i]);
}

/** Trims lines, collapses runs of spaces to one, and drops blank lines (one line break between paragraphs). */
export function tidyWhitespace(text: TracedText): TracedText {
  const source = text.toString();
  const keep = new Uint8Array(source.length).fill(1);
  for (const match of source.matchAll(/[ \t\r\f\v]+/g)) {
    const before = source[match.index - 1];
    const after = source[match.index + match[0].length];
    const atLineEdge = before === undefined || before === "\n" || after === undefined || after === "\n";
    keep.fill(0, atLineEdge ? match.index : match.index + 1, match.index + match[0].length);
  }
  for (const match of source.matchAll(/\n(?:[ \t\r\f\v]*\n)+/g)) keep.fill(0, match.index + 1, match.index + match[0].length);
  const tidy = text.filter((i) => keep[i] === 1);
  // No line break before the first line or after the last.
  const trimmed = tidy.toString();
  const first = trimmed.search(/[^\n]/);
  const last = trimmed.length - (trimmed.length - trimmed.trimEnd().length);
  return first < 0 ? tidy.filter(() => false) : tidy.filter((i) => i >= first && i < last);
}

/** Characters that end a sentence or a heading-like line. */
const LINE_FINAL = /[。！？!?；;：:…”」』）)》\]】.,，、a-zA-Z%]$/;

/**
 * Joins a paragraph that a scraper or a page's <br> cut in the middle of a sentence
 * (…座谈会上，龙 / 岗区向…, …捐赠价值<br>120万元的物资): a line that ends on a Han character
 * without punctuation, followed by a line that starts with a Han character or a digit. The
 * line must read as a sentence begun: long (30 characters), or with a comma of its own and
 * no byline or source in it and no heading's number (记者 甲，通讯员 乙 and 一、…，… are lines of their own).
 */
export function joinBrokenParagraphs(text: TracedText): TracedText {
  const source = text.toString();
  const keep = new Uint8Array(source.length).fill(1);
  for (const match of source.matchAll(/\n+/g)) {
    const lineStart = source.lastIndexOf("\n", match.index - 1) + 1;
    const line = source.slice(lineStart, match.index);
    const next = source[match.index + match[0].length];
    const begun = line.length >= 30 || (line.length >= 10 && line.includes("，") && !NOT_A_SENTENCE.test(line) && !NUMBERED_HEADING.test(line));
    if (begun && !line.startsWith("#") && /[\p{Script=Han}\d]$/u.test(line) && !LINE_FINAL.test(line) && next && /[\p{Script=Han}\d]/u.test(next)) {
      keep.fill(0, match.index, match.index + match[0].length);
    }
  }
  return text.filter((i) => keep[i] === 1);
}

/** 一、…, （二）…, 3.…: a numbered heading, a line of its own whatever its commas. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;
/** Words of a byline or a page's metadata line, whose names end it without punctuation. */
const NOT_A_SENTENCE = /(?:记者|通讯员|编辑|来源|作者|摄影|供图|发布|时间|日期|[文图][/／])/;
