import { findAmounts } from "./amounts.js";
import type { DocumentContext, Finding } from "./context.js";
import { fundsMentions, giverList, giverOf, RECEIVER_TYPES } from "./funds.js";
import { listAfter } from "./pairs.js";
import type { RuleId } from "./rules.js";
import type { Sentence } from "./sentences.js";

/** Goods and money a verb of providing must name to be a gift (为乙校提供设备, 移交物资; not 提供服务, 配备教师, 带来新理念). */
const GOODS = "(?:资金|物资|设备|器材|图书|书籍|电脑|款物|经费|善款|助学金|奖学金|慰问金|学习用品|文具|书包|衣物|棉衣|棉被|羽绒服|药品|口罩|课桌椅|校服|生活用品|米油|大米|食用油|慰问品)";

/**
 * Verbs of handing goods to a receiver marked before them by 向/为/给/对 (向乙校发放助学金,
 * 为乙校带去书包, 为乙校添置课桌椅): the verbs the amount rules do not read as gifts.
 */
const HANDING = new RegExp(`^(?:发放|赠书|赠送|带去|送来|送去|送上|捐献|购置|添置|赠予|赠与|(?:提供|移交|配备|购买|带来|送出)(?=[^，,。；]{0,8}?${GOODS}))`);

/** What may stand between the marked receivers and the verb: 乙校的孩子们, 各, 分别. */
const HANDED_AFTER = new RegExp(`^(?:的[^，,。；]{1,6}?)?(?:各|分别|共|再次)?(?=${HANDING.source.slice(1)})`);

/** 出资修缮乙校校舍, 筹资为乙校…, 捐资帮助乙村: money put into a receiver right after the verb. */
const PAID_FOR = /(?:出资|筹资|捐资|募资|自筹资金)(?:[\d.]+(?:万|亿)?元)?(?:修缮|改造|翻新|购置|帮助|支持|资助|为|给)$/;

/** Markers of the receiver before a verb of handing: 向, 为, 给, 对. */
const MARKER = /[向为给对]$/;

/**
 * Gifts of goods or money whose verb the amount rules leave aside: 甲会向乙校发放助学金, 甲会为乙校
 * 带去书包, 甲会出资修缮乙校校舍. The giver is the one the amount rules would take (the nearest
 * actor before, not a receiver); the receivers those the words mark. (把物资送到乙校, the receiver
 * after a verb of delivery, gave only spurious gifts on the dev set and is left out.)
 */
export function findGoodsGiven(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = fundsMentions(ctx, index);
    const receivers = mentions.filter((m) => RECEIVER_TYPES.has(m.entity.type));
    for (const receiver of receivers) {
      const before = text.slice(Math.max(sentence.start, receiver.start - 12), receiver.start);
      const after = text.slice(receiver.end, sentence.end);
      let trigger: number | undefined;
      let rule: RuleId | undefined;
      if (MARKER.test(before)) {
        // 向乙校、丙校发放…: the verb after the list (and what the list's members own: 乙校的孩子们).
        const list = listAfter(text, mentions, receiver.start);
        const end = list[list.length - 1]!.end;
        const verb = list[0] === receiver ? HANDED_AFTER.exec(text.slice(end, end + 24)) : null;
        if (!verb) continue;
        trigger = end + verb[0].length;
        rule = "funds.goods-handed";
      } else if (PAID_FOR.test(before)) {
        trigger = receiver.start - (PAID_FOR.exec(before)![0].length);
        rule = "funds.paid-for";
      }
      if (trigger === undefined || !rule) continue;
      const giver = giverOf(text, mentions.filter((m) => m.end <= trigger && m !== receiver), trigger, sentence.start);
      if (!giver || giver.entity.id === receiver.entity.id) continue;
      const amount = amountIn(text, sentence, giver.end);
      const targets = rule === "funds.goods-handed" ? listAfter(text, mentions, receiver.start).filter((m) => RECEIVER_TYPES.has(m.entity.type)) : [receiver];
      for (const source of giverList(text, mentions, giver)) {
        for (const target of targets) {
          if (source.entity.id !== target.entity.id) found.push({ type: "funds", source, target, sentence, rule, ...(amount ? { amount } : {}) });
        }
      }
    }
  });
  return found;
}

/** The first amount after the giver in the sentence (价值5万元的物资, 20万元善款). */
function amountIn(text: string, sentence: Sentence, from: number): { yuan: number; approximate: boolean } | undefined {
  const amount = findAmounts(text.slice(from, sentence.end))[0];
  return amount && { yuan: amount.yuan, approximate: amount.approximate };
}
