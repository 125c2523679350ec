import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ORGANIZATION_HEADS } from "../lexicons/organization-heads.js";
import { TITLES } from "../lexicons/titles.js";
import type { PlacesIndex } from "./build-index.js";
import { levelOfCode } from "./levels.js";
import { isPseudoCity } from "./pseudo-cities.js";
import { shortNames } from "./short-names.js";

const require = createRequire(import.meta.url);

/** Words jieba already knows as common vocabulary, with their frequency and tag. */
function jiebaVocabulary(): Map<string, { freq: number; tag: string }> {
  const file = require.resolve("nodejs-jieba").replace(/dist[\\/]index\.cjs$/, "dict/jieba.dict.utf8");
  const vocabulary = new Map<string, { freq: number; tag: string }>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [word, freq, tag] = line.split(" ");
    if (word && freq) vocabulary.set(word, { freq: Number(freq), tag: tag ?? "" });
  }
  return vocabulary;
}

/**
 * A short name is only worth a dictionary entry when it is not an everyday word:
 * 龙岗 and 百色 are in, 和平 (peace) and 江南 (south of the river) are out.
 */
export function isDistinctiveShortName(word: string, vocabulary: Map<string, { freq: number; tag: string }>): boolean {
  const known = vocabulary.get(word);
  if (!known) return true;
  if (known.tag === "ns") return true;
  if (known.freq > 3000) return false;
  return known.tag === "j" || known.freq < 200;
}

/** The short names of every place that are not everyday words, by code. */
export function distinctiveShortNames(index: Omit<PlacesIndex, "shortNames">): Record<string, string[]> {
  const vocabulary = jiebaVocabulary();
  const result: Record<string, string[]> = {};
  for (const level of [index.provinces, index.cities, index.areas, index.streets]) {
    for (const [code, name] of level) {
      if (isPseudoCity(name)) continue;
      const shorts = shortNames(name, levelOfCode(code)).filter((short) => isDistinctiveShortName(short, vocabulary));
      if (shorts.length > 0) result[code] = shorts;
    }
  }
  return result;
}

/** The jieba user dictionary (`word freq tag` lines): place names, titles and organisation heads. */
export function buildUserDictionary(index: PlacesIndex, respelledPlaceNames: readonly string[] = []): string {
  const lines = new Map<string, string>();
  const add = (word: string, freq: number, tag: string) => {
    if (!lines.has(word)) lines.set(word, `${word} ${freq} ${tag}`);
  };
  for (const level of [index.provinces, index.cities, index.areas, index.streets]) {
    for (const [code, name] of level) {
      if (isPseudoCity(name)) continue;
      add(name, 50000, "ns");
      for (const short of index.shortNames[code] ?? []) add(short, 5000, "ns");
    }
  }
  // Full names as the normalizer respells them (干县 for 乾县) stay one word too.
  for (const name of respelledPlaceNames) add(name, 50000, "ns");
  for (const title of TITLES) if (title.length >= 2) add(title, 20000, "nnt");
  for (const head of ORGANIZATION_HEADS) if (head.word.length >= 2) add(head.word, 20000, "n");
  return [...lines.values()].join("\n") + "\n";
}
