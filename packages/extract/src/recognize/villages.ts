import type { Gazetteer, Place } from "../gazetteer/index.js";
import type { Candidate } from "./candidate.js";
import { isHan } from "./chars.js";

/**
 * Named villages: the gazetteer's villages of the districts and counties the article
 * names (中山村 in 那坡县), their bare names in lists (合群、红泥等5个贫困村), and
 * 屯/村 names written right after a town or village (坡荷乡弄必屯, 永安村弄布屯).
 */
export function findVillages(text: string, places: Candidate[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const areaCodes = new Set<string>();
  for (const candidate of places) {
    for (const reading of candidate.places ?? []) {
      if (reading.place.code.length >= 6) areaCodes.add(reading.place.code.slice(0, 6));
    }
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
      found.push(village(text, at, at + name.length, name, villages, 3));
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
        found.push(village(text, at, at + bare.length, full, villages, 2));
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
    found.push(village(text, end, end + name.length, name, known.get(name) ?? [], 2));
  }
  return found;
}

function village(text: string, start: number, end: number, name: string, places: Place[], priority: number): Candidate {
  return {
    start,
    end,
    text: text.slice(start, end),
    type: "village",
    name,
    places: places.map((place) => ({ place, short: false })),
    priority,
  };
}
