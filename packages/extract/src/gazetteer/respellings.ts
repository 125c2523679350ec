import { toSimplifiedString } from "../normalize/script.js";
import type { PlaceLine } from "./places-file.js";

/**
 * Full place names as the normalizer spells them, where that differs from the gazetteer. A few
 * simplified names hold a character OpenCC also reads as a traditional form (乾 → 干, 於 → 于,
 * 濛 → 蒙); an article that has any traditional character goes through OpenCC whole, so its
 * 乾县 reaches the recognizers as 干县. The respelling names the same place. Short names are
 * left out: a respelled two-character form (干安) is too often an everyday word.
 *
 *   <respelled name> TAB <code>
 */
export function respelledNames(lines: readonly PlaceLine[], simplify: (text: string) => string = toSimplifiedString): [respelled: string, code: string][] {
  const out: [string, string][] = [];
  for (const { code, name, fullName } of lines) {
    if (!fullName) continue;
    const respelled = simplify(name);
    if (respelled !== name && respelled.length === name.length) out.push([respelled, code]);
  }
  return out;
}

/** The file's text for the respellings. */
export function encodeRespellings(respellings: readonly [string, string][]): string {
  return respellings.map(([respelled, code]) => `${respelled}\t${code}\n`).join("");
}

/** Calls `each` for every respelling of the file's text. */
export function decodeRespellings(text: string, each: (respelled: string, code: string) => void): void {
  for (const line of text.split("\n")) {
    if (!line) continue;
    const tab = line.indexOf("\t");
    if (tab < 1) throw new Error(`malformed respelling line ${JSON.stringify(line)}`);
    each(line.slice(0, tab), line.slice(tab + 1));
  }
}
