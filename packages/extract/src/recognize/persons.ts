import { REPORTING_VERBS, TITLES } from "../lexicons/titles.js";
import { surnameLength } from "../lexicons/surnames.js";
import type { Token } from "../segment/index.js";
import type { Candidate } from "./candidate.js";
import { AFTER_NAME, isHan } from "./chars.js";

const TITLES_LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length);
const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
/** Titles written after the name (杨国强总书记, 张三同志). */
const TITLES_AFTER_NAME = ["总书记", "同志", "先生", "女士", "院士", "教授"];
/** jieba tags of a word that can be a person's name (HMM-found unknown words are `x`). */
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/** Tags of single characters that never start a name (prepositions, adverbs, particles, verbs…). */
const FUNCTION_TAGS = /^(?:p|c|d|u|uj|ul|uz|ug|uv|v|vd|r|m|q|f|y|e|o|ad)$/;

/**
 * People: a name after a title (区委书记王建军, 记者 蒙小燕), before a reporting verb
 * (赵国平说) or a trailing title (杨国强总书记), and the names of a byline in brackets
 * ((覃明理 沈 永 黄海)). Every name starts with a known surname.
 */
export function findPersons(text: string, tokens: Token[]): Candidate[] {
  const tokenAt = new Map<number, Token>();
  for (const token of tokens) tokenAt.set(token.start, token);
  const found: Candidate[] = [];
  const add = (start: number, name: string, surface = name) =>
    found.push({ start, end: start + surface.length, text: surface, type: "person", name, priority: 5 });

  for (const title of titleEnds(text)) {
    const start = text[title] === " " || text[title] === "\u3000" ? title + 1 : title;
    const name = nameAt(text, tokenAt, start, false);
    if (name) add(start, name);
  }
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    // 刘/zg 长庚/nrt 表示: jieba may split a surname from its given name.
    if (token.word.length === 1 && surnameLength(token.word) === 1 && next && /^(?:nr|nrt|nrfg)$/.test(next.tag) && next.word.length <= 2) {
      const name = token.word + next.word;
      const rest = text.slice(next.end, next.end + 3);
      if (REPORTING_VERBS.some((verb) => rest.startsWith(verb))) add(token.start, name);
    }
    if (!NAME_TAGS.test(token.tag)) continue;
    const after = text.slice(token.end, token.end + 3);
    const name = nameAt(text, tokenAt, token.start, true);
    if (!name) continue;
    const rest = text.slice(token.start + name.length, token.start + name.length + 3);
    if (REPORTING_VERBS.some((verb) => rest.startsWith(verb)) || TITLES_AFTER_NAME.some((t) => rest.startsWith(t))) {
      if (!isHan(text[token.start - 1]) || /[，。、：:“的]$/.test(text[token.start - 1] ?? "") || after) add(token.start, name);
    }
  }
  for (const byline of bylineNames(text)) add(byline.start, byline.name, byline.surface);
  for (const start of afterOrganizationOf(text)) {
    const name = nameAt(text, tokenAt, start, true);
    if (name) add(start, name);
  }
  return found;
}

/** 人民医院的李华, 有限公司的李明: a name right after an organisation head and 的. */
function afterOrganizationOf(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/(?:医院|卫生院|公司|集团|学校|小学|中学|大学|政府|办公室|局|报社?)的/g)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Offsets right after each title in the text. */
function titleEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const title = TITLES_LONGEST_FIRST.find((t) => text.startsWith(t, i));
    if (!title) continue;
    ends.push(i + title.length);
    i += title.length - 1;
  }
  return ends;
}

/**
 * The person's name starting at `start`, or undefined: a surname and one or two more
 * characters, as jieba's word there says, cut back when the third character belongs
 * to the sentence (刘长庚率 → 刘长庚).
 */
function nameAt(text: string, tokenAt: Map<number, Token>, start: number, requireNameTag: boolean): string | undefined {
  const surname = surnameLength(text.slice(start));
  if (surname === 0) return undefined;
  const token = tokenAt.get(start);
  if (requireNameTag && (!token || !NAME_TAGS.test(token.tag))) return undefined;
  let length: number;
  const next = token ? tokenAt.get(token.end) : undefined;
  if (token && token.word.length === surname && next && /^(?:nr|nrt|nrfg)$/.test(next.tag) && next.word.length <= 2) {
    // 张/q 荣华/nr: jieba took the surname for a measure word, the given name it knows.
    return text.slice(start, next.end);
  }
  if (token && NAME_TAGS.test(token.tag) && token.word.length >= surname + 1 && token.word.length <= surname + 2) {
    length = token.word.length;
  } else if (token && (token.word.length > 1 || FUNCTION_TAGS.test(token.tag)) && !NAME_TAGS.test(token.tag)) {
    return undefined; // a dictionary word (高度, 向记者) or a function word (从县里) is not a name
  } else {
    length = surname + (isHan(text[start + surname + 1]) && !AFTER_NAME.has(text[start + surname + 1]!) ? 2 : 1);
  }
  // 田祖明说, 和志强介绍: jieba cut the name short before a reporting verb; take the third character.
  const rest = text.slice(start + length, start + length + 4);
  if (length === surname + 1 && isHan(rest[0]) && !AFTER_NAME.has(rest[0]!) && REPORTING_VERBS.some((verb) => rest.startsWith(verb, 1))) length++;
  const name = text.slice(start, start + length);
  if (name.length === surname + 2 && AFTER_NAME.has(name[name.length - 1]!)) return name.slice(0, -1);
  if (![...name].every(isHan) || name.length < 2) return undefined;
  return name;
}

/** Names of a byline in brackets, e.g. (覃明理 沈 永 黄海), where one-character pieces pair up. */
function bylineNames(text: string): { start: number; name: string; surface: string }[] {
  const found: { start: number; name: string; surface: string }[] = [];
  for (const match of text.matchAll(/[（(]((?:记者|通讯员)?[\s\u3000]*\p{Script=Han}{1,3}(?:[\s\u3000]+\p{Script=Han}{1,3})+)[）)]/gu)) {
    const inner = match[1]!.replace(/^(?:记者|通讯员)/, "");
    const offset = match.index + 1 + (match[1]!.length - inner.length);
    const pieces = [...inner.matchAll(/\p{Script=Han}+/gu)];
    const names: { start: number; name: string; surface: string }[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (TITLE_SET.has(piece[0])) continue; // (记者 杨光明 通讯员 李华)
      const next = pieces[i + 1];
      if (piece[0].length === 1 && next && next[0].length <= 2) {
        const surface = inner.slice(piece.index, next.index + next[0].length);
        names.push({ start: offset + piece.index, name: piece[0] + next[0], surface });
        i++;
      } else {
        names.push({ start: offset + piece.index, name: piece[0], surface: piece[0] });
      }
    }
    if (names.every((n) => n.name.length >= 2 && n.name.length <= 3 && surnameLength(n.name) > 0)) found.push(...names);
  }
  return found;
}
