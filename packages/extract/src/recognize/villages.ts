import type { Gazetteer, Place } from "../gazetteer/index.js";
import type { Token } from "../segment/index.js";
import { tokenPositions, type TokenPositions } from "../segment/token-positions.js";
import { candidate, type Candidate } from "./candidate.js";
import { isHan } from "./chars.js";
import { segmentShort } from "../segment/index.js";
import { DESCRIPTIVE_WORDS, GENERIC_MODIFIERS } from "../lexicons/name-words.js";

const push = (list: Candidate[], candidate: Candidate | undefined) => {
  if (candidate) list.push(candidate);
};

/**
 * Named villages: the gazetteer's villages of the districts and counties the article
 * names (甲村 in 乙县), their bare names in lists (甲、乙等5个贫困村), and
 * 屯/村 names written right after a town or village (甲乡乙屯, 丙村丁屯).
 */
export function findVillages(text: string, places: Candidate[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const areaCodes = new Set<string>();
  // Only places named without ambiguity: 城厢镇 alone would pull in villages of a dozen counties.
  for (const candidate of places) {
    const readings = candidate.places ?? [];
    if (readings.length === 1 && readings[0]!.place.code.length >= 6) areaCodes.add(readings[0]!.place.code.slice(0, 6));
  }
  const known = new KnownVillages([...areaCodes].sort().map((area) => areaVillages(gazetteer, area)));
  const occurrences = villageOccurrences(text, known.areas);
  for (const { start, end, word } of occurrences) {
    if (word.length >= 3) push(found, village(text, start, end, word, known.get(word)!, 3));
  }
  found.push(...villagesInLists(text, known));
  found.push(...villagesAfterPlaces(text, places, known, occurrences.map((o) => o.end)));
  return found;
}

/** One area's villages by name, and what a scan of a text for them needs, built once per area. */
interface AreaVillages {
  byName: ReadonlyMap<string, Place[]>;
  /** The longest name starting with each pair of characters (their two UTF-16 units as one number). */
  longestFrom: ReadonlyMap<number, number>;
  /** The names of one character. */
  single: ReadonlySet<string>;
}

const areaIndexes = new WeakMap<Gazetteer, Map<string, AreaVillages>>();

/** The villages of one area, indexed on first use: a document costs no walk over every village of its areas. */
function areaVillages(gazetteer: Gazetteer, area: string): AreaVillages {
  let indexes = areaIndexes.get(gazetteer);
  if (!indexes) areaIndexes.set(gazetteer, (indexes = new Map()));
  let index = indexes.get(area);
  if (index) return index;
  const byName = new Map<string, Place[]>();
  const longestFrom = new Map<number, number>();
  const single = new Set<string>();
  for (const village of gazetteer.villagesOf(area).values()) {
    const list = byName.get(village.name);
    if (list) list.push(village);
    else byName.set(village.name, [village]);
  }
  for (const name of byName.keys()) {
    if (name.length === 1) single.add(name);
    else {
      const pair = pairAt(name, 0);
      if (name.length > (longestFrom.get(pair) ?? 0)) longestFrom.set(pair, name.length);
    }
  }
  index = { byName, longestFrom, single };
  indexes.set(area, index);
  return index;
}

/** The two UTF-16 units at `at` as one number (the text must have both). */
const pairAt = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * The villages of the article's areas by name: an area's villages of that name, the areas in
 * code order (a name two areas share reads as both).
 */
class KnownVillages {
  constructor(readonly areas: readonly AreaVillages[]) {}

  get(name: string): Place[] | undefined {
    let found: Place[] | undefined;
    for (const area of this.areas) {
      const villages = area.byName.get(name);
      if (villages) found = found ? [...found, ...villages] : [...villages];
    }
    return found;
  }

  has(name: string): boolean {
    return this.areas.some((area) => area.byName.has(name));
  }
}

/**
 * Towns the gazetteer does not list (renamed or merged since), written right after their
 * county: 甲县乙乡, 丙县丁乡. jieba must keep the name as one unknown word or a
 * name and its 乡/镇.
 */
export function findUnlistedTowns(text: string, tokens: Token[], places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const tokenAt = tokenPositions(tokens);
  const placeStarts = new Set(places.filter((p) => p.places?.length).map((p) => p.start));
  for (const place of places) {
    if (place.places?.length !== 1 || !/^(?:county|district)$/.test(place.type)) continue;
    const first = tokenAt.get(place.end);
    if (!first) continue;
    let name: string | undefined;
    if (/^\p{Script=Han}{2,3}[乡镇]$/u.test(first.word) && /^(?:x|nz|ns|nr)$/.test(first.tag)) name = first.word;
    const second = tokenAt.get(first.end);
    if (!name && /^(?:x|nz|nr)$/.test(first.tag) && /^\p{Script=Han}{2}$/u.test(first.word) && second && /^[乡镇]$/.test(second.word)) name = first.word + second.word;
    // Whatever jieba made of it (蓼/坪/乡, 库伊/乡尔主瓦): a name of two or three characters before 乡 or 镇, or two to four before 街道.
    name ??= townByHead(text, place.end) ?? transliteratedTown(tokenAt, place.end);
    if (!name || /^(?:城|集|乡|村|小|各|全|本|该)/.test(name)) continue;
    // 甲区累计向镇安县…: the 镇 opens a place of its own, no town ends there.
    if (placeStarts.has(place.end + name.length - 1)) continue;
    found.push(candidate({ start: place.end, end: place.end + name.length, text: name, type: "town", name, places: [], priority: 2, confidence: 0.6 }));
  }
  return found;
}

/**
 * 甲县乙乡丙丁戊己村: a village of two to four characters right after a town the gazetteer does not list
 * (Yi villages have names of four: 阿木瓦西村), when none of its words is a verb or an adverb (推进村).
 */
export function findVillagesAfterUnlistedTowns(text: string, tokens: Token[], towns: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  // Which token covers each character: built only once a town is followed by a village-like word.
  let covering: Int32Array | undefined;
  for (const town of towns) {
    const match = /^(\p{Script=Han}{2,4}?)村/u.exec(text.slice(town.end, town.end + 6));
    if (!match || /[的和与及在是等了村镇乡县区市农驻赴到至对向为给挂]/.test(match[1]!) || opensNoVillage(match[1]!, text[town.end + match[0].length])) continue;
    if (!covering) {
      const index = new Int32Array(text.length + 1).fill(-1);
      tokens.forEach((token, i) => index.fill(i, token.start, token.end));
      covering = index;
    }
    const end = town.end + match[1]!.length;
    let verb = false;
    for (let at = town.end; at < end; at++) {
      const token = tokens[covering[at] ?? -1];
      if (token && /^(?:v|vd|vn|ad|d|p|c)$/.test(token.tag) && token.start >= town.end) verb = true;
    }
    if (verb || isOrdinaryWord(match[1]!)) continue;
    push(found, village(text, town.end, town.end + match[0].length, match[0], [], 2));
  }
  return found;
}

/**
 * A town's long transliterated name (科克/nrt 铁热克乡/x: Uyghur and Tibetan towns have names of four to six
 * characters before 乡 or 镇): words jieba does not know or reads as transliterations, the last ending in the head.
 */
function transliteratedTown(tokenAt: TokenPositions, at: number): string | undefined {
  let name = "";
  for (let token = tokenAt.get(at); token && /^(?:x|nrt|nz)$/.test(token.tag) && name.length + token.word.length <= 7; token = tokenAt.get(token.end)) {
    name += token.word;
    if (/[乡镇]$/.test(name)) return name.length >= 5 && /^\p{Script=Han}+$/u.test(name) ? name : undefined;
  }
  return undefined;
}

/** A town's name by its head word right at `at` (甲乡, 乙镇, 丙丁街道), when the name is no everyday word (贫困乡, 重点镇). */
function townByHead(text: string, at: number): string | undefined {
  const match = /^(\p{Script=Han}{2,3}?)([乡镇])|^(\p{Script=Han}{2,4}?)(街道)/u.exec(text.slice(at, at + 6));
  if (!match) return undefined;
  const body = match[1] ?? match[3]!;
  if (/[的和与及在是等了个各村乡镇县区市州省小新大中向为对给把将从到]/.test(body) || isOrdinaryWord(body)) return undefined;
  return match[0];
}

/**
 * Each area's longest village name at every position of the text, area by area (in the order
 * of `areas`), each area's in text order. A position is looked at only when a name of the area
 * starts with its first two characters, and then only from the longest such name down.
 */
function villageOccurrences(text: string, areas: readonly AreaVillages[]): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const { byName, longestFrom, single } of areas) {
    if (byName.size === 0) continue;
    const fallback = single.size > 0 ? 1 : 0;
    for (let i = 0; i < text.length; i++) {
      const longest = (i + 1 < text.length ? longestFrom.get(pairAt(text, i)) : undefined) ?? fallback;
      for (let length = Math.min(longest, text.length - i); length >= 1; length--) {
        const word = text.slice(i, i + length);
        if (length === 1 ? !single.has(word) : !byName.has(word)) continue;
        found.push({ start: i, end: i + length, word });
        break;
      }
    }
  }
  return found;
}

/** 甲、乙、丙等5个深度贫困村: bare names followed by 等…村 are villages. */
function villagesInLists(text: string, known: KnownVillages): Candidate[] {
  const found: Candidate[] = [];
  const list = /((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3})等\d*[个]?[^，。,；]{0,6}?村/gu;
  for (const match of text.matchAll(list)) {
    let at = match.index;
    const items = match[1]!.split("、");
    // The first item may have caught a character of the sentence before it (后者甲): keep two.
    if (items[0]!.length === 3 && !known.has(`${items[0]}村`)) {
      items[0] = items[0]!.slice(1);
      at++;
    }
    for (const bare of items) {
      const full = `${bare}村`;
      const villages = known.get(full) ?? [];
      if (villages.length > 0 || !/[村乡镇县区市]$/.test(bare)) {
        push(found, village(text, at, at + bare.length, full, villages, 2));
      }
      at += bare.length + 1;
    }
  }
  return found;
}

/** 甲乡乙屯, 丙村丁屯: a 屯 or 村 of two or three characters right after a town or village. */
function villagesAfterPlaces(text: string, places: Candidate[], known: KnownVillages, villageEnds: number[]): Candidate[] {
  const found: Candidate[] = [];
  const ends = new Set(places.filter((p) => p.type === "town" && p.places?.length).map((p) => p.end));
  for (const end of villageEnds) ends.add(end);
  // 甲市乙家寨村: a village written right after its city or county (村 only; 屯 needs a town).
  const areaEnds = new Set(places.filter((p) => p.places?.length === 1 && /^(?:city|county|district)$/.test(p.type)).map((p) => p.end));
  for (const end of areaEnds) {
    if (ends.has(end)) continue;
    const match = /^(\p{Script=Han}{2,3}?)村/u.exec(text.slice(end, end + 5));
    // 部分村; 甲区驻乙村第一书记: a verb of being posted or going opens no village's name.
    if (!match || /[的和与及在是等了村镇乡县区市农]/.test(match[1]!) || /^[驻赴到至对向为给挂]/.test(match[1]!) || isOrdinaryWord(match[1]!) || opensNoVillage(match[1]!, text[end + match[0].length])) continue;
    push(found, village(text, end, end + match[0].length, match[0], known.get(match[0]) ?? [], 2));
  }
  for (const end of ends) {
    const match = /^(\p{Script=Han}{2,3}?)([屯村])/u.exec(text.slice(end, end + 4));
    if (!match || !isHan(match[1]![0]) || /[的和与及在是等了村镇乡县区]/.test(match[1]!) || /^[驻赴到至对向为给挂]/.test(match[1]!) || opensNoVillage(match[1]!, text[end + match[0].length])) continue;
    const name = match[0];
    push(found, village(text, end, end + name.length, name, known.get(name) ?? [], 2));
  }
  return found;
}

/**
 * 甲村开展村企结对: a verb before 村 (开展) and a 村 that opens the next word (村企, 村民, 村委) name
 * no village after the place.
 */
function opensNoVillage(prefix: string, after: string | undefined): boolean {
  return (after !== undefined && /^[民委级组务企干]$/.test(after)) || segmentShort(prefix).every((t) => /^v/.test(t.tag));
}

/**
 * Words that describe a village rather than name it (重点村, 示范村, 结对村, 每个村): before 村 they
 * make no name, even when jieba writes them as a word of their own.
 */
const VILLAGE_DESCRIPTORS: ReadonlySet<string> = new Set([
  ...GENERIC_MODIFIERS, ...DESCRIPTIVE_WORDS, "重点", "中心", "样板", "试点", "旅游", "特色", "文明", "明星", "专业", "移民", "后进",
  "先进", "薄弱", "脱贫", "深度", "美丽", "和美", "宜居", "卫生", "民族", "边境", "定点", "行政", "自然", "城中", "其余",
  "周边", "附近", "邻近", "新型", "传统", "电商", "淘宝", "红色", "智慧", "数字", "精品", "富裕", "小康", "山区", "坝区", "易地",
]);

/**
 * Villages neither the gazetteer nor a town before them names (the gazetteer lacks renamed and
 * merged villages): a word of two characters jieba keeps whole, then 村 as a word of its own,
 * written at least twice in the article (甲村 … 为甲村修路), and no word that only describes a
 * village (重点村, 结对村).
 */
export function findRepeatedVillages(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  const counts = new Map<string, number>();
  const starts: { start: number; name: string }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [word, next] = [tokens[i]!, tokens[i + 1]!];
    if (next.word !== "村" || next.start !== word.end || word.word.length !== 2 || ![...word.word].every(isHan)) continue;
    if (!/^(?:n|ns|nr|nrt|nz|x|ng)$/.test(word.tag) || VILLAGE_DESCRIPTORS.has(word.word)) continue;
    // 中村 of 集中村民: 村 must close the name, not open the next word (村民, 村委, 村级).
    const after = tokens[i + 2];
    if (after && after.start === next.end && /^[民委级组务庄落寨口头里镇]$/.test(after.word)) continue;
    const name = `${word.word}村`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    starts.push({ start: word.start, name });
  }
  for (const { start, name } of starts) {
    if ((counts.get(name) ?? 0) < 2) continue;
    found.push(candidate({ start, end: start + name.length, text: name, type: "village", name, places: [], priority: 1, confidence: 0.6 }));
  }
  return found;
}

/**
 * A village name the gazetteer does not know must not be everyday vocabulary: 新农村
 * (new countryside) is one dictionary word, a 屯 name like 乙屯 is not.
 */
function isOrdinaryWord(name: string): boolean {
  const words = segmentShort(name);
  return words.length === 1 && !/^(?:ns|nr|nrt|x|nz)$/.test(words[0]!.tag);
}

function village(text: string, start: number, end: number, name: string, places: Place[], priority: number): Candidate | undefined {
  if (places.length === 0 && isOrdinaryWord(name)) return undefined;
  return candidate({
    start,
    end,
    text: text.slice(start, end),
    type: "village" as const,
    name,
    places: places.map((place) => ({ place, short: false })),
    priority,
    // A village of the gazetteer under a place the article names, or only a name ending in 村/屯.
    confidence: places.length > 0 ? 0.9 : 0.65,
  });
}
