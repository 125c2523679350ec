import type { Token } from "../segment/index.js";
import { candidate, type Candidate } from "./candidate.js";

/** What follows a medium's name in a byline or a credit: its reporter, its report, its news flash. */
const AFTER_MEDIUM = /^(?:记者|通讯员|报道|讯|消息|客户端|网)/;
/** Words that make a place's name a medium's: 甲县新闻, 甲县融媒, 甲市发布 (a government's news account), 甲头条. */
const MEDIUM_WORD = /^(?:新闻|融媒|发布|头条)/;

/** A place's name written in full, with its level (甲市, 乙县, 丙区). */
const FULL_PLACE = /[省市县区州旗盟镇乡]$/;

/**
 * Media named by a place and a word of the trade that jieba fuses with the next word (泰来/ns 新闻记者/n,
 * 甲市/ns 发布/v 消息/n), and apps named by a word and a plus (北疆+记者): organisations (GUIDELINES,
 * media in bylines). Only right before a reporter, a report or a flash, where the words name a medium.
 */
export function findMediaBeforeRoles(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.tag !== "ns" || token.word.length < 2) continue;
    const word = MEDIUM_WORD.exec(text.slice(token.end, token.end + 2))?.[0];
    if (!word || !AFTER_MEDIUM.test(text.slice(token.end + word.length, token.end + word.length + 3))) continue;
    // 甲发布 is an account named by the place's short form; 甲市发布消息 is the city announcing something.
    if (word === "发布" && FULL_PLACE.test(token.word)) continue;
    const name = token.word + word;
    found.push(candidate({ start: token.start, end: token.end + word.length, text: name, type: "organization", name, priority: 4, confidence: 0.7 }));
  }
  for (const match of text.matchAll(/(?<![\p{Script=Han}])(\p{Script=Han}{2,4})\+(?=的?记者|客户端|新闻|报道|讯)/gu)) {
    const name = `${match[1]}+`;
    found.push(candidate({ start: match.index, end: match.index + name.length, text: name, type: "organization", name, priority: 4, confidence: 0.7 }));
  }
  return found;
}
