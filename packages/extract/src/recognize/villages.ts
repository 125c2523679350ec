import type { Gazetteer, Place } from "../gazetteer/index.js";
import type { Candidate } from "./candidate.js";
import { isHan } from "./chars.js";
import { segment } from "../segment/index.js";

const push = (list: Candidate[], candidate: Candidate | undefined) => {
  if (candidate) list.push(candidate);
};

/**
 * Named villages: the gazetteer's villages of the districts and counties the article
 * names (中山村 in 那坡县), their bare names in lists (合群、红泥等5个贫困村), and
 * 屯/村 names written right after a town or village (坡荷乡弄必屯, 永安村弄布屯).
 */
export function findVillages(text: string, places: Candidate[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const areaCodes = new Set<string>();
  // Only places named without ambiguity: 城厢镇 alone would pull in villages of a dozen counties.
  for (const candidate of places) {
    const readings = candidate.places ?? [];
    if (readings.length === 1 && readings[0]!.place.code.length >= 6) areaCodes.add(readings[0]!.place.code.slice(0, 6));
  }
  const known = new Map<string, Place[]>();
  for (const area of areaCodes) {
    for (const village of gazetteer.villagesOf(area).values()) {
      const list = known.get(village.name) ?? [];
      list.push(village);
      known.set(village.name, list);
    }
  }
  for (const [name, villages] of known) {
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      push(found, village(text, at, at + name.length, name, villages, 3));
    }
  }
  found.push(...villagesInLists(text, known));
  found.push(...villagesAfterPlaces(text, places, known));
  return found;
}

/** 合群、红泥、达腊等5个深度贫困村: bare names followed by 等…村 are villages. */
function villagesInLists(text: string, known: Map<string, Place[]>): Candidate[] {
  const found: Candidate[] = [];
  const list = /((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3})等\d*[个]?[^，。,；]{0,6}?村/gu;
  for (const match of text.matchAll(list)) {
    let at = match.index;
    const items = match[1]!.split("、");
    // The first item may have caught a character of the sentence before it (后者合群): keep two.
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

/** 坡荷乡弄必屯, 永安村弄布屯: a 屯 or 村 of two or three characters right after a town or village. */
function villagesAfterPlaces(text: string, places: Candidate[], known: Map<string, Place[]>): Candidate[] {
  const found: Candidate[] = [];
  const ends = new Set(places.filter((p) => p.type === "town" && p.places?.length).map((p) => p.end));
  for (const name of known.keys()) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) ends.add(at + name.length);
  for (const end of ends) {
    const match = /^(\p{Script=Han}{2,3}?)([屯村])/u.exec(text.slice(end, end + 4));
    if (!match || !isHan(match[1]![0]) || /[的和与及在是等了村镇乡县区]/.test(match[1]!)) continue;
    const name = match[0];
    push(found, village(text, end, end + name.length, name, known.get(name) ?? [], 2));
  }
  return found;
}

/**
 * A village name the gazetteer does not know must not be everyday vocabulary: 新农村
 * (new countryside) is one dictionary word, 弄必屯 is not.
 */
function isOrdinaryWord(name: string): boolean {
  const words = segment(name);
  return words.length === 1 && !/^(?:ns|nr|nrt|x|nz)$/.test(words[0]!.tag);
}

function village(text: string, start: number, end: number, name: string, places: Place[], priority: number): Candidate | undefined {
  if (places.length === 0 && isOrdinaryWord(name)) return undefined;
  return {
    start,
    end,
    text: text.slice(start, end),
    type: "village" as const,
    name,
    places: places.map((place) => ({ place, short: false })),
    priority,
    // A village of the gazetteer under a place the article names, or only a name ending in 村/屯.
    confidence: places.length > 0 ? 0.9 : 0.65,
  };
}
