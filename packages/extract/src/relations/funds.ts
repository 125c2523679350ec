import type { ResolvedMention } from "../mention.js";
import { isEasternCode } from "../lexicons/eastern-provinces.js";
import { withoutAbbreviationPairs } from "./abbreviation-pairs.js";
import { findAmounts } from "./amounts.js";
import { bodyPronouns } from "./body-pronouns.js";
import { delegationMentions } from "./funds-delegations.js";
import { respectiveGifts } from "./funds-respective.js";
import { mainPlacePairing } from "./main-pairing.js";
import { ACTOR_TYPES, BODY_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { ADVERB_CONJUNCTION, chainHead, listAfter } from "./pairs.js";
import type { RuleId } from "./rules.js";
import type { Sentence } from "./sentences.js";
import { titleEndingAt } from "./titles.js";
import { FUNDING_NOUN_AFTER, FUNDING_NOUNS, FUNDING_TRIGGERS } from "./triggers.js";

/** Who may give (places, bodies, people) and who may receive (places, bodies, sites). */
export const GIVER_TYPES: ReadonlySet<string> = new Set([...ACTOR_TYPES, "person"]);
export const RECEIVER_TYPES: ReadonlySet<string> = new Set([...ACTOR_TYPES, "park"]);

/**
 * The mentions the funds rules read in a sentence, in order: its places, bodies and people, the
 * places its pronouns stand for (该区), the bodies its delegation words (帮扶团队向乙校捐赠…) and
 * body pronouns (该公司, 代表协会) stand for; not the abbreviations of a pair of provinces
 * (京蒙协作资金: 蒙 gave the money before, and 京 and 蒙 received it with the place after 下达).
 */
export function fundsMentions(ctx: DocumentContext, index: number): ResolvedMention[] {
  const all = withoutAbbreviationPairs([...ctx.mentionsWithPronouns(index), ...delegationMentions(ctx, index), ...bodyPronouns(ctx, index)].sort((a, b) => a.start - b.start));
  // 甲县籍企业家: a place of birth describes people, it neither gives nor receives.
  return all.filter((m) => ctx.doc.text[m.end] !== "籍");
}

/**
 * `funds`, giver → receiver with the amount: a trigger (捐赠, 投入…资金, 出资) and an amount in
 * the same sentence; the giver is the actor written before the trigger, the receiver the
 * one after 向/给/为 or 用于, else the place the giver is paired with in this article.
 */
export function findFunds(ctx: DocumentContext, pairings: Finding[]): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = fundsMentions(ctx, index);
    const used = new Set<number>();
    const amounts = findAmounts(sentence.text).map((a) => ({ ...a, start: a.start + sentence.start, end: a.end + sentence.start }));
    // 甲公司、乙协会分别向丙县捐赠20万元、10万元: each giver its own amount.
    const respective = respectiveGifts(text, mentions, sentence, amounts);
    found.push(...respective.found);
    /** Who received the sentence's first amount, for its parts (其中…) that name none. */
    let totalReceivers: ResolvedMention[] = [];
    for (const [k, amount] of amounts.entries()) {
      // 比上年增加600万元: the growth of a sum is no gift of its own.
      if (COMPARED.test(text.slice(Math.max(sentence.start, amount.start - 14), amount.start))) continue;
      if (respective.read.has(k)) {
        const trigger = triggerBefore(text, sentence.start, amount.start, amount.end);
        if (trigger !== undefined) used.add(trigger);
        continue;
      }
      // 共投入27.32亿元，其中财政资金19.11亿元: the parts of a total already counted are not gifts of their own.
      // 其中乙区投入丙县3亿元: a part with a giver of its own is a gift of its own.
      const part = k > 0 ? text.slice(amounts[0]!.end, amount.start).lastIndexOf("其中") : -1;
      // 其中1200万元用于乙产业园: a part put to a use of its own names its own receiver.
      const partUse = /^\s*(?:用于|用在)/.test(text.slice(amount.end, amount.end + 4));
      if (part >= 0 && !partUse && !mentions.some((m) => m.start >= amounts[0]!.end + part && m.end <= amount.start && GIVER_TYPES.has(m.entity.type))) continue;
      // 600万元用于该园区: an amount put to a use is funding too, even without a verb of giving.
      const trigger = triggerBefore(text, sentence.start, amount.start, amount.end) ?? (/^\s*用于/.test(text.slice(amount.end, amount.end + 4)) ? amount.start : undefined);
      if (trigger === undefined) continue;
      const money = { yuan: amount.yuan, approximate: amount.approximate };
      // 乙县争取到甲区帮扶资金…: the subject receives, and the giver is named after the verb or is its helper.
      const received = receivedFunds(text, mentions, sentence, trigger, amount.start, pairings);
      if (received) {
        for (const [giver, receiver] of received.pairs) found.push({ type: "funds", source: giver, target: receiver, sentence, amount: money, rule: received.rule });
        used.add(trigger);
        continue;
      }
      const giver = giverOf(text, mentions, trigger, sentence.start);
      if (!giver) {
        // 三年来，累计投入帮扶资金1.2亿元: no giver in the sentence; the article's one helper gives to its one partner
        // (when its towns pair too, the helper of its one pairing of cities, districts or counties).
        const only = articlePair(pairings);
        const pair = only ?? mainPlacePairing(pairings);
        if (pair && !GENERIC_GIVER.test(text.slice(sentence.start, trigger)) && !mentions.some((m) => m.start >= trigger && m.start < sentence.end && RECEIVER_TYPES.has(m.entity.type) && m.entity.id !== pair.target.entity.id && !isInsidePlace(m, pair.target))) {
          // …其中1500万元用于乙县丙镇: a part used in a place of the partner goes to that place.
          const uses = receiversOf(text, mentions, pair.source, trigger, amount.start, amount.end, sentence, pairings, ctx);
          // (Not for a pair read from two provinces' abbreviations: 闽宁协作 names no county the money went to.)
          const targets = pair.rule !== "pairs.abbreviations" && uses.rule === "funds.given-to" && uses.receivers.length && uses.receivers.every((r) => isInsidePlace(r, pair.target)) ? uses.receivers : [pair.target];
          for (const target of targets) found.push({ type: "funds", source: pair.source, target, sentence, amount: money, rule: only ? "funds.article-pair" : "funds.main-pair" });
          used.add(trigger);
          continue;
        }
        // 甲市先后向乙州选派干部48名。财政援助资金累计投入24亿元: the helper the sentence before opens with gives.
        const previous = GENERIC_GIVER.test(text.slice(sentence.start, trigger)) ? undefined : subjectBefore(ctx, index, pairings);
        if (previous) {
          let { receivers } = receiversOf(text, mentions, previous, trigger, amount.start, amount.end, sentence, pairings, ctx);
          // …and gives to the one partner of it that sentence names.
          if (!receivers.length) {
            const named = new Map(ctx.mentionsIn(index - 1).filter((m) => pairings.some((p) => p.source.entity.id === previous.entity.id && p.target.entity.id === m.entity.id)).map((m) => [m.entity.id, m]));
            if (named.size === 1) receivers = [...named.values()];
          }
          for (const receiver of receivers) found.push({ type: "funds", source: previous, target: receiver, sentence, amount: money, rule: "funds.previous-subject" });
          if (receivers.length) {
            used.add(trigger);
            continue;
          }
        }
        // 甲区2024年东西部协作工作总结 … 全年向乙县拨付资金1.26亿元: a report's sentences leave out the place its title names.
        const titled = GENERIC_GIVER.test(text.slice(sentence.start, trigger)) ? undefined : titleHelper(ctx, mentions, sentence, trigger);
        if (titled) {
          found.push({ type: "funds", source: titled.helper, target: titled.receiver, sentence, amount: money, rule: "funds.title-helper" });
          used.add(trigger);
        }
        continue;
      }
      // 甲公司计划投资3.5亿元，在乙园建设…: a firm's investment is invests_in (builds.ts), no gift.
      if (giver.entity.type === "company" && text.startsWith("投资", trigger)) continue;
      // 甲区下达乙县资金8100万元，其中3000万元用于丙镇: a part put to a use has receivers of its own, after 其中.
      const partStart = part >= 0 && partUse ? amounts[0]!.end + part : undefined;
      let { receivers, rule } = receiversOf(text, mentions, giver, trigger, amount.start, amount.end, sentence, pairings, ctx, partStart);
      // 甲区社会各界向乙县捐款500万元，其中丙公司捐款300万元: a part whose giver names no receiver goes where the total went.
      if (!receivers.length && part >= 0 && totalReceivers.length && !totalReceivers.some((r) => r.entity.id === giver.entity.id)) {
        receivers = totalReceivers;
        rule = "funds.part-of-total";
      }
      if (k === 0) totalReceivers = receivers;
      // 甲区、乙区分别向丙县捐赠: every giver of the list gives.
      for (const source of giverList(text, mentions, giver)) {
        for (const receiver of receivers) found.push({ type: "funds", source, target: receiver, sentence, amount: money, rule });
      }
      if (receivers.length) used.add(trigger);
    }
    // (甲区与乙县结对。甲区捐赠一批物资 — goods with no receiver named given to the giver's one
    // partner — gave a spurious gift on the held-out part of the dev set and is left out.)
    found.push(...withoutAmount(text, mentions, sentence, used));
  });
  return found;
}

/**
 * The pairing an article is about, when it states exactly one: one helper and one helped
 * place (甲区与乙县结对帮扶, said in one or many sentences). Its helper gives what the article
 * says was given without naming the giver.
 */
function articlePair(pairings: Finding[]): Finding | undefined {
  const places = pairings.filter((p) => PLACE_TYPES.has(p.source.entity.type) && PLACE_TYPES.has(p.target.entity.type));
  const first = places[0];
  if (!first || places.some((p) => p.source.entity.id !== first.source.entity.id || p.target.entity.id !== first.target.entity.id)) return undefined;
  return first;
}

/**
 * The one eastern place an article's title names (甲区2024年东西部协作工作总结) and the western
 * receiver marked by 向/为/给 before `trigger` in a sentence that names no giver.
 */
function titleHelper(ctx: DocumentContext, mentions: ResolvedMention[], sentence: Sentence, trigger: number): { helper: ResolvedMention; receiver: ResolvedMention } | undefined {
  const title = ctx.doc.info.title;
  const first = ctx.sentences[0];
  if (!title || !first || !ctx.doc.text.startsWith(title) || sentence === first) return undefined;
  const eastern = [...new Map(ctx.mentionsIn(0).filter((m) => m.end <= title.length && PLACE_TYPES.has(m.entity.type) && m.entity.type !== "province" && isEasternCode(m.entity.code)).map((m) => [m.entity.id, m])).values()];
  if (eastern.length !== 1) return undefined;
  const text = ctx.doc.text;
  const receiver = mentions.find((m) => m.start > sentence.start && m.end <= trigger && PLACE_TYPES.has(m.entity.type) && m.entity.code !== undefined && !isEasternCode(m.entity.code) && /[向为给]$/.test(text.slice(m.start - 1, m.start)));
  return receiver ? { helper: eastern[0]!, receiver } : undefined;
}

/** What states an amount as the change of a sum against another year (比上年增加, 较2022年增长, 同比减少). */
const COMPARED = /(?:[比较](?:上年|去年|上一年|前一年|\d{4}年|上年同期|同期)|同比)(?:度)?(?:分别)?(?:增加|增长|减少|多出?|提高|下降|增多)了?$/;

/** Givers named by a common noun (这些企业, 爱心人士, 社会各界): not the article's helper. */
const GENERIC_GIVER = /企业|公司|商会|协会|个人|群众|人士|社会|各界|单位|职工|爱心|客商|老板/;

/** The actor the sentence before `index` opens with, when it helps someone in this article (a pairing's source). */
function subjectBefore(ctx: DocumentContext, index: number, pairings: Finding[]): ResolvedMention | undefined {
  if (index === 0 || ctx.doc.text.slice(ctx.sentences[index - 1]!.end, ctx.sentences[index]!.start).includes("\n")) return undefined;
  const first = ctx.mentionsWithPronouns(index - 1).find((m) => ACTOR_TYPES.has(m.entity.type));
  return first && pairings.some((p) => p.source.entity.id === first.entity.id) ? first : undefined;
}

/** Whether a place lies inside another by the gazetteer's codes (甲镇 in 乙县). */
function isInsidePlace(inner: ResolvedMention, outer: ResolvedMention): boolean {
  const [a, b] = [outer.entity.code, inner.entity.code];
  return a !== undefined && b !== undefined && b.length > a.length && b.startsWith(a);
}

/** Verbs whose subject receives money: 争取到, 获得, 获, 拿到, 接受, 收到, 到位 (资金到位), 使用/利用 (乙县使用甲区帮扶资金). */
const RECEIVING = /(?:争取到?|获得|获批?|拿到|得到|收到|接收|接受|引来|到位|使用|利用)$/;

/**
 * Money the sentence's subject receives (乙县争取到甲区帮扶资金300万元, 乙县今年到位协作资金…):
 * the receiver is the actor before the verb; the giver the actor between the verb and the
 * amount, else every place or body that pairs with the receiver in this article.
 */
function receivedFunds(
  text: string,
  mentions: ResolvedMention[],
  sentence: Sentence,
  trigger: number,
  amountStart: number,
  pairings: Finding[],
): { pairs: [ResolvedMention, ResolvedMention][]; rule: RuleId } | undefined {
  const clauseStart = Math.max(sentence.start, text.lastIndexOf("，", trigger) + 1, text.lastIndexOf(",", trigger) + 1);
  let verb: number | undefined;
  for (let at = trigger + 2; at > clauseStart; at--) {
    const match = RECEIVING.exec(text.slice(Math.max(clauseStart, at - 3), at));
    if (match) {
      verb = at - match[0].length;
      break;
    }
  }
  if (verb === undefined) return undefined;
  // 乙县今年实施项目62个，使用甲市资金…: a clause without a subject of its own continues the sentence's.
  const receiver = mentions.findLast((m) => m.end <= verb && m.start >= clauseStart && RECEIVER_TYPES.has(m.entity.type)) ?? sentenceSubject(text, mentions, sentence, clauseStart, verb);
  if (!receiver) return undefined;
  // 甲区对口帮扶乙县以来，累计到位资金4.6亿元: money that arrived, said of the helper of the
  // sentence's pairing (and helped by none), arrived at the one it helps.
  if (text.startsWith("到位", verb) && !pairings.some((p) => p.target.entity.id === receiver.entity.id)) {
    const partners = [...new Map(pairings.filter((p) => p.sentence === sentence && p.source.entity.id === receiver.entity.id && p.rule !== "pairs.abbreviations").map((p) => [p.target.entity.id, p.target])).values()];
    if (partners.length === 1) return { pairs: [[receiver, partners[0]!]], rule: "funds.arrived-from-helper" };
  }
  const between = mentions.filter((m) => m.start >= verb && m.end <= amountStart && GIVER_TYPES.has(m.entity.type) && m.entity.type !== "park" && m.entity.id !== receiver.entity.id);
  // 收到甲区乙镇捐赠的…: the innermost place of a chain gives, not the places it is written inside.
  const named = between.filter((m) => !isChainOuter(between, m, amountStart));
  if (named.length) return { pairs: named.map((g) => [g, receiver]), rule: "funds.received-from" };
  // 在甲区的支持下，乙校获得…资金: the one whose support the sentence opens with gives.
  const supporter = supporterOf(text, mentions, sentence, clauseStart);
  if (supporter && supporter.entity.id !== receiver.entity.id) return { pairs: [[supporter, receiver]], rule: "funds.under-support" };
  const samekind = (m: ResolvedMention) => PLACE_TYPES.has(m.entity.type) === PLACE_TYPES.has(receiver.entity.type);
  const helpers = [...new Map(pairings.filter((p) => p.target.entity.id === receiver.entity.id && samekind(p.source)).map((p) => [p.source.entity.id, p.source])).values()];
  if (helpers.length) return { pairs: helpers.map((g) => [g, receiver]), rule: "funds.received-from-partner" };
  // 乙镇、丙镇争取到协作资金600万元: towns of the helped county receive from its one helper, each of the list.
  if (!PLACE_TYPES.has(receiver.entity.type)) return undefined;
  const outer = [...new Map(pairings.filter((p) => PLACE_TYPES.has(p.source.entity.type) && p.rule !== "pairs.abbreviations" && isInsidePlace(receiver, p.target) && !pairings.some((q) => q.source.entity.id === receiver.entity.id || q.target.entity.id === receiver.entity.id)).map((p) => [p.source.entity.id, p.source])).values()];
  if (outer.length !== 1) return undefined;
  const head = listHead(text, mentions, receiver);
  const listed = mentions.slice(mentions.indexOf(head), mentions.indexOf(receiver) + 1).filter((m) => PLACE_TYPES.has(m.entity.type) && m.entity.type === receiver.entity.type);
  return { pairs: listed.map((r) => [outer[0]!, r]), rule: "funds.received-in-partner" };
}

/**
 * The place or body a sentence opens with (after a time: 今年，乙县…), when the clause of the verb
 * at `verb` names no actor before it and opens with it (…，使用/获得…).
 */
function sentenceSubject(text: string, mentions: ResolvedMention[], sentence: Sentence, clauseStart: number, verb: number): ResolvedMention | undefined {
  if (clauseStart === sentence.start || !/^(?:还|又|共|并|已|累计|先后|共计|今年|同时)?$/.test(text.slice(clauseStart, verb).trim())) return undefined;
  const first = mentions.find((m) => m.start >= sentence.start && RECEIVER_TYPES.has(m.entity.type));
  if (!first || first.start >= clauseStart || !/^(?:[^，,。；]{0,12}[，,])?$/.test(text.slice(sentence.start, first.start))) return undefined;
  return first;
}

/** 在甲区的(大力)支持下，: the phrase of support that opens a sentence, up to its comma. */
const UNDER_SUPPORT = /在([^，,。；]{2,30}?)的(?:大力|倾力|对口|精准)?(?:支持|帮助|帮扶|资助|援助|支援|关心)(?:和(?:支持|帮助|帮扶|关心))?下[，,]\s*$/;

/** The giver of 在甲区的支持下，乙…: the last actor inside the phrase (the innermost of a chain). */
function supporterOf(text: string, mentions: ResolvedMention[], sentence: Sentence, clauseStart: number): ResolvedMention | undefined {
  const phrase = UNDER_SUPPORT.exec(text.slice(sentence.start, clauseStart));
  if (!phrase) return undefined;
  const from = sentence.start + phrase.index + 1;
  const to = from + phrase[1]!.length;
  return mentions.findLast((m) => m.start >= from && m.end <= to && GIVER_TYPES.has(m.entity.type) && m.entity.type !== "park");
}

/**
 * The givers listed up to `giver`: 甲区、乙区分别…, 甲公司和乙公司捐出 (not 甲与乙, a pair), and
 * one that joins in (甲镇联合乙公司向丙村捐赠: both give).
 */
export function giverList(text: string, mentions: ResolvedMention[], giver: ResolvedMention): ResolvedMention[] {
  const list = [giver];
  for (let i = mentions.indexOf(giver) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const gap = text.slice(m.end, list[0]!.start);
    if (JOINING.test(gap) && GIVER_TYPES.has(m.entity.type) && !isInsidePlace(giver, m)) {
      list.unshift(m);
      continue;
    }
    // 甲与乙共同向丙县捐赠: 与 joins givers too when they give together.
    const together = /^[与同]$/.test(gap) && TOGETHER.test(text.slice(giver.end, giver.end + 4));
    if (!(/^[、和及]$/.test(gap) || together) || m.entity.type !== giver.entity.type) break;
    // 甲镇与乙县丙镇、丁镇与戊镇结对，丁镇…捐赠: 丙镇 closes the pair before, it gives nothing.
    const head = chainHead(mentions, m);
    const previous = mentions[mentions.indexOf(head) - 1];
    if (!together && previous && /^[与同]$/.test(text.slice(previous.end, head.start))) break;
    list.unshift(m);
  }
  return list;
}

/** Words after a list of givers that make each of them give: 分别, 共同, 一起, 各, 均. */
const TOGETHER = /^(?:分别|共同|一起|一同|联合|各自|均|都|各)/;

/** Words by which a second giver joins the first: 联合, 携手, 会同, 协同 (甲镇联合乙公司). */
const JOINING = /^(?:联合|携手|会同|协同)$/;

/** Gifts stated without an amount: 甲区向乙县捐赠物资, 甲区出资，为乙县…, 甲公司资助乙小学, 甲会为乙县学生筹集衣物. */
const GIFT = /捐赠|捐款|捐资|捐建|捐出|捐献|捐助|捐物|捐送|赠予|赠与|出资|资助|赞助|援助|赠送|送去|送上|送来|筹集|募集|筹措|拨付|下拨|拨款/g;

/** Words that state what goods were worth (价值人民币200万元, 折合100万元). */
const WORTH_BEFORE = /(?:价值|折合|总价值|货值)(?:人民币|约|近|超过|逾)?$/;

/** The one partner of a kind the giver pairs with in this article, if it pairs with exactly one. */
function onlyPartner(pairings: Finding[], giver: ResolvedMention, kinds: ReadonlySet<string>): ResolvedMention | undefined {
  const partners = [...new Map(pairings.filter((p) => p.source.entity.id === giver.entity.id && kinds.has(p.target.entity.type)).map((p) => [p.target.entity.id, p.target])).values()];
  return partners.length === 1 ? partners[0] : undefined;
}

function withoutAmount(text: string, mentions: ResolvedMention[], sentence: Sentence, used: Set<number>): Finding[] {
  const found: Finding[] = [];
  for (const match of sentence.text.matchAll(GIFT)) {
    const trigger = sentence.start + match.index;
    if (used.has(trigger) || [...used].some((u) => Math.abs(u - trigger) <= 4)) continue;
    // 乙小学收到甲公司捐赠的图书: the subject receives what the actor before 捐赠的 gave.
    const gift = receivedGift(text, mentions, sentence, trigger, match[0].length);
    if (gift) {
      found.push({ type: "funds", source: gift.giver, target: gift.receiver, sentence, rule: "funds.received-gift" });
      continue;
    }
    // 接受捐赠, 获得援助: the sentence's subject receives.
    if (/(?:接受|获得|得到|受到|争取|收到)[^，,。]{0,6}$/.test(text.slice(sentence.start, trigger))) continue;
    const giver = giverOf(text, mentions, trigger, sentence.start);
    if (!giver) continue;
    const other = (m: ResolvedMention) => m.entity.id !== giver.entity.id && RECEIVER_TYPES.has(m.entity.type);
    let receivers = markedList(text, mentions, giver, trigger).filter(other);
    if (!receivers.length) {
      // 捐赠给乙县, 援助乙县, 出资，为乙县…
      const end = trigger + match[0].length;
      const head = mentions.find((m) => m.start >= end && other(m) && /^(?:了)?(?:给|[，,]?为|[，,]?向)?$/.test(text.slice(end, m.start)));
      if (head) receivers = listAfter(text, mentions, head.start).filter(other);
    }
    // …每人捐赠1套校服，合计1万套，价值人民币200万元: the worth stated later in the sentence is the gift's amount.
    const worth = findAmounts(text.slice(trigger, sentence.end)).find((a) => WORTH_BEFORE.test(text.slice(Math.max(trigger, trigger + a.start - 8), trigger + a.start)));
    const amount = worth && { yuan: worth.yuan, approximate: worth.approximate };
    // 甲会、乙会向丙县捐赠物资: every giver of the list gives.
    for (const source of giverList(text, mentions, giver)) {
      for (const receiver of receivers) found.push({ type: "funds", source, target: receiver, sentence, rule: "funds.marked-no-amount", ...(amount ? { amount } : {}) });
    }
  }
  return found;
}

/** Verbs whose subject takes a gift that a relative clause names the giver of (收到甲公司捐赠的…). */
const TAKING = /(?:收到|接受|接收|获得|得到|受到|迎来)了?$/;

/**
 * 乙小学收到甲公司捐赠的电脑, 乙村接受了甲会捐赠的物资: the actor right before the verb of
 * giving and its 的 gives; the actor before the verb of taking, in the same clause, receives.
 */
function receivedGift(text: string, mentions: ResolvedMention[], sentence: Sentence, trigger: number, length: number): { giver: ResolvedMention; receiver: ResolvedMention } | undefined {
  if (!/^了?的/.test(text.slice(trigger + length, trigger + length + 2))) return undefined;
  const giver = mentions.findLast((m) => m.end === trigger && GIVER_TYPES.has(m.entity.type));
  if (!giver) return undefined;
  const chain = chainHead(mentions, giver);
  if (!TAKING.test(text.slice(Math.max(sentence.start, chain.start - 3), chain.start))) return undefined;
  const clauseStart = Math.max(sentence.start, text.lastIndexOf("，", chain.start) + 1, text.lastIndexOf(",", chain.start) + 1);
  const receiver = mentions.findLast((m) => m.start >= clauseStart && m.end < chain.start && RECEIVER_TYPES.has(m.entity.type) && m.entity.id !== giver.entity.id);
  return receiver && !/[，,。；]/.test(text.slice(receiver.end, chain.start)) ? { giver, receiver } : undefined;
}

/** 向结对的, 为其对口帮扶的, 给所包联的: a receiver marked by 向/给/为 and named by its pairing. */
const PAIRED_RECEIVER = /[向给为](?:其|所|与之)?(?:结对|结亲|对口|帮扶|对口帮扶|对口支援|结对帮扶|挂钩|包联|联系|共建)(?:帮扶)?的$/;

/**
 * The two characters before a mention, or before the unrecognised short name of the place it lies
 * in (为恩施州鹤峰县: the 为 before 恩施州), not reaching before `limit`.
 */
function textBefore(text: string, mention: ResolvedMention, limit: number): string {
  const before = text.slice(Math.max(limit, mention.start - 8), mention.start);
  const outer = /[向给为对到赴](\p{Script=Han}{1,3}[省州盟])$/u.exec(before);
  const at = outer ? mention.start - outer[1]!.length : mention.start;
  return text.slice(Math.max(limit, at - 2), at);
}

/** Where the unrecognised short name of the place a mention lies in starts (帮扶恩施州鹤峰县: at 恩施州), else the mention's start. */
function outerNameStart(text: string, mention: ResolvedMention, limit: number): number {
  const outer = /(?:[向给为对在到赴]|帮扶|支持|帮助|用于|资助|助力|扶持)(\p{Script=Han}{1,3}?[省州盟])$/u.exec(text.slice(Math.max(limit, mention.start - 8), mention.start));
  return outer ? mention.start - outer[1]!.length : mention.start;
}

/** 向社会各界筹集资金, 向乙省争取: a mention after 向 that the verb raises money from. */
function isRaisedFrom(text: string, mention: ResolvedMention, trigger: number): boolean {
  return text[mention.start - 1] === "向" && /^[^，,。；]{0,8}?(?:筹集|募集|筹措|争取|征集|申请|募捐)/.test(text.slice(mention.end, trigger + 4));
}

/** The list of receivers marked by 向/给/为 nearest before the trigger: 向乙县、丙县各捐赠. */
function markedList(text: string, mentions: ResolvedMention[], giver: ResolvedMention, trigger: number): ResolvedMention[] {
  // 甲会来到乙中学，现场捐出…: the place visited receives too.
  // 向结对的乙镇, 为所帮扶的乙村: a word of the pairing between the marker and the receiver.
  // 向社会各界筹集, 向乙省争取: who money is raised from is no receiver.
  const heads = mentions.filter((m) => m.start > giver.end && m.end <= trigger && (/(?:[向给为对]|来到|走进|(?<![得受达看提感遇找想做])到|赴)$/.test(textBefore(text, m, giver.end)) || PAIRED_RECEIVER.test(text.slice(Math.max(giver.end, m.start - 9), m.start))) && !isRaisedFrom(text, m, trigger));
  const head = heads[heads.length - 1];
  return head ? listAfter(text, mentions, head.start).filter((m) => m.end <= trigger) : [];
}

/**
 * Who gives: the nearest actor before the trigger that is not marked as the receiver
 * (龙岗区向那坡县捐赠: not 那坡县); after 个人 (个人累计捐款), the person the sentence is about.
 */
export function giverOf(text: string, mentions: ResolvedMention[], trigger: number, sentenceStart: number): ResolvedMention | undefined {
  // A place inside a quoted name (设立“乙州帮扶项目”) is not a party.
  // …and a place that names a campaign (启动2018乙州暖冬行动) neither.
  // 在乙县政协副主席张三的陪同下: the hosts who accompany the givers do not give.
  const hosts = [...text.slice(sentenceStart, trigger).matchAll(ACCOMPANIED)].map((h) => [sentenceStart + h.index, sentenceStart + h.index + h[0].length] as const);
  // 乙县乡村振兴局局长张三介绍，这些资金中…: who tells of the money does not give it.
  const told = [...text.slice(sentenceStart, trigger).matchAll(TELLING)].pop();
  const toldEnd = told ? sentenceStart + told.index + told[0].length : sentenceStart;
  const before = mentions.filter((m) => m.end <= trigger && m.start >= toldEnd && GIVER_TYPES.has(m.entity.type) && !isQuoted(text, m, sentenceStart) && !CAMPAIGN_AFTER.test(text.slice(m.end, m.end + 6)) && !hosts.some(([from, to]) => m.start >= from && m.end <= to));
  if (/个人[^，,。]{0,4}$/.test(text.slice(sentenceStart, trigger))) return before.find((m) => m.entity.type === "person");
  // 丙镇丁村向…: the innermost place of a chain gives; 向甲镇乙村: the whole chain receives.
  const nearest = before.findLast((m) => !isObject(text, chainHead(before, listHead(text, before, chainHead(before, m))), sentenceStart) && !isChainOuter(before, m, trigger) && !isSpentIn(text, before, m) && !isChannel(text, before, m));
  // A与B结对帮扶，累计投入…: the giver is A, the subject, not B (nor the place B is written in).
  // …but 甲和乙分别/共同向丙县捐赠: both give (giverList reads the list).
  if (nearest && TOGETHER.test(text.slice(nearest.end, trigger))) return representedBody(text, before, nearest);
  return nearest ? representedBody(text, before, firstPartyOf(text, before, nearest)) : undefined;
}

/** 张三介绍，, 据乙县财政局介绍，: the clause naming who tells of what follows (not 表示 or 说, by which donors pledge). */
const TELLING = /(?:介绍|透露)[：:，,]/g;

/** 在乙县领导张三的陪同下, 在乙县县长张三陪同下: the phrase naming the hosts of a visit. */
const ACCOMPANIED = /在[^，,。；]{2,40}?的?(?:陪同|带领|引导)下/g;

/** Organs of a body written between it and a title (董事局, 董事会, 理事会, 党委). */
const ORGAN_OF_BODY = /^(?:董事局|董事会|理事会|监事会|党委|党总支|党支部)$/;

/**
 * 甲协会会长张三一行…捐赠, 甲公司董事长张三向乙县捐赠: a person named by a post in a body gives
 * for the body (only 个人… makes a gift the person's own, and giverOf reads that before).
 */
function representedBody(text: string, before: ResolvedMention[], giver: ResolvedMention): ResolvedMention {
  if (giver.entity.type !== "person") return giver;
  // 甲会会长张三、副会长李四一行: each person of a list of posts speaks for the body the list opens with.
  let first = giver;
  for (let k = before.indexOf(giver) - 1; k >= 0; k--) {
    const previous = before[k]!;
    const title = previous.entity.type === "person" ? titleEndingAt(text, first.start, previous.end + 1) : undefined;
    if (!title || !/^[、，,]$/.test(text.slice(previous.end, title.start))) break;
    first = previous;
  }
  const body = before[before.indexOf(first) - 1];
  if (!body || !BODY_TYPES.has(body.entity.type) || body.end >= first.start) return giver;
  const title = titleEndingAt(text, first.start, body.end);
  // 甲集团董事局主席张三: an organ of the body between it and the title.
  return title && (title.start === body.end || ORGAN_OF_BODY.test(text.slice(body.end, title.start))) ? body : giver;
}

/** 甲区在乙县投入…: a place after 在 with an actor before it in its clause is where money is spent, not who gives. */
function isSpentIn(text: string, before: ResolvedMention[], mention: ResolvedMention): boolean {
  if (text[mention.start - 1] !== "在") return false;
  const previous = before[before.indexOf(mention) - 1];
  return previous !== undefined && previous.end < mention.start && !/[，,。；;]/.test(text.slice(previous.end, mention.start));
}

/** 甲公司通过乙基金会向丙校捐赠: the body after 通过 passes the gift on; the one before it gives. */
function isChannel(text: string, before: ResolvedMention[], mention: ResolvedMention): boolean {
  if (!/(?:通过|经由|委托)$/.test(text.slice(Math.max(0, mention.start - 2), mention.start))) return false;
  const previous = before[before.indexOf(mention) - 1];
  return previous !== undefined && !/[，,。；;]/.test(text.slice(previous.end, mention.start));
}

/** What follows a place that only names a campaign or a project: 乙州暖冬行动, 乙县助学计划. */
const CAMPAIGN_AFTER = /^[^，,。；、\s]{0,3}(?:行动|项目|计划|工程)/;

/** Whether a mention lies inside a quotation of its sentence that it does not fill (“乙州帮扶项目”). */
function isQuoted(text: string, mention: ResolvedMention, sentenceStart: number): boolean {
  const before = text.slice(sentenceStart, mention.start);
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf("「"));
  if (open < 0 || open < Math.max(before.lastIndexOf("”"), before.lastIndexOf("」"))) return false;
  return !/^[”」]/.test(text.slice(mention.end, mention.end + 1)) || open < before.length - 1;
}

/** A place written right before a place inside it (甲镇 in 甲镇乙村): the inner one is meant. */
function isChainOuter(mentions: ResolvedMention[], mention: ResolvedMention, trigger: number): boolean {
  const next = mentions[mentions.indexOf(mention) + 1];
  return next !== undefined && next.end <= trigger && next.start === mention.end && chainHead(mentions, next) !== next;
}

function firstPartyOf(text: string, before: ResolvedMention[], mention: ResolvedMention): ResolvedMention {
  let index = before.indexOf(mention);
  // 甲县乙镇: step back over the places the mention is written inside.
  while (index > 0 && before[index - 1]!.end === before[index]!.start) index--;
  const previous = before[index - 1];
  // 甲镇还与乙镇结对，捐赠…: an adverb or a time may come before the conjunction.
  const gap = previous ? text.slice(previous.end, before[index]!.start) : "";
  return previous && (/^[与和同]$/.test(gap) || ADVERB_CONJUNCTION.test(gap)) ? previous : mention;
}

/** The first member of the list a mention ends: 向乙县、丙县 → 乙县 for 丙县. */
function listHead(text: string, mentions: ResolvedMention[], mention: ResolvedMention): ResolvedMention {
  let head = mention;
  for (let i = mentions.indexOf(mention) - 1; i >= 0 && /^[、和及]$/.test(text.slice(mentions[i]!.end, head.start)); i--) head = mentions[i]!;
  return head;
}

/**
 * 向乙县, 援助丙省, 投入乙县: a mention after 向/给/为/对 or a verb of aid or giving receives; it does not give.
 * Nor does a place the givers visit (深入乙县、丙镇等地，为…捐赠), nor what an earlier part of a total
 * is used for (其中1500万元用于乙镇，700万元用于丙镇: 乙镇 gives nothing to 丙镇).
 */
function isObject(text: string, mention: ResolvedMention, sentenceStart: number): boolean {
  return /(?:[向给为对]|用于|用在|对口|援助|支援|帮扶|支持|扶持|安排|落实|提供|帮助|资助|捐助|捐赠|投入|拨付|划拨|下达|给予|赠送|送去|送上|来到|走进|前往|深入|走访|看望|慰问|(?<![得受达看提感遇找想做])到|赴)$/.test(textBefore(text, mention, sentenceStart))
    || PAIRED_RECEIVER.test(text.slice(Math.max(sentenceStart, mention.start - 9), mention.start));
}

const LONGEST_FUNDING_TRIGGER = Math.max(...FUNDING_TRIGGERS.map((t) => t.length));

/** Where the funding trigger for an amount starts: within the 20 characters before it, else the amount itself when money is named after it. */
function triggerBefore(text: string, sentenceStart: number, amountStart: number, amountEnd: number): number | undefined {
  const from = Math.max(sentenceStart, amountStart - 20);
  let best: number | undefined;
  // Searched in the 20 characters only: lastIndexOf over the whole body was quadratic on long texts.
  const near = text.slice(from, amountStart + LONGEST_FUNDING_TRIGGER);
  for (const trigger of FUNDING_TRIGGERS) {
    const at = near.lastIndexOf(trigger, amountStart - from);
    // 总投资额达45亿元, 总投入: the size of the projects, not money given.
    if (at >= 0 && /^投[资入]/.test(trigger) && (near[at - 1] === "总" || near[at + 2] === "额")) continue;
    // 引进投资2亿元, 带动社会投资, 吸引投资: money others invest, not a gift of the helper.
    if (at >= 0 && trigger === "投资" && /(?:引进|招商|带动|撬动|吸引|引导|拉动|社会)$/.test(near.slice(Math.max(0, at - 2), at))) continue;
    // 实际到位投资8.6亿元, 到乙县投资兴业: firms' investment, not a gift either.
    if (at >= 0 && trigger === "投资" && (/(?:到位|实际|完成|签约|协议|意向)$/.test(near.slice(Math.max(0, at - 2), at)) || /^投资(?:兴业|办厂|建厂|创业)/.test(near.slice(at, at + 4)))) continue;
    if (at >= 0 && (best === undefined || from + at > best)) best = from + at;
  }
  if (best !== undefined) return best;
  // 东西部协作各类资金2.18亿元, 对口支援资金…: a noun of aid money stands for the verb.
  const noun = FUNDING_NOUNS.exec(text.slice(from, amountStart));
  if (noun) return from + noun.index;
  // 累计到位资金4.6亿元: money that arrived (to be read by who it arrived at, receivedFunds).
  const arrived = /到位[^，,。；]{0,6}?资金[^，,。；]{0,4}$/.exec(text.slice(from, amountStart));
  if (arrived) return from + arrived.index;
  // 向乙县提供300万元帮扶资金: the money named after the amount; what comes before it is read as before a verb.
  return FUNDING_NOUN_AFTER.test(text.slice(amountEnd, amountEnd + 12)) ? amountStart : undefined;
}

function receiversOf(
  text: string,
  mentions: ResolvedMention[],
  giver: ResolvedMention,
  trigger: number,
  amountStart: number,
  amountEnd: number,
  sentence: Sentence,
  pairings: Finding[],
  ctx: DocumentContext,
  partStart?: number,
): { receivers: ResolvedMention[]; rule: RuleId } {
  const by = (rule: RuleId, receivers: ResolvedMention[]) => ({ receivers, rule });
  // The receivers of a total, marked before its part (其中…), are not the part's.
  const inPart = partStart === undefined ? mentions : mentions.filter((m) => m === giver || m.start >= partStart);
  const other = (m: ResolvedMention) => m.entity.id !== giver.entity.id && RECEIVER_TYPES.has(m.entity.type);
  // 向那坡县捐赠, 给德保县, 为百色: the receiver before the trigger, after the giver.
  // A与B…，A向后者捐赠: 后者 is B (the innermost place of a chain like 那坡县城厢镇).
  if (/向后者/.test(text.slice(giver.end, trigger))) {
    const latter = latterParty(text, mentions, giver);
    if (latter) return by("funds.latter", [latter]);
  }
  // 向乙县、丙县各捐赠: one amount for each receiver of the list.
  const marked = markedList(text, inPart, giver, trigger).filter(other);
  if (marked.length) return by("funds.marked-receiver", marked);
  // 乙小学的教学楼由甲会出资援建, 乙小学是甲会捐资建设的: the subject of the clause receives.
  const subject = partStart === undefined ? passiveSubject(text, mentions, giver, sentence) : undefined;
  if (subject && other(subject)) return by("funds.passive-subject", [subject]);
  // 援助乙县资金500万元, 捐助乙医院设备价值60万元: the object of the verb of giving receives.
  const object = objectOfGift(text, inPart, giver, amountStart).filter(other);
  if (object.length) return by("funds.verb-object", object);
  // 捐赠给德保县, 用于凌云新区小镇, 用于那坡县帮扶工作.
  // 300万元为乙县建设…, 1000万元，在乙县建设…: 为 and 在 right after the amount name the receiver too.
  // 20万元，用于改善乙小学办学条件: and the place or school whose conditions the money improves.
  // 筹集资金120万元，向乙县、丙县发放: 向 right after the amount too; 20万元已拨付乙校/已全部到达乙校/分发给乙校.
  // …3000万元，其中1200万元用于乙产业园: what the part is used for is not the whole's receiver.
  const partAt = text.indexOf("其中", amountEnd);
  const useEnd = partAt >= 0 && partAt < sentence.end ? partAt : sentence.end;
  const after = mentions.find((m) => m.start >= amountEnd && m.start < useEnd && other(m) && /(?:给|用于|用在|(?:用于|用在)(?:改善|修缮|改造|翻修|新建|扩建|购置|奖励|补贴|发展|解决)|支持|扶持|支援|帮助|资助|助力|助推|帮扶|(?<![成作认因以])为|^[，,]?在|^[，,]?(?:分别|先后|陆续)?向|(?:拨付|划拨|下拨)(?:给|到|至)?|到达|分发给|发放给|建设[了的]?|援建[了的]?|打造[了的]?|兴建[了的]?|(?:建成|新建|修建)[了的]?)(?:现代化的|一所|一座|一个)?\s*$/.test(text.slice(Math.max(amountEnd, m.start - 12), outerNameStart(text, m, amountEnd))));
  // …用于乙镇丙村、丁村: the innermost place of a chain, and every member of a list.
  // 安排资金9亿元，援建了乙中学、丙卫生院等一批项目: sites built as examples of a total are not its receivers.
  const sites = after ? listAfter(text, mentions, after.start).filter(other) : [];
  const examples = sites.length > 0 && /(?:援建|建设|建成|新建|修建|兴建|打造)了?\s*$/.test(text.slice(Math.max(amountEnd, after!.start - 6), after!.start)) && /^等/.test(text.slice(sites[sites.length - 1]!.end, sites[sites.length - 1]!.end + 1));
  if (after && !examples) return by("funds.given-to", sites);
  // 用于该园区: the park (or school) the article named last before this sentence.
  if (/用于该(?:园区|基地|项目|学校|产业园)/.test(text.slice(amountEnd, sentence.end))) {
    const named = ctx.mentions.filter((m) => m.end <= sentence.start && (m.entity.type === "park" || m.entity.type === "school")).pop();
    if (named) return by("funds.named-site", [named]);
  }
  const between = mentions.find((m) => m.start >= trigger && m.end <= amountEnd && other(m) && m.entity.type === "park");
  if (between) return by("funds.into-site", [between]);
  // 甲区在乙县投入资金…: the place the money is spent in, written in the giver's clause (not one the giver lies in).
  const spentIn = mentions.find((m) => m.start > giver.end && m.end <= trigger && other(m) && text[m.start - 1] === "在" && !/[，,；;]/.test(text.slice(m.end, trigger)) && !isInsidePlace(giver, m));
  if (spentIn) return by("funds.spent-in", listAfter(text, mentions, spentIn.start).filter((m) => m.end <= trigger && other(m)));
  // Otherwise the place the giver helps in this article, when there is one (mentioned here, or the only one).
  const partners = [...new Map(pairings.filter((p) => p.source.entity.id === giver.entity.id).map((p) => [p.target.entity.id, p.target])).values()]
    .filter((p) => PLACE_TYPES.has(p.entity.type));
  // 捐赠给每个结对帮扶对象村: every village the giver is paired with.
  // 帮助两镇发展, 用于3个结对村 (not 对口帮扶的4个县已脱贫, no receiver): as many as the giver's
  // partners of that level, all of them.
  const each = /每个[^，。]{0,10}?(村|镇|乡|县)|(?:帮助|用于|支持|扶持|资助|助力|[为向给])(?:这|该)?(两|三|四|五|[2-5])个?(?:结对|帮扶)?(村|镇|乡|县)(?![委长])/.exec(text.slice(trigger, sentence.end));
  if (each) {
    const level = each[1] ?? each[3]!;
    const kind = level === "村" ? "village" : level === "县" ? "county" : "town";
    const all = partners.filter((p) => p.entity.type === kind);
    const count = each[2] ? (COUNTS[each[2]] ?? Number(each[2])) : undefined;
    if (all.length > 0 && (count === undefined || all.length === count)) return by(count === undefined ? "funds.each-partner" : "funds.counted-partners", all);
  }
  const inSentence = partners.filter((p) => mentions.some((m) => m.entity.id === p.entity.id && m.start > trigger));
  if (inSentence.length === 1) return by("funds.partner-in-sentence", [mentions.find((m) => m.entity.id === inSentence[0]!.entity.id)!]);
  if (partners.length === 1) return by("funds.only-partner", [partners[0]!]);
  // 甲小学与乙小学结对。甲小学捐赠价值5万元的图书: a body's one partner body receives.
  const bodyPartner = onlyPartner(pairings, giver, BODY_TYPES);
  if (bodyPartner && BODY_TYPES.has(giver.entity.type)) return by("funds.only-body-partner", [bodyPartner]);
  // 甲市 pairs with 乙州 and with counties of 乙州: money stated for all of them goes to 乙州.
  const containing = partners.filter((p) => partners.every((q) => q === p || (p.entity.code !== undefined && q.entity.code?.startsWith(p.entity.code))));
  if (containing.length === 1) return by("funds.containing-partner", containing);
  // 甲会来到乙镇开展捐赠活动。活动中，丙公司捐赠20万元: the place the sentence before visited receives.
  const visited = visitedBefore(ctx, sentence, giver);
  if (visited.length) return by("funds.visited-place", visited);
  return by("funds.only-partner", []);
}

/** Numbers of partners written as words (两镇, 三个村). */
const COUNTS: Record<string, number> = { 两: 2, 三: 3, 四: 4, 五: 5 };

/** What stands between a passive clause's subject and its giver: 由, 是由, 是 (乙校的教学楼由甲会…). */
const PASSIVE_BEFORE = /^(?:的?[^，,。；]{1,8}?)?(?:是由|由|是)$/;

/** The subject of 乙…由甲出资 / 乙…是甲捐资…的: the receiver written right before the marker, in the giver's clause. */
function passiveSubject(text: string, mentions: ResolvedMention[], giver: ResolvedMention, sentence: Sentence): ResolvedMention | undefined {
  const head = chainHead(mentions, giver);
  const before = mentions.filter((m) => m.end <= head.start && m.start >= sentence.start);
  const subject = before[before.length - 1];
  if (!subject || !RECEIVER_TYPES.has(subject.entity.type) || /[，,。；]/.test(text.slice(subject.end, head.start))) return undefined;
  const gap = text.slice(subject.end, head.start);
  // 是 alone needs the 的 that closes the relative clause (乙校是甲会捐资建设的).
  if (/^(?:的?[^，,。；]{1,8}?)?是$/.test(gap) && !/的[。，,；]?$/.test(text.slice(giver.end, sentence.end).replace(/[。！？；;]\s*$/, ""))) return undefined;
  return PASSIVE_BEFORE.test(gap) ? subject : undefined;
}

/** Verbs of visiting whose object is the place visited: 来到, 走进, 深入, 赴, 到. */
const VISITING = /(?:来到|走进|走访|深入|前往|(?<![得受达看提感遇找想做])到|赴)$/;

/**
 * The place or body the sentence before (in the same paragraph) says someone visited, and the
 * members of its list: the receiver of a gift whose sentence names none (a donation at the visit).
 */
function visitedBefore(ctx: DocumentContext, sentence: Sentence, giver: ResolvedMention): ResolvedMention[] {
  const index = ctx.sentences.indexOf(sentence);
  if (index <= 0 || ctx.doc.text.slice(ctx.sentences[index - 1]!.end, sentence.start).includes("\n")) return [];
  const text = ctx.doc.text;
  const before = ctx.mentionsWithPronouns(index - 1);
  const head = before.find((m) => m.entity.id !== giver.entity.id && RECEIVER_TYPES.has(m.entity.type) && VISITING.test(text.slice(m.start - 2, m.start)));
  return head ? listAfter(text, before, head.start).filter((m) => m.entity.id !== giver.entity.id && RECEIVER_TYPES.has(m.entity.type)) : [];
}

/** Verbs of giving whose object is the receiver (援助乙县, 捐赠乙小学, 投入乙县…资金); not 投资 (an investment). */
const GIVING_VERB = /(?:捐赠|捐助|捐款|资助|赞助|援助|支援|帮扶|投入|拨付|下拨|拨款|划拨|下达|给予|赠送|送去|送来|送上|支持|扶持|安排|落实|补助|奖补)(?:了|给)?$/;

/** The receivers a verb of giving takes as its object, written after the giver and before the amount. */
function objectOfGift(text: string, mentions: ResolvedMention[], giver: ResolvedMention, amountStart: number): ResolvedMention[] {
  const head = mentions.find((m) => m.start > giver.end && m.end <= amountStart && RECEIVER_TYPES.has(m.entity.type) && GIVING_VERB.test(text.slice(m.start - 4, m.start)));
  return head ? listAfter(text, mentions, head.start).filter((m) => m.end <= amountStart) : [];
}

/** The second party of `A与B` written before in the sentence, where A is the giver. */
function latterParty(text: string, mentions: ResolvedMention[], giver: ResolvedMention): ResolvedMention | undefined {
  const first = mentions.find((m) => m.entity.id === giver.entity.id && m.start < giver.start);
  if (!first) return undefined;
  const after = mentions.filter((m) => m.start > first.end && m.end <= giver.start);
  if (!after.length || !/^[与和同]$/.test(text.slice(first.end, after[0]!.start))) return undefined;
  let party = after[0]!;
  for (const next of after.slice(1)) {
    if (next.start !== party.end || !party.entity.code || !next.entity.code?.startsWith(party.entity.code)) break;
    party = next;
  }
  return party;
}
