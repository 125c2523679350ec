import type { Token } from "../segment/index.js";
import { candidate, type Candidate } from "./candidate.js";

/** Company heads that a short form keeps after the firm's own name (丰源公司 for 广东丰源服装有限公司). */
const SHORT_COMPANY = /^(\p{Script=Han}{2,4})(?:公司|集团)$/u;

/**
 * Names the article shortens once it has given them in full become the full name, so both
 * forms are one entity: a name without its leading places (新港小学 after 广州市海珠区新港小学,
 * 核桃产业示范区 after 凤山县核桃产业示范区), a name whose leading place is written short
 * (涿州绿野农场 and 涿州市绿野农场), and a firm by its own name and a bare 公司 (丰源公司 after
 * 广东揭阳丰源公司). When several full names fit, the nearest one before the short form wins.
 */
export function joinShortForms(selected: Candidate[], all: Candidate[]): Candidate[] {
  const placeSpans = all.filter((c) => c.places?.length);
  const named = selected.filter((c) => !c.places && c.type !== "person");
  const keyOf = new Map<Candidate, string>();
  for (const c of named) keyOf.set(c, placeKey(c, placeSpans));
  // The full form may be shortened itself (华电集团 → 中国华电集团 → 中国华电集团有限公司): follow it to the fullest;
  // each step is to a longer name, so the chain ends.
  const fullest = new Map<Candidate, string>();
  const fullestName = (b: Candidate): string => {
    const known = fullest.get(b);
    if (known !== undefined) return known;
    const fuller = named.filter((a) => a !== b && a.type === b.type && a.name !== b.name && a.name.length > b.name.length && fullFormOf(a, b, keyOf, placeSpans));
    const before = fuller.filter((a) => a.end <= b.start);
    const chosen = before.length > 0 ? before[before.length - 1]! : fuller[0];
    const name = chosen ? fullestName(chosen) : b.name;
    fullest.set(b, name);
    return name;
  };
  return selected.map((b) => {
    if (b.places || b.type === "person") return b;
    const name = fullestName(b);
    return name === b.name ? b : { ...b, name };
  });
}

function fullFormOf(a: Candidate, b: Candidate, keyOf: Map<Candidate, string>, placeSpans: Candidate[]): boolean {
  if (a.name.endsWith(b.name) && coveredByPlaces(a.start, a.start + a.name.length - b.name.length, placeSpans)) return true;
  if (keyOf.get(a) === keyOf.get(b)) return true;
  // 甲集团 after 甲集团有限公司: a group written without its registered form is the same firm.
  if (b.type === "company" && b.name.endsWith("集团") && a.name.startsWith(b.name) && REGISTERED_FORM.test(a.name.slice(b.name.length))) return true;
  const short = b.type === "company" ? SHORT_COMPANY.exec(b.name) : null;
  if (!short) return false;
  // The firm's own name must be what stands before its trade and head (丰源 in 黔西丰源服装有限公司),
  // not a word inside a longer name (粤康 in 西藏粤康藏药产业有限公司 is another firm).
  const at = a.name.lastIndexOf(short[1]!);
  return at >= 0 && FIRM_TAIL.test(a.name.slice(at + short[1]!.length));
}

/** The registered form a group's full name ends with (甲集团有限公司, 乙集团股份有限公司). */
const REGISTERED_FORM = /^(?:有限公司|股份有限公司|有限责任公司)$/;

/** What follows a firm's own name in its full name: a trade of up to two characters and a head. */
const FIRM_TAIL = /^\p{Script=Han}{0,2}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|公司)$/u;

/** Whether [start, end) is made of place mentions end to end (广州市天河区). */
function coveredByPlaces(start: number, end: number, placeSpans: Candidate[]): boolean {
  if (end <= start) return false;
  let at = start;
  while (at < end) {
    const next = placeSpans.find((p) => p.start === at && p.end <= end);
    if (!next) return false;
    at = next.end;
  }
  return true;
}

/** The name with each leading place replaced by its code: 涿州绿野农场 and 涿州市绿野农场 get one key. */
function placeKey(c: Candidate, placeSpans: Candidate[]): string {
  let at = c.start;
  const codes: string[] = [];
  for (;;) {
    const place = placeSpans.find((p) => p.start === at && p.end < c.end && p.places!.length === 1);
    if (!place) break;
    codes.push(place.places![0]!.place.code);
    at = place.end;
  }
  return codes.length ? `${codes.join("+")}|${c.text.slice(at - c.start)}` : c.name;
}

/** Tags of a firm's own name inside its full name: words jieba does not know, brands, abbreviations. */
const BRAND_TAGS = /^(?:x|nz|j|nrt)$/;

/**
 * A firm's own name used alone after its full name (鑫星泰 for 珠海鑫星泰电器有限公司): the
 * words of the full name after its places that jieba does not know as common words are the
 * firm wherever they stand again as words of their own outside other names.
 */
export function firmNamesAlone(selected: Candidate[], all: Candidate[], tokens: Token[]): Candidate[] {
  const placeSpans = all.filter((c) => c.places?.length);
  const covered = new Uint8Array(Math.max(0, ...tokens.map((t) => t.end)) + 1);
  for (const c of selected) covered.fill(1, c.start, c.end);
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (const firm of selected) {
    if (firm.type !== "company" || firm.nested || !/(?:有限公司|有限责任公司|股份公司|集团)$/.test(firm.name)) continue;
    let at = firm.start;
    for (let place = placeSpans.find((p) => p.start === at && p.end < firm.end); place; place = placeSpans.find((p) => p.start === at && p.end < firm.end)) at = place.end;
    const own = ownName(tokens, at, firm.end);
    if (!own || seen.has(own)) continue;
    seen.add(own);
    // Wherever the same words stand again (jieba splits 鑫/nr 星泰/x the same way each time), outside other names.
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens[i]!.start;
      let end = start;
      let j = i;
      while (j < tokens.length && tokens[j]!.start === end && end - start < own.length) end = tokens[j++]!.end;
      if (end - start !== own.length || covered[start] || covered[end - 1]) continue;
      const text = tokens.slice(i, j).map((t) => t.word).join("");
      if (text === own) found.push(candidate({ start, end, text, type: "company", name: firm.name, priority: 3, confidence: 0.6 }));
    }
  }
  return found;
}

/**
 * The firm's own name inside its full name from `at`: the words jieba does not know or tags as a
 * brand or a name (浩宇/x; 鑫/nr 星泰/x) up to the first common word (电器, 科技), 2 to 4 characters.
 */
function ownName(tokens: Token[], at: number, end: number): string | undefined {
  let name = "";
  let brand = false;
  for (const token of tokens) {
    if (token.start < at) continue;
    if (token.start !== at + name.length || token.end >= end || !(BRAND_TAGS.test(token.tag) || token.tag === "nr")) break;
    name += token.word;
    brand ||= BRAND_TAGS.test(token.tag);
  }
  return brand && name.length >= 2 && name.length <= 4 ? name : undefined;
}
