import { pinyin } from "pinyin-pro";

/**
 * The pinyin search matches names by: the build writes it into viewer.json (so the page never
 * works it out for a big graph), and the page works it out in a worker for a file without it
 * (graph.json, GEXF). Reads nothing but pinyin-pro: the page imports it as `@xiezuo/graph/pinyin`.
 */

/** Full pinyin and initials of a Chinese name: 龙岗区 → ["longgangqu", "lgq"]. */
export function pinyinForms(name: string): [string, string] {
  // One call: the initials are read off the syllables (pinyin-pro's own "first" pattern is a second, as costly, call).
  const items = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
  const full = items.join("").toLowerCase();
  const initials = initialsOf(name, items).join("").toLowerCase();
  return [full.replace(/\s+/g, ""), initials.replace(/\s+/g, "")];
}

/**
 * What pinyin-pro's `pattern: "first"` gives for the same name: a syllable's first letter, and
 * a run of other characters (kept whole by `nonZh: "consecutive"`) as it is. The array does not
 * say which items are runs: a run is the name's own text at that point, where a syllable (Latin
 * letters, from a Chinese character) never is; a syllable stands for one character (two UTF-16
 * units for one beyond the BMP).
 */
function initialsOf(name: string, items: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const item of items) {
    if (item !== "" && name.startsWith(item, at)) {
      out.push(item);
      at += item.length;
      continue;
    }
    // pinyin-pro's getFirstLetter: the first letter of each space-separated part.
    out.push(item.split(" ").map((part) => part.charAt(0)).join(" "));
    at += isSurrogatePair(name, at) ? 2 : 1;
  }
  return out;
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** The distinct pinyin forms (full and initials) of an entity's names: its label and aliases. */
export function pinyinOfNames(names: string[]): string[] {
  return [...new Set(names.flatMap(pinyinForms))].filter(Boolean);
}
