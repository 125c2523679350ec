import type { ResolvedMention } from "../mention.js";
import { findAmounts } from "./amounts.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { fundsMentions, GIVER_TYPES, RECEIVER_TYPES } from "./funds.js";
import { listAfter } from "./pairs.js";

/** 设立“甲奖学金”, 设立专项助学金, 捐资设立教育发展基金: a fund set up for students or a school. */
const FUND_SET_UP = /(?:设立|设置|捐设|成立)了?[^，,。；]{0,16}?(?:奖学金|助学金|奖教金|奖助学金|基金)/g;

/** Words that mark the place or school a fund is set up at or for: 在乙校, 为乙县, 向乙小学, 与乙中学签订. */
const AT_RECEIVER = /(?:在|为|向|给|与|同|和)$/;

/**
 * `funds` of a scholarship or a grant set up at a school or a place: 甲公司在乙中学设立奖学金,
 * 甲会出资50万元，设立乙小学助学金, 甲公司与乙中学签订协议，设立奖学金. The giver is the actor
 * the sentence opens with; the receiver the one marked by 在/为/向/与 before the fund, else the
 * school or place its name opens with.
 */
export function findScholarships(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = fundsMentions(ctx, index);
    for (const match of sentence.text.matchAll(FUND_SET_UP)) {
      const at = sentence.start + match.index;
      const before = mentions.filter((m) => m.end <= at);
      const giver = before.find((m) => GIVER_TYPES.has(m.entity.type) && m.entity.type !== "park" && !AT_RECEIVER.test(text.slice(Math.max(sentence.start, m.start - 1), m.start)));
      if (!giver) continue;
      const receivers = receiversOf(text, before, mentions, giver, at, match[0]);
      if (!receivers.length) continue;
      const amount = findAmounts(text.slice(giver.end, sentence.end))[0];
      for (const target of receivers) {
        found.push({ type: "funds", source: giver, target, sentence, rule: "funds.scholarship", ...(amount ? { amount: { yuan: amount.yuan, approximate: amount.approximate } } : {}) });
      }
    }
  });
  return found;
}

/** The receivers of a fund: marked before it (在乙中学设立), else named at the head of the fund's name (设立乙小学助学金). */
function receiversOf(text: string, before: ResolvedMention[], mentions: ResolvedMention[], giver: ResolvedMention, at: number, fund: string): ResolvedMention[] {
  const other = (m: ResolvedMention) => m.entity.id !== giver.entity.id && RECEIVER_TYPES.has(m.entity.type);
  const marked = before.find((m) => m.start > giver.end && other(m) && AT_RECEIVER.test(text.slice(m.start - 1, m.start)));
  if (marked) return listAfter(text, mentions, marked.start).filter((m) => m.end <= at && other(m));
  const verb = /^(?:设立|设置|捐设|成立)了?(?:“|「)?/.exec(fund)![0].length;
  const named = mentions.find((m) => m.start === at + verb && other(m));
  // 甲区商会…设立“甲区助学基金”，资助乙县学生: a fund named for the giver's own place is not given to that place.
  if (named && PLACE_TYPES.has(named.entity.type) && giver.entity.name.startsWith(named.text)) return [];
  return named ? [named] : [];
}
