import type { Gazetteer, Place } from "../gazetteer/index.js";
import { GENERIC_MODIFIERS, NAME_WORDS } from "../lexicons/name-words.js";
import { ORGANIZATION_HEADS, ORGANS, type OrganizationHead } from "../lexicons/organization-heads.js";
import { TITLES } from "../lexicons/titles.js";
import type { Token } from "../segment/index.js";
import { tokenPositions, type TokenPositions } from "../segment/token-positions.js";
import { candidate, type Candidate } from "./candidate.js";
import { WordIndex } from "./word-index.js";

/** The level words a body is named by when its place goes without saying (县委, 区人民医院, 街道党工委). */
const LEVELS: { word: string; fits: (place: Place) => boolean }[] = [
  { word: "街道", fits: (p) => p.type === "town" && p.name.endsWith("街道") },
  { word: "区", fits: (p) => p.type === "district" },
  { word: "县", fits: (p) => p.type === "county" && p.name.endsWith("县") },
  { word: "市", fits: (p) => (p.type === "city" || p.type === "county") && p.name.endsWith("市") },
  { word: "州", fits: (p) => p.type === "city" && p.name.endsWith("州") },
  { word: "旗", fits: (p) => p.type === "county" && p.name.endsWith("旗") },
  { word: "省", fits: (p) => p.type === "province" && p.name.endsWith("省") },
  { word: "镇", fits: (p) => p.type === "town" && p.name.endsWith("镇") },
  { word: "乡", fits: (p) => p.type === "town" && p.name.endsWith("乡") },
];
const LEVEL_INDEX = new WordIndex(LEVELS.map((l) => l.word), (word) => LEVELS.find((l) => l.word === word)!);

/** A body named by the level word alone: 委, 党委, 政府, 政协, 纪委… and the offices of a committee (委办公室). */
const BODY = /^(?:党工委|党委|委(?![员会托])|人民政府|政府|政协|人大常委会|人大|纪委|监委)(?:办公室|宣传部|组织部|统战部|政法委)?/;
const BODY_HEADS: ReadonlySet<string> = new Set(["government", "hospital", "school", "park", "organization"]);
const HEAD_INDEX = new WordIndex(
  ORGANIZATION_HEADS.filter((h) => BODY_HEADS.has(h.type)).map((h) => h.word),
  (word) => ORGANIZATION_HEADS.find((h) => h.word === word)!,
);
const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
/** Tags of the words of a department's name between the level word and its head (教育, 疾控, 特殊教育, 人民). */
const DEPARTMENT_TAGS = /^(?:n|vn|j|l|nz|b|an|ng|nt|a)$/;
/** Characters that, fused with the level word by jieba (有区, 在县), are no part of the name. */
const FUSED_BEFORE = /^[有在与和是对向从由为把将及或据经]$/;
const MAX_DEPARTMENT_TOKENS = 4;
/** Words before a level word that make it plural (两省, 各县, 三市). */
const SEVERAL = /(?:[两各三四五六七八九十几多双]|\d)(?:省|市|县|区|州|地)?$/;

interface Anchor {
  start: number;
  end: number;
  place: Place;
  /** The name is that of several places: `place` is the first, its code no clue to the article's province. */
  shared?: true;
}

/**
 * Bodies named without their place, which the article's context supplies (GUIDELINES,
 * "abbreviated bodies"): 县委 and 县政府 in an article on a county, 区纪委, 区人民医院,
 * 区疾控中心, 县特殊教育学校, 街道党工委. The place is the nearest one of that level named
 * before in the same paragraph, else the one of that level the article names most.
 * A body right after its place written short (凤凰县教育局 after 凤凰) is named in full too.
 * A place read inside a person's name (永清 in 周永清) is no place the article names.
 */
export function findAbbreviatedBodies(
  text: string,
  tokens: Token[],
  places: Candidate[],
  persons: readonly Candidate[] = [],
  gazetteer?: Gazetteer,
): Candidate[] {
  const anchors = placeAnchors(places).filter((a) => !persons.some((p) => p.start <= a.start && a.end <= p.end && p.end - p.start > a.end - a.start));
  if (anchors.length === 0) return [];
  const impliedProvince = gazetteer ? provinceOfAll(anchors, gazetteer) : undefined;
  const endingAt = new Map<number, Anchor>();
  for (const anchor of anchors) endingAt.set(anchor.end, anchor);
  const tokenAt = tokenPositions(tokens);
  const found: Candidate[] = [];
  // 北辰区纪委, 福田区疾控中心: a place written in full, then its body.
  for (const anchor of anchors) {
    const level = LEVELS.find((l) => anchor.place.name.endsWith(l.word) && text.startsWith(l.word, anchor.end - l.word.length));
    if (!level) continue;
    const body = bodyEndAfter(text, tokenAt, anchor.end);
    // Schools, hospitals and sites after a place are the organisation finder's (隆安县香蕉交易中心).
    if (!body || !body.plain) continue;
    const rest = text.slice(anchor.end, body.end);
    found.push(candidate({ start: anchor.start, end: body.end, text: text.slice(anchor.start, body.end), type: body.type, name: fullName(anchor.place, rest), priority: 5, confidence: 0.85 }));
    found.push(...departmentsListedAfter(text, tokenAt, anchor.place, body.end));
  }
  for (const start of levelStarts(text, tokens)) {
    const level = LEVEL_INDEX.longestAt(text, start);
    // 两省省委, 各县政府: a body of several places is none of them.
    if (!level || SEVERAL.test(text.slice(Math.max(0, start - 3), start))) continue;
    const bodyEnd = bodyEndAfter(text, tokenAt, start + level.word.length);
    if (bodyEnd === undefined) continue;
    const written = endingAt.get(start);
    const rest = text.slice(start + level.word.length, bodyEnd.end);
    // 市委书记张三 where the article names 甲市委书记李四: a post has one holder, so this 市委 is another city's.
    const fits = (p: Place) => level.value.fits(p) && !heldByAnother(text, p, rest, bodyEnd.end);
    // 省委副书记、甲市委书记 in an article whose places all lie in one province that it does not name:
    // that province's, but only when the title chains on to a body of one of its places. A bare 省委常委
    // (率团到乙州考察) is as often the visiting eastern province's as the host's.
    const implied =
      impliedProvince && fits(impliedProvince) && !anchors.some((a) => a.place.level === "province") && chainsToPlaceOf(text, anchors, impliedProvince, bodyEnd.end)
        ? impliedProvince
        : undefined;
    const place = written && level.value.fits(written.place) ? written.place : (placeFor(anchors, fits, text, start) ?? implied);
    if (!place) continue;
    const spanStart = written && written.place === place ? written.start : start;
    // 团县委, 团区委: the Youth League's committee of the place, an organisation (GUIDELINES: 共青团), not its party committee.
    if (rest === "委" && text[start - 1] === "团" && spanStart === start) {
      found.push(candidate({ start: start - 1, end: bodyEnd.end, text: text.slice(start - 1, bodyEnd.end), type: "organization", name: `${place.name}团${level.value.word}委`, priority: 5, confidence: 0.75 }));
      continue;
    }
    found.push(candidate({
      start: spanStart,
      end: bodyEnd.end,
      text: text.slice(spanStart, bodyEnd.end),
      type: bodyEnd.type,
      name: (!bodyEnd.plain && writtenElsewhere(text, anchors, place, level.value.word, rest)) || fullName(place, rest),
      priority: 5,
      // The place comes from the article's context, not from the words themselves.
      confidence: spanStart === start ? 0.75 : 0.85,
    }));
  }
  return found;
}

/**
 * The place of the first body governs the departments listed after it (杭州市协作办、卫健委、
 * 文旅局、教育局 → 杭州市卫健委, 杭州市文旅局, 杭州市教育局), as GUIDELINES' lists say.
 */
function departmentsListedAfter(text: string, tokenAt: TokenPositions, place: Place, end: number): Candidate[] {
  const found: Candidate[] = [];
  for (let at = end; text[at] === "、" || text[at] === "和" || text[at] === "及"; ) {
    const body = bodyEndAfter(text, tokenAt, at + 1);
    if (!body || !body.plain || body.end - at - 1 > 8) break;
    const surface = text.slice(at + 1, body.end);
    // 甲区商务局、区农业农村局: the level word written again is the place's own, not part of the department.
    const level = LEVELS.find((l) => surface.startsWith(l.word) && place.name.endsWith(l.word) && l.fits(place));
    const rest = level ? surface.slice(level.word.length) : surface;
    found.push(candidate({ start: at + 1, end: body.end, text: surface, type: body.type, name: fullName(place, rest), priority: 5, confidence: 0.7 }));
    at = body.end;
  }
  return found;
}

/** 省委副书记、甲市委书记: a title after the body, then 、 and a place of the province opening the next post. */
function chainsToPlaceOf(text: string, anchors: Anchor[], province: Place, from: number): boolean {
  const title = /^\p{Script=Han}{1,6}?、/u.exec(text.slice(from, from + 8));
  if (!title) return false;
  const next = from + title[0].length;
  return anchors.some((a) => a.start === next && !a.shared && a.place.code.startsWith(province.code.slice(0, 2)));
}

/** The one province every place of the article lies in (甲市 and 乙市 of one province), if there is one. */
function provinceOfAll(anchors: Anchor[], gazetteer: Gazetteer): Place | undefined {
  const codes = new Set(anchors.filter((a) => !a.shared).map((a) => a.place.code.slice(0, 2)));
  return codes.size === 1 ? gazetteer.byCode.get([...codes][0]!) : undefined;
}

/**
 * Place mentions that name one place, in text order: one gazetteer reading, or several places of
 * one name and type (铁东区 of two cities, 鼓楼区 of four), which name a body alike (铁东区人民医院)
 * and stand for the first of them (`shared`: its code says nothing of where the article is).
 */
function placeAnchors(places: Candidate[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const p of places) {
    const readings = p.places ?? [];
    const first = readings[0]?.place;
    // Several readings of a short form (朝阳 of 朝阳区 and 朝阳县) are no one name.
    if (!first || (readings.length > 1 && !readings.every((r) => r.place.name === first.name && r.place.type === first.type && !r.short))) continue;
    anchors.push({ start: p.start, end: p.end, place: first, ...(readings.length > 1 ? { shared: true } : {}) });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** Offsets where a level word may start a body: token starts, and after a fused function character (有区政协). */
function levelStarts(text: string, tokens: Token[]): number[] {
  const starts: number[] = [];
  for (const token of tokens) {
    starts.push(token.start);
    if (token.word.length >= 2 && FUSED_BEFORE.test(token.word[0]!) && LEVEL_INDEX.longestAt(text, token.start + 1)) starts.push(token.start + 1);
  }
  return starts;
}

/** Where the body after a level word ends, and its type: 委/政府/政协… or a department ending in an organisation head. */
function bodyEndAfter(
  text: string,
  tokenAt: TokenPositions,
  from: number,
): { end: number; type: Candidate["type"]; plain: boolean } | undefined {
  const body = BODY.exec(text.slice(from, from + 10));
  if (body) return { end: from + body[0].length, type: "government", plain: true };
  // A department: a jieba word starts after the level word (区/n 疾控中心/n), then words of a name up to a head.
  let best: { end: number; head: OrganizationHead } | undefined;
  let at = from;
  // 县人社/x 局局长: jieba fused the level word with an abbreviation it does not know; the department goes on after it.
  const fused = tokenAt.get(from - 1);
  if (!tokenAt.has(from) && fused && fused.tag === "x" && fused.end > from && fused.end - from <= 3) at = fused.end;
  for (let count = 0; count < MAX_DEPARTMENT_TOKENS; count++) {
    const token = tokenAt.get(at);
    if (!token || TITLE_SET.has(token.word) || !/^\p{Script=Han}+$/u.test(token.word)) break;
    const head = HEAD_INDEX.longestEndingAt(text, token.end);
    // 区人民医院党委: the hospital's organ; the body named is the hospital.
    if (head && best && best.head.type !== "government" && ORGANS.has(head.word)) break;
    if (head && token.end - head.word.length >= from) best = { end: token.end, head: head.value };
    // 发改/x 局局长: the head opens the next word, the title ends it.
    const split = at > from ? headBeforeTitle(text, token) : undefined;
    if (split && !best) best = split;
    if (split) break;
    if (GENERIC_MODIFIERS.has(token.word) || (!DEPARTMENT_TAGS.test(token.tag) && token.tag !== "x" && !NAME_WORDS.has(token.word))) break;
    at = token.end;
  }
  if (!best) return undefined;
  // 区人民医院 and 县医院 are bodies; 区中心 and 县基地 say where, not who.
  const bare = best.end - from === best.head.word.length;
  if (bare && (best.head.type === "park" || best.head.word.length < 2)) return undefined;
  // A level word's centre is a public body (区疾控中心, 市林业发展中心), not a site.
  const centre = best.head.type === "park" && best.head.word.endsWith("中心");
  return { end: best.end, type: centre ? "government" : best.head.type, plain: best.head.type === "government" };
}

/** A word that is a head and then a title (局局长, 办主任): the head's end, where the department ends. */
function headBeforeTitle(text: string, token: Token): { end: number; head: OrganizationHead } | undefined {
  for (let cut = 1; cut < token.word.length; cut++) {
    if (!TITLE_SET.has(token.word.slice(cut))) continue;
    const head = HEAD_INDEX.longestEndingAt(text, token.start + cut);
    if (head && head.word.length === cut && head.value.type === "government") return { end: token.start + cut, head: head.value };
  }
  return undefined;
}

/**
 * The name the article itself gives a school, hospital or site of `place` somewhere (沿河县人民医院,
 * then 县人民医院 for the same): the organisation finder reads that one as written, so the short
 * mention names the same entity rather than a second one under the place's full name.
 */
function writtenElsewhere(text: string, anchors: Anchor[], place: Place, levelWord: string, rest: string): string | undefined {
  for (const anchor of anchors) {
    if (anchor.place !== place) continue;
    const surface = text.slice(anchor.start, anchor.end);
    const name = surface.endsWith(levelWord) ? `${surface}${rest}` : `${surface}${levelWord}${rest}`;
    if (text.includes(name)) return name;
  }
  return undefined;
}

/** The place a level word stands for: the nearest fitting one before it in the paragraph, else the article's most named. */
function placeFor(anchors: Anchor[], fits: (place: Place) => boolean, text: string, at: number): Place | undefined {
  const fitting = anchors.filter((a) => fits(a.place));
  if (fitting.length === 0) return undefined;
  const paragraphStart = text.lastIndexOf("\n", at) + 1;
  for (let i = fitting.length - 1; i >= 0; i--) {
    const anchor = fitting[i]!;
    if (anchor.end <= at && anchor.start >= paragraphStart) return anchor.place;
  }
  const counts = new Map<string, { place: Place; count: number; first: number }>();
  for (const anchor of fitting) {
    const entry = counts.get(anchor.place.code) ?? { place: anchor.place, count: 0, first: anchor.start };
    entry.count++;
    counts.set(anchor.place.code, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  if (ranked.length > 1 && ranked[0]!.count === ranked[1]!.count) return undefined; // two places named as often: no telling
  return ranked[0]!.place;
}

/** The first two characters of a name, when a name of two or more Han characters follows. */
const NAME_START = /^\p{Script=Han}{2}/u;

/**
 * Whether the post written after an abbreviated body (市委 + 书记 + 张三) is held in the article
 * by someone else at `place` (甲市委书记李四): then the body is not `place`'s. Only the one-holder
 * posts: the secretary of a party committee.
 */
function heldByAnother(text: string, place: Place, rest: string, end: number): boolean {
  if (!/^(?:党工委|党委|委)$/.test(rest) || !text.startsWith("书记", end)) return false;
  const holder = NAME_START.exec(text.slice(end + 2, end + 4))?.[0];
  if (!holder) return false;
  const full = `${place.name}${rest}书记`;
  for (let at = text.indexOf(full); at >= 0; at = text.indexOf(full, at + 1)) {
    const other = NAME_START.exec(text.slice(at + full.length, at + full.length + 2))?.[0];
    if (other && other !== holder) return true;
  }
  return false;
}

/** 凤凰县 + 委 → 凤凰县委, + 政府 → 凤凰县人民政府, + 疾控中心 → 福田区疾控中心; an autonomous region's 委 is its 党委. */
function fullName(place: Place, rest: string): string {
  if (/^政府/.test(rest)) return `${place.name}人民${rest}`;
  if (/^委/.test(rest) && place.name.endsWith("自治区")) return `${place.name}党${rest}`;
  return `${place.name}${rest}`;
}
