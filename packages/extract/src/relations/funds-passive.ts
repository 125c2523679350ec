import type { ResolvedMention } from "../mention.js";
import { findAmounts } from "./amounts.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { fundsMentions, GIVER_TYPES, RECEIVER_TYPES } from "./funds.js";
import { listAfter } from "./pairs.js";

/**
 * 由 and the givers after it, then the verb of giving: 分别由甲公司、乙公司捐出, 由甲会出资50万元,
 * 150万元由甲会提供. The givers are the list right after 由 (共同 may follow it).
 */
const PASSIVE_GIFT = /(?:分别|均|全部|主要)?(?:是)?由(?=[^，,。；]{2,40}?(?:财政)?(?:共同|联合|全额|全资)?(?:出资|捐赠|捐出|捐资|捐助|捐献|提供|资助|赞助|筹集|筹措|援助|承担)(?!方))/g;

/** The verb of giving after the givers, to know where the list of givers must end (由甲县财政出资: the place's treasury gives for it). */
const GIFT_VERB = /^(?:财政)?(?:共同|联合|全额|全资)?(?:出资|捐赠|捐出|捐资|捐助|捐献|提供|资助|赞助|筹集|筹措|援助|承担)/;

/** Money or goods named by the subject of 由…提供/承担 or after the verb. */
const MONEY_OR_GOODS = /资金|费用|经费|款|物资|设备|器材|图书|书籍|电脑|校服|文具|书包|衣物|药品|课桌椅|用品|慰问品|助学金|奖学金/;

/**
 * Passive gifts, `funds` from each giver after 由 to the subject of the sentence: 乙校的教学楼，
 * 由甲会出资800万元援建; 乙小学的课桌椅分别由甲公司、乙公司捐赠; 所需资金150万元由甲会提供.
 * (A sentence whose subject names no receiver, 这批物资分别由…捐出, is left alone: reading the
 * receiver from the sentence before lifted only the read part of the dev set.)
 */
export function findPassiveGifts(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = fundsMentions(ctx, index);
    for (const match of sentence.text.matchAll(PASSIVE_GIFT)) {
      const by = sentence.start + match.index + match[0].length;
      const givers = listAfter(text, mentions, by).filter((m) => GIVER_TYPES.has(m.entity.type) && m.entity.type !== "park");
      const last = givers[givers.length - 1];
      // The givers end right before the verb of giving (由甲区援建 is building, read by the builds rules).
      if (!givers.length || givers[0]!.start !== by || !GIFT_VERB.test(text.slice(last!.end, last!.end + 6))) continue;
      const givenIds = new Set(givers.map((g) => g.entity.id));
      const verb = GIFT_VERB.exec(text.slice(last!.end, last!.end + 6))![0];
      // 由甲公司出资的乙加工厂今年投产: the relative clause's head receives.
      const subject = subjectOf(text, mentions, sentence.start, by, givenIds) ?? headOfRelative(text, mentions, last!.end + verb.length, givenIds);
      if (!subject) continue;
      // 由甲会提供/承担 gives only money or goods (校服由甲会提供, 费用由甲会承担; not 培训由甲会承担, 由甲区提供技术指导).
      if (/提供|承担|援助/.test(verb) && !MONEY_OR_GOODS.test(text.slice(subject.end, by) + text.slice(last!.end + verb.length, last!.end + verb.length + 10)) && !findAmounts(sentence.text).length) continue;
      const amount = amountOf(text, sentence.start, sentence.end, last!.end);
      for (const source of givers) found.push({ type: "funds", source, target: subject, sentence, rule: "funds.passive-by", ...(amount ? { amount } : {}) });
    }
  });
  return found;
}

/**
 * The receiver a passive clause is about: the last receiver named before 由 in the sentence,
 * not in a clause of its own (乙校的教学楼，由…: 乙校; 乙镇丙村的路灯由…: 丙村, the innermost place).
 */
function subjectOf(text: string, mentions: ResolvedMention[], sentenceStart: number, by: number, givers: Set<string>): ResolvedMention | undefined {
  const before = mentions.filter((m) => m.start >= sentenceStart && m.end <= by && RECEIVER_TYPES.has(m.entity.type) && !givers.has(m.entity.id));
  const subject = before[before.length - 1];
  if (!subject) return undefined;
  // 乙校日前竣工，项目总投资860万元，全部由…: the cost of the works between is no clause of its own.
  const gap = text.slice(subject.end, by).replace(/[，,](?:项目|工程)?总投资[^，,。；]{1,16}[，,]/, "，");
  // 乙校的教学楼，由…, 乙村，由… — not 乙县表示，该项目由… (a clause with a verb of its own).
  if (gap.length > 16 || /[。；：:]/.test(gap) || /(?:表示|介绍|说|指出|认为|称)/.test(gap)) return undefined;
  return subject;
}

/**
 * The head of 由甲公司出资(N元)(建设)的乙厂: the receiver right after the 的 that closes the clause
 * (the innermost place of a chain written there: 乙县丙厂 → 丙厂).
 */
function headOfRelative(text: string, mentions: ResolvedMention[], verbEnd: number, givers: Set<string>): ResolvedMention | undefined {
  const close = /^(?:[\d.]+(?:万|亿)?元)?(?:援建|建设|兴建|修建|新建|建成|打造)?的/.exec(text.slice(verbEnd, verbEnd + 16));
  if (!close) return undefined;
  const at = verbEnd + close[0].length;
  let head = mentions.find((m) => m.start === at && RECEIVER_TYPES.has(m.entity.type) && !givers.has(m.entity.id));
  // 乙县丙镇中心小学: a place followed right away by a place or site in it names that one (not a name in quotes after it).
  for (let next = head && mentions[mentions.indexOf(head) + 1]; head && next && next.start === head.end && PLACE_TYPES.has(head.entity.type) && RECEIVER_TYPES.has(next.entity.type); next = mentions[mentions.indexOf(next) + 1]) head = next;
  return head;
}

/** The amount of a passive gift: the first one after the givers in the sentence, else the last before them. */
function amountOf(text: string, start: number, end: number, giversEnd: number): { yuan: number; approximate: boolean } | undefined {
  const amounts = findAmounts(text.slice(start, end)).map((a) => ({ ...a, start: a.start + start }));
  const amount = amounts.find((a) => a.start >= giversEnd) ?? amounts.findLast((a) => a.start < giversEnd);
  return amount && { yuan: amount.yuan, approximate: amount.approximate };
}
