import { candidate, type Candidate } from "./candidate.js";

/** What follows a place in the name of its party committee, government or council. */
const BODY_AFTER_PLACE = /^(?:(?:区|县|市|省|州|旗|自治区)?(?:党委|委)(?![员会托])|(?:区|县|市|省|州|旗|自治区)?(?:人民)?政府|政协|人大常委会|人大)/;
/** A second body joined to the first: 鼓楼区委区政府, 宁夏区党委、政府. */
const COORDINATED_GOVERNMENT = /^、?(?:区|县|市|省|州|旗|自治区)?(?:人民)?政府/;

/**
 * Government bodies named after a place: 鼓楼区委, 仁和县人民政府, 鼓楼区政府 (→ 鼓楼区人民政府),
 * 浙江省委省政府 (two bodies), 宁夏区党委 (→ 宁夏回族自治区党委), 杭州市政协; and the bare
 * 自治区党委 / 省政府 when the article names exactly one province of that kind.
 */
export function findGovernments(text: string, places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const place of places) {
    if (!place.places?.length || place.type === "village") continue;
    const full = place.name;
    const rest = text.slice(place.end, place.end + 8);
    const body = BODY_AFTER_PLACE.exec(rest);
    if (!body) continue;
    // 文山 + 市委: the level word says which 文山 (placesNamedByLevel reads 文山市); not the 州 the short name may be.
    const level = LEVEL_BEFORE_BODY.exec(body[0])?.[1];
    if (level && !full.endsWith(level) && place.places.some((r) => r.place.name.endsWith(level))) continue;
    const end = place.end + body[0].length;
    found.push(government(text, place.start, end, bodyName(full, body[0])));
    const second = COORDINATED_GOVERNMENT.exec(text.slice(end, end + 8));
    if (second && /委$/.test(body[0])) {
      const start = end + (second[0].startsWith("、") ? 1 : 0);
      found.push(government(text, start, end + second[0].length, `${full}人民政府`));
    }
  }
  found.push(...bareProvincialBodies(text, places));
  return found;
}

/** The level word a body's name may open with (县委, 州人民政府). */
const LEVEL_BEFORE_BODY = /^(自治区|区|县|市|省|州|旗)/;

/**
 * A short place name that several places share, read by the level word written after it
 * before a body (文山市委 → 文山市, where 文山 alone may be the 州 or the 市): a
 * place candidate that takes in the level word, for the one place of that level.
 */
export function placesNamedByLevel(text: string, places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const place of places) {
    if (!place.places || place.places.length < 2) continue;
    const body = BODY_AFTER_PLACE.exec(text.slice(place.end, place.end + 8));
    const level = body && LEVEL_BEFORE_BODY.exec(body[0])?.[1];
    if (!level || place.name.endsWith(level)) continue;
    const fitting = place.places.filter((r) => r.place.name === place.text + level || (r.short && r.place.name.endsWith(level)));
    if (fitting.length !== 1) continue;
    const reading = fitting[0]!.place;
    const end = place.end + level.length;
    found.push(candidate({ ...place, end, text: text.slice(place.start, end), type: reading.type, name: reading.name, places: [{ place: reading, short: reading.name !== text.slice(place.start, end) }] }));
  }
  return found;
}

/** The full name of a body: 鼓楼区 + 委 → 鼓楼区委, 宁夏回族自治区 + 区党委 → 宁夏回族自治区党委. */
function bodyName(place: string, body: string): string {
  if (/政府$/.test(body)) return `${place}人民政府`;
  if (/委$/.test(body)) return /自治区$/.test(place) || /党委$/.test(body) ? `${place}党委` : `${place}委`;
  return `${place}${body}`;
}

function bareProvincialBodies(text: string, places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const provinces = new Set(places.filter((p) => p.type === "province").map((p) => p.name));
  const autonomous = [...provinces].filter((name) => name.endsWith("自治区"));
  const ordinary = [...provinces].filter((name) => name.endsWith("省"));
  for (const match of text.matchAll(/(?<![\p{Script=Han}])(自治区|省)(党委|委|人民政府|政府)(?![员会])/gu)) {
    const candidates = match[1] === "自治区" ? autonomous : ordinary;
    if (candidates.length !== 1) continue;
    const province = candidates[0]!;
    found.push(government(text, match.index, match.index + match[0].length, bodyName(province, match[2]!), 0.8));
  }
  return found;
}

function government(text: string, start: number, end: number, name: string, confidence = 0.9): Candidate {
  return candidate({ start, end, text: text.slice(start, end), type: "government", name, priority: 6, confidence });
}
