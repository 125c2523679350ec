import type { Gazetteer, Place, PlaceName } from "../gazetteer/index.js";
import { placeNameFilter } from "../gazetteer/name-filter.js";
import { shortNames } from "../gazetteer/short-names.js";
import { PAIRED_PROVINCE_ABBREVIATIONS, PROVINCE_ABBREVIATIONS } from "../lexicons/province-abbreviations.js";
import type { Token } from "../segment/index.js";
import { candidate, type Candidate } from "./candidate.js";
import { isHan } from "./chars.js";

const MAX_TOKENS_PER_NAME = 3;

/**
 * Place names of the gazetteer, full or short, that jieba kept as whole words (or as up
 * to three adjacent words): 深圳市, 龙岗, 广西壮族自治区, 城厢镇.
 */
export function findPlaceNames(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const longestName = longestNameOf(gazetteer);
  const filter = placeNameFilter(gazetteer);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    for (let j = i; j < Math.min(tokens.length, i + MAX_TOKENS_PER_NAME); j++) {
      const token = tokens[j]!;
      if (j > i && token.start !== tokens[j - 1]!.end) break;
      // Adjacent tokens are the text between them; no name is longer than the longest one.
      if (token.end - first.start > longestName) break;
      if (!filter.mayName(text, first.start, token.end)) continue;
      const surface = j === i ? first.word : text.slice(first.start, token.end);
      const readings = gazetteer.byName.get(surface);
      if (!readings) continue;
      // 发展乡村旅游, 建设乡村: 乡 there begins the word 乡村 (the countryside), it ends no town's name.
      if (surface.endsWith("乡") && text[token.end] === "村") continue;
      found.push(placeCandidate(text, first.start, token.end, readings));
    }
    // Only a word of three characters or more can hold a place and a body (委, 政府, 政协, 人大).
    if (first.word.length >= 3 && BODY_WORD_CHARS.test(first.word)) {
      const inside = placeInsideBodyWord(text, first, gazetteer);
      if (inside) found.push(inside);
    }
  }
  return found;
}

/**
 * Short forms that are everyday words too (a city 河源市 goes by 河源, "river source"): the
 * gazetteer leaves them out, but in an article that names the place in full, the word standing
 * alone as jieba's word is that place. A base two named places share stands for neither.
 */
export function findEverydayShortForms(text: string, tokens: Token[], places: Candidate[], gazetteer: Gazetteer): Candidate[] {
  const byBase = new Map<string, Place | null>();
  for (const candidate of places) {
    const reading = candidate.places?.length === 1 ? candidate.places[0]! : undefined;
    if (!reading || reading.short || (reading.place.level !== "city" && reading.place.level !== "area")) continue;
    for (const base of shortNames(reading.place.name, reading.place.level)) {
      if (gazetteer.byName.has(base)) continue;
      const seen = byBase.get(base);
      byBase.set(base, seen === undefined || seen?.code === reading.place.code ? reading.place : null);
    }
  }
  if (byBase.size === 0) return [];
  const found: Candidate[] = [];
  for (const token of tokens) {
    const place = byBase.get(token.word);
    if (place) found.push({ ...placeCandidate(text, token.start, token.end, [{ place, short: true }]), confidence: 0.75 });
  }
  return found;
}

const longestNames = new WeakMap<Gazetteer, number>();

/** The length of the gazetteer's longest full or short name, counted once per gazetteer. */
function longestNameOf(gazetteer: Gazetteer): number {
  let longest = longestNames.get(gazetteer);
  if (longest === undefined) {
    longest = 0;
    for (const name of gazetteer.byName.keys()) longest = Math.max(longest, name.length);
    longestNames.set(gazetteer, longest);
  }
  return longest;
}

/** jieba keeps some bodies whole (浙江省委, 南宁市政府): the place at the front of such a word. */
function placeInsideBodyWord(text: string, token: Token, gazetteer: Gazetteer): Candidate | undefined {
  for (let cut = token.word.length - 1; cut >= 2; cut--) {
    if (!BODY_WORD_REST.test(token.word.slice(cut))) continue;
    const readings = gazetteer.byName.get(token.word.slice(0, cut));
    if (readings) return placeCandidate(text, token.start, token.start + cut, readings);
  }
  return undefined;
}

/** A character every rest of BODY_WORD_REST holds: a word without one names no body. */
const BODY_WORD_CHARS = /[委政人]/;
const BODY_WORD_REST = /^(?:区|县|市|省|自治区)?(?:委|党委|政府|人民政府|政协|人大)/;

function placeCandidate(text: string, start: number, end: number, readings: readonly PlaceName[]): Candidate {
  const first = readings[0]!.place;
  return candidate({
    start,
    end,
    text: text.slice(start, end),
    type: first.type,
    name: first.name,
    places: readings,
    priority: readings.some((r) => !r.short) ? 3 : 2,
    // A full gazetteer name is a place; a short form (龙岗) may be an ordinary word.
    confidence: readings.some((r) => !r.short) ? 0.95 : 0.8,
  });
}

/** Verbs of travel before a lone province abbreviation: 赴粤, 访粤, 驻粤, 来桂. */
const BEFORE_LONE_ABBREVIATION = /[赴访驻来返入离在援]$/;
/** What may follow a pair of abbreviations: 粤桂协作, 粤桂两省区, 粤桂扶贫, 粤港澳. */
const AFTER_ABBREVIATION_PAIR = /^(?:[协合扶共两双情之间]|东西|携手|对口|帮扶|交流|港澳|\d|[“”」])/;

/**
 * Province abbreviations in the contexts that make them places: pairs (粤桂协作 →
 * 广东省 and 广西壮族自治区) and lone ones after a verb of travel (赴粤).
 */
export function findProvinceAbbreviations(text: string, gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const provinceOf = provincesByAbbreviation(gazetteer);
  const pairedOf = (ch: string) => (ch in PAIRED_PROVINCE_ABBREVIATIONS ? gazetteer.byName.get(PAIRED_PROVINCE_ABBREVIATIONS[ch]!)?.find((r) => !r.short) : undefined);
  const opens = abbreviationOpeners(gazetteer, provinceOf, pairedOf);
  for (let i = 0; i < text.length; i++) {
    // Most characters open no abbreviation: one look at a table, no string made of the character.
    if (opens[text.charCodeAt(i)] === 0) continue;
    const first = provinceOf(text[i]!);
    // 津甘两省市: an everyday character (甘) is a province only after a listed abbreviation, in a pair.
    const pairedFirst = first ? undefined : pairedOf(text[i]!);
    if (!first && !pairedFirst) continue;
    const second = provinceOf(text[i + 1] ?? "") ?? (first ? pairedOf(text[i + 1] ?? "") : undefined);
    if (!first) {
      if (second && second !== pairedFirst && AFTER_ABBREVIATION_PAIR.test(text.slice(i + 2, i + 4)) && !isHan(text[i - 1])) {
        found.push(abbreviation(text, i, pairedFirst!), abbreviation(text, i + 1, second));
        i++;
      }
      continue;
    }
    const pairFollows = second && second !== first && AFTER_ABBREVIATION_PAIR.test(text.slice(i + 2, i + 4));
    const pairStandsAlone = second && provinceOf(text[i + 1] ?? "") && !isHan(text[i - 1]) && !isHan(text[i + 2]);
    if (second && (pairFollows || pairStandsAlone)) {
      found.push(abbreviation(text, i, first), abbreviation(text, i + 1, second));
      i++;
    } else if (isLoneAbbreviation(text, i)) {
      found.push(abbreviation(text, i, first));
    }
  }
  return found;
}

const abbreviationReadings = new WeakMap<Gazetteer, (ch: string) => PlaceName | undefined>();
const openerTables = new WeakMap<Gazetteer, Uint8Array>();

/** 1 for each UTF-16 unit that is a province's abbreviation or a paired one with a reading in the gazetteer, else 0. */
function abbreviationOpeners(gazetteer: Gazetteer, provinceOf: (ch: string) => PlaceName | undefined, pairedOf: (ch: string) => PlaceName | undefined): Uint8Array {
  let table = openerTables.get(gazetteer);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const ch of [...Object.keys(PROVINCE_ABBREVIATIONS), ...Object.keys(PAIRED_PROVINCE_ABBREVIATIONS)]) {
      if (ch.length === 1 && (provinceOf(ch) || pairedOf(ch))) table[ch.charCodeAt(0)] = 1;
    }
    openerTables.set(gazetteer, table);
  }
  return table;
}

/** The province an abbreviation stands for (its full-name reading), looked up once per character for a gazetteer. */
function provincesByAbbreviation(gazetteer: Gazetteer): (ch: string) => PlaceName | undefined {
  let lookup = abbreviationReadings.get(gazetteer);
  if (!lookup) {
    const readings = new Map<string, PlaceName | undefined>();
    for (const [ch, name] of Object.entries(PROVINCE_ABBREVIATIONS)) readings.set(ch, gazetteer.byName.get(name)?.find((r) => !r.short));
    lookup = (ch) => readings.get(ch);
    abbreviationReadings.set(gazetteer, lookup);
  }
  return lookup;
}

/** 赴粤。 / 访粤时 / 赴粤对接: a lone abbreviation after a verb of travel, ending a word. */
function isLoneAbbreviation(text: string, at: number): boolean {
  const before = text[at - 1] ?? "";
  const after = text[at + 1];
  if (!BEFORE_LONE_ABBREVIATION.test(before)) return false;
  return !isHan(after) || /^[赴访驻]$/.test(before) && /^[对交考学调时]/.test(after ?? "");
}

function abbreviation(text: string, at: number, reading: PlaceName): Candidate {
  return candidate({
    start: at,
    end: at + 1,
    text: text[at]!,
    type: "province",
    name: reading.place.name,
    places: [{ place: reading.place, short: true }],
    priority: 1,
    confidence: 0.75,
  });
}
