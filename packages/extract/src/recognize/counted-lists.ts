import { DESCRIPTIVE_WORDS, GENERIC_MODIFIERS } from "../lexicons/name-words.js";
import { candidate, type Candidate } from "./candidate.js";

/**
 * Bare names of two characters joined by 、/和/及/与, a count and one head (甲和乙两所小学, 甲、乙、丙三家
 * 卫生院). Read on characters, as jieba cuts unknown names in such lists apart (选/定海/嘎/和龙/场).
 */
const COUNTED_LIST = /((?:\p{Script=Han}{2}[、和及与])+\p{Script=Han}{2})(?:两|三|四|五|六|七|八|九|十|\d+)(?:所|家)(小学|中学|学校|幼儿园|医院|卫生院)/gu;
const HEAD_TYPE: Record<string, Candidate["type"]> = { 小学: "school", 中学: "school", 学校: "school", 幼儿园: "school", 医院: "hospital", 卫生院: "hospital" };

/**
 * Schools and hospitals named in a list of bare names that one counted head ends (甲和乙两所小学 →
 * 甲小学, 乙小学), as GUIDELINES' lists read a head that governs every member. A name that is an
 * everyday word (城区和农村两所学校) makes none.
 */
export function findCountedLists(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(COUNTED_LIST)) {
    const head = match[2]!;
    const names: { start: number; word: string }[] = [];
    for (let at = 0; at < match[1]!.length; at += 3) names.push({ start: match.index + at, word: match[1]!.slice(at, at + 2) });
    if (names.some((n) => isEverydayWord(n.word))) continue;
    for (const { start, word } of names) found.push(candidate({ start, end: start + 2, text: word, type: HEAD_TYPE[head]!, name: word + head, priority: 3, confidence: 0.6 }));
  }
  return found;
}

/** Words that describe schools or hospitals rather than name them (城区和农村两所学校, 公办和民办两所幼儿园). */
const DESCRIBING: ReadonlySet<string> = new Set([...DESCRIPTIVE_WORDS, ...GENERIC_MODIFIERS, "城区", "城镇", "城乡", "公办", "民办", "市区", "县城", "山区", "城里", "乡下", "镇上", "村里", "东西", "南北", "上下", "左右"]);

/** A word of the language rather than a name: a describing word, or a place's level word at its end (甲县, 乙村). */
function isEverydayWord(word: string): boolean {
  return DESCRIBING.has(word) || /[区村镇乡县市省州]$/.test(word);
}
