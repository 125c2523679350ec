import type { Token } from "../segment/index.js";
import { candidate, type Candidate } from "./candidate.js";

/** The longest body a street's name has before 路 (人民东路, 解放北路, 新华中路: 2 to 5 characters). */
const MAX_BODY = 5;
/** Tags of the words a road's name is made of (和平/n 东路/ns; no verb, which opens no road name). */
const ROAD_WORD_TAGS = /^(?:n|ns|nr|nrt|nz|x|f|s|b|a|ng|j|nt)$/;
/** Characters that end a road's name on the left: prepositions, conjunctions, particles, 各 and 全. */
const STOP_CHARS = /^[在向与和及或为对把将由给到是的了从于被让等各全本该每个]$/;

/**
 * Subdistricts named after a road (X路街道: 和平东路街道, 人民南路街道), which a city renames and
 * splits faster than the gazetteer follows: a road's name (words, no verb, no particle) right
 * before 路街道, from the place before it (甲区和平东路街道) or the start of the phrase. The gazetteer's
 * own shorter street inside it (西路街道 in 和平西路街道) loses to it, the longest span winning.
 */
export function findRoadStreets(text: string, tokens: Token[], places: Candidate[]): Candidate[] {
  // Most texts name no such street: no index of the tokens is built for them.
  if (!text.includes("路街道")) return [];
  const placeEnds = new Set(places.filter((p) => p.places?.length && p.type !== "town" && p.type !== "village").map((p) => p.end));
  const coveringToken = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((token, index) => coveringToken.fill(index, token.start, token.end));
  const found: Candidate[] = [];
  for (const match of text.matchAll(/路街道/g)) {
    const road = match.index + 1; // just after 路
    const index = coveringToken[match.index] ?? -1;
    if (index < 0) continue;
    // The word holding 路 (东路, or jieba's whole 西路街道) opens the road's name at the latest.
    let start = tokens[index]!.start;
    for (let i = index - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (placeEnds.has(start) || token.end !== start || !ROAD_WORD_TAGS.test(token.tag) || !/^\p{Script=Han}+$/u.test(token.word) || STOP_CHARS.test(token.word)) break;
      if (road - token.start > MAX_BODY) break;
      start = token.start;
    }
    const body = text.slice(start, road);
    // A bare direction (北路 of 重庆北路街道, whose place the gazetteer read) names no road.
    if (body.length < 2 || !/^\p{Script=Han}+$/u.test(body) || /^[东南西北中]?路$/u.test(body)) continue;
    const end = road + 2;
    const name = text.slice(start, end);
    found.push(candidate({ start, end, text: name, type: "town", name, places: [], priority: 2, confidence: 0.7 }));
  }
  return found;
}

/** Words before 新区 that describe a new area rather than name it (城市新区, 建设新区). */
const NOT_NEW_AREA_NAMES = /^(?:城市|城区|建设|开发|规划|发展|国家级|省级|一个|这个|该)$/;

/** What a district-level new area has and a resettlement site named 新区 has not: its bodies and subdistricts. */
const DISTRICT_PARTS = /^(?:管委会|管理委员会|党工委|工委|纪工委|党委|(?:\p{Script=Han}{2,4}?(?:街道|办事处)))/u;

/**
 * A new area the article shows to be run like a district: it writes one of its bodies or subdistricts
 * (甲新区管委会, 甲新区乙街道), or the province right before it (丙省甲新区). 甲市乙新区 alone is as often a
 * resettlement site (易地扶贫搬迁安置区) or a new town quarter, which is no district.
 */
function runsLikeDistrict(text: string, area: string, places: Candidate[], start: number): boolean {
  if (places.some((p) => p.end === start && p.places?.some((r) => r.place.level === "province"))) return true;
  for (let at = text.indexOf(area); at >= 0; at = text.indexOf(area, at + area.length)) {
    if (DISTRICT_PARTS.test(text.slice(at + area.length, at + area.length + 8))) return true;
  }
  return false;
}

/**
 * New areas a city runs like a district but the gazetteer does not list (甲乙新区 of 丙市): a word
 * jieba reads as a name or place, two or three characters, right before 新区.
 */
export function findNewAreas(text: string, tokens: Token[], places: Candidate[]): Candidate[] {
  const known = new Set(places.filter((p) => p.places?.length).map((p) => p.start * 0x10000 + p.end));
  const found: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [name, head] = [tokens[i - 1]!, tokens[i]!];
    if (head.word !== "新区" || name.end !== head.start || known.has(name.start * 0x10000 + head.end)) continue;
    if (!/^(?:ns|nr|nrt|nz|x)$/.test(name.tag) || !/^\p{Script=Han}{2,3}$/u.test(name.word) || NOT_NEW_AREA_NAMES.test(name.word)) continue;
    const area = name.word + head.word;
    if (!runsLikeDistrict(text, area, places, name.start)) continue;
    found.push(candidate({ start: name.start, end: head.end, text: area, type: "district", name: area, places: [], priority: 3, confidence: 0.6 }));
  }
  return found;
}
