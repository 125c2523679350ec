/**
 * The gazetteer's four upper levels as the extractor loads them: one line per place, in the
 * order the name table is filled, with every decision that does not depend on the text taken
 * at build time. Parsing the level lists as JSON and re-deriving all of it cost a worker about
 * 0.3 s at each start; splitting these lines costs a fraction of that.
 *
 *   <code> TAB <name> TAB <1 if the full name is looked up, else 0> TAB <short,short,…>
 */
import type { PlacesIndex } from "./build-index.js";
import { levelOfCode } from "./levels.js";
import { isEverydayWordName, isPseudoCity } from "./pseudo-cities.js";

/** One place of the file: its code, name, whether its full name names it, and its short names. */
export interface PlaceLine {
  code: string;
  name: string;
  fullName: boolean;
  shortNames: string[];
}

/** The places of the index in load order (pseudo-city rows dropped), with what the loader needs to know. */
export function placeLines(index: PlacesIndex): PlaceLine[] {
  const lines: PlaceLine[] = [];
  const names = new Map<string, string>();
  for (const level of [index.provinces, index.cities, index.areas, index.streets]) {
    for (const [code, name] of level) {
      if (isPseudoCity(name)) continue;
      names.set(code, name);
      // 东莞市 the city and 东莞市 its only county-level unit are one place to a reader.
      const sameAsCity = levelOfCode(code) === "area" && names.get(code.slice(0, 4)) === name;
      lines.push({
        code,
        name,
        fullName: !sameAsCity && !isEverydayWordName(name),
        shortNames: sameAsCity ? [] : (index.shortNames[code] ?? []),
      });
    }
  }
  return lines;
}

/** The file's text. Names holding a tab, comma or line break would break the format: they throw. */
export function encodePlaceLines(lines: readonly PlaceLine[]): string {
  const out: string[] = [];
  for (const { code, name, fullName, shortNames } of lines) {
    for (const value of [code, name, ...shortNames]) {
      if (/[\t,\n\r]/.test(value)) throw new Error(`gazetteer name ${JSON.stringify(value)} holds a tab, comma or line break`);
    }
    out.push(`${code}\t${name}\t${fullName ? 1 : 0}\t${shortNames.join(",")}`);
  }
  return out.join("\n") + "\n";
}

/** Calls `each` for every line of the file's text, in order, without building intermediate arrays of lines. */
export function decodePlaceLines(text: string, each: (code: string, name: string, fullName: boolean, shortNames: string) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const tab1 = text.indexOf("\t", start);
    const tab2 = tab1 < 0 ? -1 : text.indexOf("\t", tab1 + 1);
    const tab3 = tab2 < 0 ? -1 : text.indexOf("\t", tab2 + 1);
    if (tab3 < 0 || tab3 > end) throw new Error(`malformed gazetteer line at offset ${start}`);
    each(text.slice(start, tab1), text.slice(tab1 + 1, tab2), text.charCodeAt(tab2 + 1) === 0x31, text.slice(tab3 + 1, end));
    start = end + 1;
  }
}
