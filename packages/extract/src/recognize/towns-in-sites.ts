import type { Gazetteer } from "../gazetteer/index.js";
import { GENERIC_MODIFIERS } from "../lexicons/name-words.js";
import { segmentShort } from "../segment/index.js";
import { candidate, type Candidate } from "./candidate.js";

/** The heads of a town's own school or clinic, which its name opens (甲乡小学, 乙镇中心校, 丙乡卫生院). */
const TOWN_SITE = /^(?:中心小学|中心学校|中心校|完全小学|完小|小学|初级中学|中学|幼儿园|卫生院)/;
const SITE_TYPE: Readonly<Record<string, "school" | "hospital">> = { 卫生院: "hospital" };
/** What may stand right before a town's name: punctuation, a conjunction, a preposition. */
const BEFORE_NAME = /^[^\p{Script=Han}]$|^[和与及以在对向为给到从把将由是了等共赴至于]$/u;
/** Characters a town's own name does not hold (the 乡 of 乡镇, 的, a count). */
const NOT_IN_NAME = /[的和与及在是等了个各全本该乡镇村县区市州省一二两三四五六七八九十几每]/;

/**
 * Towns the gazetteer no longer lists (merged in a reform) that open the name of their school or
 * clinic: 甲乙乡小学, 丙丁镇卫生院, in a list (…、甲乙乡小学和丙丁乡小学) or after their county
 * (某县甲乙乡小学). The site is a candidate whole, the town a place inside its name. The town's name
 * is the shortest run of two to four characters that starts where a name can start (after
 * punctuation, a conjunction, a preposition or a place) and is no everyday word (民族乡, 贫困乡).
 */
export function findTownSites(text: string, places: Candidate[], gazetteer: Gazetteer): { sites: Candidate[]; towns: Candidate[] } {
  const placeEnds = new Set(places.filter((p) => p.places?.length).map((p) => p.end));
  const sites: Candidate[] = [];
  const towns: Candidate[] = [];
  for (const match of text.matchAll(/[乡镇]/g)) {
    const level = match.index;
    const head = TOWN_SITE.exec(text.slice(level + 1, level + 6))?.[0];
    if (!head) continue;
    for (let length = 2; length <= 4; length++) {
      const start = level - length;
      if (start < 0) break;
      const body = text.slice(start, level);
      const name = `${body}${text[level]}`;
      // A town the gazetteer knows (用于丙丁镇小学: 丙丁镇) is read as a place already.
      if (!/^\p{Script=Han}+$/u.test(body) || NOT_IN_NAME.test(body) || gazetteer.byName.has(name)) break;
      if (!(start === 0 || placeEnds.has(start) || BEFORE_NAME.test(text[start - 1]!))) continue;
      if (isEveryday(body)) break;
      const end = level + 1;
      towns.push(candidate({ start, end, text: name, type: "town", name, places: [], priority: 2, confidence: 0.6 }));
      const site = `${name}${head}`;
      sites.push(candidate({ start, end: end + head.length, text: site, type: SITE_TYPE[head] ?? "school", name: site, priority: 4, confidence: 0.7 }));
      break;
    }
  }
  return { sites, towns };
}

/** A word that describes a town (民族乡, 贫困镇, 中心镇) rather than names it. */
function isEveryday(body: string): boolean {
  if (GENERIC_MODIFIERS.has(body)) return true;
  const words = segmentShort(body);
  return words.length === 1 && !/^(?:ns|nr|nrt|x|nz)$/.test(words[0]!.tag);
}
