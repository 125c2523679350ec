import { surnameLength } from "../lexicons/surnames.js";
import { TITLES } from "../lexicons/titles.js";
import type { Token } from "../segment/index.js";
import { WordIndex } from "./word-index.js";

const TITLE_INDEX = new WordIndex(TITLES);
/** What ends a village's name (甲村, 乙屯, 丙社区, 丁嘎查). */
const VILLAGE_SUFFIX = /^(?:村|屯|社区|嘎查|寨)/;

/**
 * jieba sometimes reads the last character of a title and the surname after it as a place (院/n 长葛/ns 长青,
 * 学校/n 长宁/ns 志强: 院长葛长青, 校长宁志强): a false 长葛市, and no person. When a title ends one character
 * into such a place word and a surname starts right there, the title and the name are cut back apart.
 */
export function splitTitlesFusedWithNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (token.tag !== "ns" || token.word.length < 2 || previous.end !== token.start) continue;
    const title = TITLE_INDEX.longestEndingAt(text, token.start + 1, previous.start);
    if (!title || title.word.length < 2 || surnameLength(text.slice(token.start + 1, token.end + 2)) === 0) continue;
    // 柳沟镇/ns 长安/ns 村: a village's name after its town, not 镇长 and a person 安.
    if (VILLAGE_SUFFIX.test(text.slice(token.end, token.end + 2))) continue;
    const titleStart = token.start + 1 - title.word.length;
    const parts: Token[] = [];
    if (titleStart > previous.start) parts.push({ word: text.slice(previous.start, titleStart), tag: previous.tag, start: previous.start, end: titleStart });
    parts.push({ word: title.word, tag: "nnt", start: titleStart, end: token.start + 1 });
    parts.push({ word: token.word.slice(1), tag: "nr", start: token.start + 1, end: token.end });
    out ??= tokens.slice();
    out.splice(out.indexOf(previous), 2, ...parts);
  }
  return out ?? tokens;
}
