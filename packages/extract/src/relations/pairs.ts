import type { ResolvedMention } from "../mention.js";
import { isAncestorCode } from "../gazetteer/levels.js";
import { isEasternCode } from "../lexicons/eastern-provinces.js";
import { withoutAbbreviationPairs } from "./abbreviation-pairs.js";
import { ACTOR_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { clauseOf } from "./sentences.js";
import { TriggerIndex } from "./trigger-index.js";
import { PAIRING_TRIGGERS } from "./triggers.js";

const PAIRING = new TriggerIndex(PAIRING_TRIGGERS);

/** What joins the two places of a body named for a pairing: 甲市对口支援乙县工作组, 甲区帮扶乙县工作队. */
const PAIRING_IN_NAME = /^(?:对口支援|对口帮扶|对口协作|结对帮扶|帮扶|扶贫协作)$/;

/** A venue between the parties and what they do there: 在乙县丙镇(举行|召开|举办|开展). */
const VENUE = /在[^，,。；在]{2,24}?(?=举行|召开|举办|开展|启动)/g;

/** The text of a place pronoun's mention (我州, 该县), as context.ts reads them. */
const PRONOUN_TEXT = /^(?:我|本|全|该)(?:县|区|市|州|旗|镇|乡|村|校|院)$/;

const isActor = (m: ResolvedMention) => ACTOR_TYPES.has(m.entity.type) && !m.nested;

/**
 * `pairs_with`, helper → helped: `A对口帮扶B、C`, `A与B结对帮扶/携手/开展扶贫协作`, and a pair of
 * province abbreviations before 协作 (粤桂协作 → 广东省 → 广西壮族自治区).
 */
export function findPairings(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    // 甲区与我县结对, 与该县携手: a place pronoun is a party as the place's name would be.
    const mentions = ctx.mentionsWithPronouns(index).filter(isActor);
    // 瑞安剑阁携手奏响浙川协作新乐章: the abbreviations of two provinces name their own pair (read
    // below), they are neither side of another pairing's trigger.
    const parties = withoutAbbreviationPairs(mentions);
    const named = parties.filter((m) => !PRONOUN_TEXT.test(m.text));
    for (const trigger of triggersIn(text, sentence.start, sentence.end)) {
      // 签订…合作框架协议: a pairing word inside an agreement's name states a pairing only when it is 结对/对口帮扶/携手.
      const word = text.slice(trigger.start, trigger.end);
      if (/(?:签订|签署|签约)[^，,。]*$/.test(text.slice(sentence.start, trigger.start)) && !/结对|对口|携手/.test(word)) continue;
      let before = parties.filter((m) => m.end <= trigger.start && !/[，,。；]/.test(text.slice(m.end, trigger.start)));
      // 甲区与乙县在乙县丙镇举行结对帮扶签约仪式: the places of the venue are neither side of the pair.
      const venues = [...text.slice(sentence.start, trigger.start).matchAll(VENUE)].map((v) => [sentence.start + v.index, sentence.start + v.index + v[0].length] as const);
      if (venues.length) {
        const outside = before.filter((m) => !venues.some(([from, to]) => m.start >= from && m.end <= to));
        const pair = before.length >= 2 ? conjunction(text, before) : undefined;
        if (outside.length >= 2 && outside.length < before.length && !pair && conjunction(text, outside)) before = outside;
      }
      const after = listAfter(text, parties, trigger.end);
      // 甲市对口乙州: 对口 alone pairs only with the place written right after it.
      if (word === "对口" && after[0]?.start !== trigger.end) continue;
      const joinedByMark = markedPair(text, before, trigger.start);
      // (A visit reads the places named: 来到我州 is where a delegation went, any delegation.)
      const visit = visitOf(text, named, sentence.start, ctx.mentions);
      const by = before.length >= 2 && text[before[before.length - 1]!.start - 1] === "由" ? before[before.length - 1] : undefined;
      // 甲区对乙县的帮扶, 甲区对乙县开展帮扶: the helped after 对, the helper right before it.
      const object = before.length >= 2 && text.slice(before[before.length - 2]!.end, before[before.length - 1]!.start) === "对" ? before.slice(-2) : undefined;
      // A与B结对: both sides before the trigger.
      const joined = before.length >= 2 ? conjunction(text, before) : undefined;
      // A与B、C结对: one party before 与 and a list after it.
      const withList = joined ? undefined : conjoinedList(text, before, trigger.start);
      // 在甲区的帮扶下，乙县…: the helper before the trigger, the helped the next clause opens with.
      const underHelp = under(text, before, trigger, sentence.end, parties);
      if (joined && after.length > 0 && after[0]!.start === trigger.end && /^(?:共同)?$/.test(text.slice(joined[1].end, trigger.start))) {
        // 由A和B结对帮扶C: A and B help together, C is helped.
        for (const helper of [...listEndingAt(text, before, joined[0]), joined[1]]) {
          for (const helped of after) if (helped.entity.id !== helper.entity.id) found.push({ type: "pairs_with", source: helper, target: helped, sentence, rule: "pairs.joint-helpers" });
        }
      } else if (joined) {
        // A、B和C与D结对: every listed helper pairs with D.
        for (const helper of listEndingAt(text, before, joined[0])) found.push({ type: "pairs_with", source: helper, target: joined[1], sentence, rule: "pairs.conjunction" });
        // 甲镇与乙镇、丙镇与丁镇分别结对: each pair of the list pairs.
        for (const [helper, helped] of pairsListedBefore(text, before, joined[0])) found.push({ type: "pairs_with", source: helper, target: helped, sentence, rule: "pairs.pair-list" });
      } else if (withList) {
        // A与B、C结对: A pairs with every member of the list.
        for (const helped of withList.helped) found.push({ type: "pairs_with", source: withList.helper, target: helped, sentence, rule: "pairs.with-list" });
      } else if (respectivePairs(text, before, trigger.start).length) {
        // 甲镇、乙镇分别与丙镇、丁镇结对: the first helper with the first helped, and so on.
        for (const [helper, helped] of respectivePairs(text, before, trigger.start)) found.push({ type: "pairs_with", source: helper, target: helped, sentence, rule: "pairs.respective" });
      } else if (/前者/.test(text.slice(sentence.start, trigger.start)) && /后者/.test(text.slice(sentence.start, trigger.start))) {
        // …A与B结对帮扶，前者…与后者C、D等…结对帮扶: 前者 is A, and 后者's list are the helped.
        const previous = found.filter((f) => f.sentence === sentence).pop();
        const latter = text.indexOf("后者", sentence.start);
        if (previous) for (const helped of listAfter(text, parties, latter + 2)) found.push({ type: "pairs_with", source: previous.source, target: helped, sentence, rule: "pairs.latter-list" });
      } else if (object && object[0]!.entity.id !== object[1]!.entity.id) {
        found.push({ type: "pairs_with", source: object[0]!, target: object[1]!, sentence, rule: "pairs.marked-object" });
      } else if (joinedByMark) {
        found.push({ type: "pairs_with", source: joinedByMark[0], target: joinedByMark[1], sentence, rule: "pairs.marked-pair" });
      } else if (by) {
        // 乙县由甲市负责对口帮扶: the helper after 由, the helped before it.
        found.push({ type: "pairs_with", source: by, target: before[before.length - 2]!, sentence, rule: "pairs.passive" });
      } else if (respectiveObjects(text, before, after, trigger.start).length) {
        // 甲镇、乙镇分别帮扶丙镇、丁镇: the first helper helps the first helped, and so on.
        for (const [helper, helped] of respectiveObjects(text, before, after, trigger.start)) found.push({ type: "pairs_with", source: helper, target: helped, sentence, rule: "pairs.respective" });
      } else if (before.length > 0 && after.length > 0) {
        const helper = before[before.length - 1]!;
        for (const helped of after) if (helped.entity.id !== helper.entity.id) found.push({ type: "pairs_with", source: helper, target: helped, sentence, rule: "pairs.verb-object" });
        // 甲市、乙市两地共同帮扶丙县: every helper of the list helps.
        if (/^(?:两地|两市|两区|两县|两省)?(?:共同|一起|联合)$/.test(text.slice(helper.end, trigger.start))) {
          for (const other of listEndingAt(text, before, helper).slice(0, -1)) {
            for (const helped of after) if (helped.entity.id !== other.entity.id) found.push({ type: "pairs_with", source: other, target: helped, sentence, rule: "pairs.joint-helpers" });
          }
        }
      } else if (after.length > 0 && before.length === 0) {
        // 甲市坚持…，…帮扶乙州: the sentence's subject helps, when it is an eastern place and the helped lies elsewhere.
        const subject = parties.find((m) => m.end <= trigger.start && PLACE_TYPES.has(m.entity.type));
        if (subject && isEasternCode(subject.entity.code)) {
          for (const helped of after) {
            if (helped.entity.code && helped.entity.code.slice(0, 4) !== subject.entity.code!.slice(0, 4)) found.push({ type: "pairs_with", source: subject, target: helped, sentence, rule: "pairs.sentence-subject" });
          }
        }
      } else if (underHelp) {
        found.push({ type: "pairs_with", source: underHelp.helper, target: underHelp.helped, sentence, rule: "pairs.under-help" });
      } else if (visit) {
        for (const helped of visit.visited) if (helped.entity.id !== visit.visitor.entity.id) found.push({ type: "pairs_with", source: visit.visitor, target: helped, sentence, rule: "pairs.visit" });
      } else {
        found.push(...clausePair(text, parties, trigger, sentence));
      }
    }
    found.push(...madePartners(ctx, index, mentions));
    found.push(...asHelper(text, mentions, sentence));
    // 甲市对口支援乙县工作组: a body named for a pairing states it.
    const nested = ctx.mentionsIn(index, true).filter((m) => m.nested && PLACE_TYPES.has(m.entity.type));
    for (const body of ctx.mentionsIn(index).filter((m) => m.entity.type === "government" || m.entity.type === "organization")) {
      const inside = nested.filter((m) => m.start >= body.start && m.end <= body.end);
      for (let i = 1; i < inside.length; i++) {
        const a = inside[i - 1]!;
        let b = inside[i]!;
        if (!PAIRING_IN_NAME.test(text.slice(a.end, b.start))) continue;
        // 甲省对口支援乙区丙州前方指挥部: the helped place is the innermost of the chain after the verb.
        for (let j = i + 1; j < inside.length && inside[j]!.start === b.end && isInside(inside[j]!, b); j++) b = inside[j]!;
        if (a.entity.id !== b.entity.id) found.push({ type: "pairs_with", source: a, target: b, sentence, rule: "pairs.in-name" });
      }
    }
    // 粤桂协作: two adjacent abbreviations, the first helping the second.
    for (let i = 1; i < mentions.length; i++) {
      const [a, b] = [mentions[i - 1]!, mentions[i]!];
      // 沪陕东西部协作, 沪陕两地协作: the words of the cooperation may come between the pair and 协作.
      if (a.text.length === 1 && b.text.length === 1 && a.end === b.start && /^(?:两地|两省|两省市)?(?:东西部|东西)?(?:扶贫)?(?:协作|合作|帮扶)/.test(text.slice(b.end, b.end + 8))) {
        found.push({ type: "pairs_with", source: a, target: b, sentence, rule: "pairs.abbreviations" });
      }
    }
  });
  return found.map(helperFirst);
}

/**
 * 甲区与乙县、丙县结对, 甲区同乙市丙县和丁县开展协作, 甲镇与乙镇、丙镇分别结对 (one helper, so 分别
 * pairs it with each): the list right before the trigger (each member
 * the innermost place of its chain) and the party joined to it by 与/同 (not 和, which may join helpers).
 */
function conjoinedList(text: string, before: ResolvedMention[], triggerStart: number): { helper: ResolvedMention; helped: ResolvedMention[] } | undefined {
  let last = before[before.length - 1];
  if (!last || !/^(?:分别)?(?:开展|建立|共同)?$/.test(text.slice(last.end, triggerStart))) return undefined;
  const helped: ResolvedMention[] = [];
  for (;;) {
    helped.unshift(last);
    const head = chainHead(before, last);
    const previous = before[before.indexOf(head) - 1];
    if (!previous) return undefined;
    const gap = text.slice(previous.end, head.start);
    if (/^[与同]$/.test(gap) || ADVERB_CONJUNCTION.test(gap) && !/和$/.test(gap)) {
      // 甲区、乙区分别与丙县、丁县结对: helpers listed too pair one by one, which this list does not read.
      const earlier = before[before.indexOf(previous) - 1];
      if (/分别/.test(gap) || earlier && /^[、和及]$/.test(text.slice(earlier.end, chainHead(before, previous).start))) return undefined;
      const others = helped.filter((m) => m.entity.id !== previous.entity.id);
      return helped.length >= 2 && others.length === helped.length ? { helper: previous, helped: others } : undefined;
    }
    if (!/^[、和及]$/.test(gap)) return undefined;
    last = previous;
  }
}

/**
 * 甲镇、乙镇分别与丙镇、丁镇结对 (签订协议): two lists of one length joined by 分别与, paired in
 * order, each member the innermost place of its chain. The second list ends right before `end`
 * (or before 签订/开展/建立… there).
 */
export function respectivePairs(text: string, before: ResolvedMention[], end: number): [ResolvedMention, ResolvedMention][] {
  const last = before[before.length - 1];
  if (!last || !/^(?:签订|签署|签约|签下|开展|建立|结成|共同)?$/.test(text.slice(last.end, end))) return [];
  const listBack = (from: ResolvedMention): { list: ResolvedMention[]; gap: string; previous?: ResolvedMention } => {
    const list = [from];
    for (;;) {
      const head = chainHead(before, list[0]!);
      const previous = before[before.indexOf(head) - 1];
      const gap = previous ? text.slice(previous.end, head.start) : "";
      if (!previous || !/^[、和及]$/.test(gap)) return { list, gap, ...(previous ? { previous } : {}) };
      list.unshift(previous);
    }
  };
  const helped = listBack(last);
  if (!helped.previous || !RESPECTIVELY_WITH.test(helped.gap)) return [];
  const helpers = listBack(helped.previous).list;
  if (helpers.length < 2 || helpers.length !== helped.list.length) return [];
  return helpers.map((helper, k) => [helper, helped.list[k]!] as [ResolvedMention, ResolvedMention]).filter(([a, b]) => a.entity.id !== b.entity.id);
}

/**
 * 甲镇、乙镇分别帮扶丙县丁镇、戊镇: a list of helpers right before 分别 and the trigger, and a list of
 * helped of the same length right after it, paired in order.
 */
function respectiveObjects(text: string, before: ResolvedMention[], after: ResolvedMention[], triggerStart: number): [ResolvedMention, ResolvedMention][] {
  const last = before[before.length - 1];
  if (!last || text.slice(last.end, triggerStart) !== "分别") return [];
  const helpers = listEndingAt(text, before, last);
  if (helpers.length < 2 || helpers.length !== after.length) return [];
  return helpers.map((helper, k) => [helper, after[k]!] as [ResolvedMention, ResolvedMention]).filter(([a, b]) => a.entity.id !== b.entity.id);
}

/** 在甲区的(对口)帮扶下，: the helper, the trigger and the 下 that closes the phrase. */
const UNDER_HELP_AFTER = /^(?:和支持|与支持)?下[，,]\s*/;

/** The two parties of 在甲区的帮扶下，乙县…: the innermost place before 的, and the first actor (innermost of its chain) after the comma. */
function under(text: string, before: ResolvedMention[], trigger: { start: number; end: number }, sentenceEnd: number, mentions: ResolvedMention[]): { helper: ResolvedMention; helped: ResolvedMention } | undefined {
  const helper = before[before.length - 1];
  // 在甲区的帮扶下 and 在甲区对口帮扶下 alike.
  if (!helper || !/^的?(?:对口|大力|倾力|精准)?$/.test(text.slice(helper.end, trigger.start).replace(/对口帮扶|结对帮扶|帮扶|对口支援|扶贫协作$/, "")) || text.slice(helper.start - 1, helper.start) !== "在" && !before.some((m) => m.end === helper.start && text[m.start - 1] === "在")) return undefined;
  const close = UNDER_HELP_AFTER.exec(text.slice(trigger.end, trigger.end + 8));
  if (!close) return undefined;
  const at = trigger.end + close[0].length;
  let helped = mentions.find((m) => m.start === at);
  if (!helped || helped.entity.id === helper.entity.id || helped.start >= sentenceEnd) return undefined;
  for (let next = mentions[mentions.indexOf(helped) + 1]; next && next.start === helped.end && isInside(next, helped); next = mentions[mentions.indexOf(next) + 1]) helped = next;
  return { helper, helped };
}

/**
 * 乙县是甲区对口支援的县, 作为乙县的对口帮扶地区，甲区…: when no pattern reads the trigger's
 * clause, its two places, one eastern and one western, pair (the eastern one helps).
 */
function clausePair(text: string, mentions: ResolvedMention[], trigger: { start: number; end: number }, sentence: { start: number; end: number }): Finding[] {
  const [from, to] = clauseOf(text.slice(sentence.start, sentence.end), trigger.start - sentence.start).map((x) => x + sentence.start) as [number, number];
  // 甲区12所中小学与乙县12所学校结对: a place before a count only says where the counted bodies are, they pair.
  const inClause = mentions.filter((m) => m.start >= from && m.end <= to && PLACE_TYPES.has(m.entity.type) && m.entity.code && m.text.length > 1 && !COUNTED_AFTER.test(text.slice(m.end, m.end + 6)));
  // 甲市乙区是丙市丁县的结对区: a place written right before a place inside it only locates it.
  const inner = inClause.filter((m, i) => !(inClause[i + 1]?.start === m.end && isInside(inClause[i + 1]!, m)));
  const places = [...new Map(inner.map((m) => [m.entity.id, m])).values()];
  if (places.length !== 2) return [];
  const [a, b] = places as [ResolvedMention, ResolvedMention];
  // A visit is read by visitOf, which knows that a western delegation in the east comes to learn.
  if (places.some((p) => VISIT_VERB.test(text.slice(Math.max(from, p.start - 3), p.start)))) return [];
  if (isEasternCode(a.entity.code) === isEasternCode(b.entity.code)) return [];
  const [helper, helped] = isEasternCode(a.entity.code) ? [a, b] : [b, a];
  return [{ type: "pairs_with", source: helper, target: helped, sentence: sentence as Finding["sentence"], rule: "pairs.clause-pair" }];
}

/** A count of bodies or people right after a place (12所, 60家, 30个, 一百多名). */
const COUNTED_AFTER = /^(?:[\d０-９]+|[一二三四五六七八九十百千两几多]+)(?:多|余)?(?:所|家|个|名|户|支|批)/;

/** 作为乙县的(对口)帮扶方，甲区…: the phrase that names the helped, up to its comma. */
const AS_HELPER = /作为([^，,。；]{2,30}?)的(?:对口|结对)?(?:帮扶|支援|协作)(?:方|单位|地区|城市|省份|力量)[，,]\s*/g;

/** 作为甲区的(东西部协作)结对县，乙县…: the phrase that names the helper, up to its comma. */
const AS_HELPED = /作为([^，,。；]{2,30}?)的(?:东西部协作|扶贫协作|对口)?(?:结对|帮扶|对口帮扶|对口支援|结对帮扶|协作|支援)(?:县|市|区|州|旗|镇|乡|村|对象|地区)[，,]\s*/g;

/**
 * 作为乙县的帮扶方，甲区投入…: the first actor after the comma helps the innermost actor of the
 * phrase; 作为甲区的结对县，乙县…: the other way round.
 */
function asHelper(text: string, mentions: ResolvedMention[], sentence: { start: number; end: number; text: string }): Finding[] {
  const found: Finding[] = [];
  for (const [pattern, rule] of [[AS_HELPER, "pairs.as-helper"], [AS_HELPED, "pairs.as-helped"]] as const) {
    for (const match of sentence.text.matchAll(pattern)) {
      const from = sentence.start + match.index + 2;
      const to = from + match[1]!.length;
      const named = mentions.findLast((m) => m.start >= from && m.end <= to);
      const subject = mentions.find((m) => m.start === sentence.start + match.index + match[0].length);
      if (!named || !subject || subject.entity.id === named.entity.id) continue;
      const [source, target] = rule === "pairs.as-helper" ? [subject, named] : [named, subject];
      found.push({ type: "pairs_with", source, target, sentence: sentence as Finding["sentence"], rule });
    }
  }
  return found;
}

/** 把乙村、丙村新增为结对对象, 将乙镇确定为帮扶对象: the list becomes the partners of the clause's subject. */
const MADE_PARTNERS = /[把将]([^，,。；]{2,60}?)(?:新增为|确定为|列为|纳入|作为|结为)[^，,。；]{0,4}?(?:结对|帮扶|对口)[^，,。；]{0,4}?(?:对象|村|镇|单位|关系)/g;

function madePartners(ctx: DocumentContext, index: number, mentions: ResolvedMention[]): Finding[] {
  const text = ctx.doc.text;
  const sentence = ctx.sentences[index]!;
  const found: Finding[] = [];
  for (const match of sentence.text.matchAll(MADE_PARTNERS)) {
    const at = sentence.start + match.index;
    const listed = listAfter(text, mentions, at + 1).filter((m) => m.end <= at + 1 + match[1]!.length && PLACE_TYPES.has(m.entity.type));
    // The helper: the actor the sentence opens with, else the previous sentence's.
    let subject = mentions.find((m) => m.end <= at && PLACE_TYPES.has(m.entity.type)) ?? (index > 0 ? ctx.mentionsIn(index - 1).find(isActor) : undefined);
    if (!subject) continue;
    // 甲区乙镇把…: the innermost place of the chain.
    for (let next = mentions[mentions.indexOf(subject) + 1]; next && next.start === subject.end && next.end <= at && isInside(next, subject); next = mentions[mentions.indexOf(next) + 1]) subject = next;
    for (const helped of listed) if (helped.entity.id !== subject.entity.id && !isInside(helped, subject)) found.push({ type: "pairs_with", source: subject, target: helped, sentence, rule: "pairs.made-partners" });
  }
  return found;
}

/** 甲—乙对口支援, 甲·乙扶贫协作, 甲乙两地结对: two places joined by a dash or a dot (or side by side before 两地) right before the trigger. */
function markedPair(text: string, before: ResolvedMention[], triggerStart: number): [ResolvedMention, ResolvedMention] | undefined {
  // 甲市乙区—丙市丁县: each side is the innermost place of its chain, and the mark stands before the second chain.
  const b = before[before.length - 1];
  const bHead = b ? chainHead(before, b) : undefined;
  const a = bHead ? before[before.indexOf(bHead) - 1] : undefined;
  if (!a || !b || !bHead || a.entity.id === b.entity.id || !a.entity.code || !b.entity.code || b.entity.code.startsWith(a.entity.code)) return undefined;
  const rest = text.slice(b.end, triggerStart);
  const joined = /^\s*[—–\-·・]\s*$/.test(text.slice(a.end, bHead.start)) ? /^(?:东西部|东西|两地)?(?:扶贫)?$/.test(rest) : /^、?$/.test(text.slice(a.end, bHead.start)) && /^两地(?:结成|建立)?(?:东西部|东西)?$/.test(rest);
  return joined ? [a, b] : undefined;
}

/** Verbs of travel right before a place (到 not as in 得到, 受到, 达到). */
const VISIT_VERB = /(?:(?<![得受达看提感遇找想做])到|赴|奔赴|来到|走进|前往|抵达|深入)$/;

/**
 * 甲区党政代表团到乙县开展对口帮扶, 甲区…带队赴乙县、丙县…围绕结对帮扶工作: the body that
 * travels helps the places it travels to, when the sentence names the pairing.
 */
function visitOf(text: string, mentions: ResolvedMention[], sentenceStart: number, all: ResolvedMention[]): { visitor: ResolvedMention; visited: ResolvedMention[] } | undefined {
  for (const [i, m] of mentions.entries()) {
    if (i === 0 || !VISIT_VERB.test(text.slice(Math.max(sentenceStart, m.start - 3), m.start))) continue;
    // The visitor: the nearest body or place before, in the same clause, within 30 characters.
    const visitor = mentions.slice(0, i).findLast((v) => v.entity.type !== "person" && v.text.length > 1);
    if (!visitor || m.start - visitor.end > 30 || /[，,。；]/.test(text.slice(visitor.end, m.start))) return undefined;
    const traveller = placeOf(visitor, all) ?? visitor;
    // A province is a region visited, not a partner (到广西考察); a western delegation visiting the east learns, it does not help.
    const western = traveller.entity.code !== undefined && !isEasternCode(traveller.entity.code);
    const visited = listAfter(text, mentions, m.start)
      .map((v) => placeOf(v, all) ?? v)
      // …县乡村振兴局…到新坪村调研: a county's own village visited is its work at home, no partner.
      .filter((v) => v.entity.type !== "province" && !(western && isEasternCode(v.entity.code)) && !within(v, homeOf(traveller, all)));
    return visited.length ? { visitor: traveller, visited } : undefined;
  }
  return undefined;
}

/** Whether the gazetteer places `inner` inside `outer`. */
function within(inner: ResolvedMention, outer: ResolvedMention | undefined): boolean {
  return inner.entity.code !== undefined && outer?.entity.code !== undefined && isAncestorCode(outer.entity.code, inner.entity.code);
}

/** A place itself; a body, the longest place of the article its name opens with (甲市委 → 甲市), named anywhere. */
function homeOf(traveller: ResolvedMention, all: ResolvedMention[]): ResolvedMention | undefined {
  if (traveller.entity.code !== undefined) return traveller;
  const name = traveller.entity.name;
  let home: ResolvedMention | undefined;
  for (const m of all) {
    if (m.entity.code === undefined || !PLACE_TYPES.has(m.entity.type) || m.entity.name.length >= name.length || !name.startsWith(m.entity.name)) continue;
    if (!home || m.entity.name.length > home.entity.name.length) home = m;
  }
  return home;
}

/** 甲区委, 甲区监委, 甲区人民政府: a place's body travels for the place, the longest place of the article its name opens with. */
function placeOf(body: ResolvedMention, mentions: ResolvedMention[]): ResolvedMention | undefined {
  if (body.entity.type !== "government") return undefined;
  const places = mentions.filter((m) => PLACE_TYPES.has(m.entity.type) && !m.nested && m.entity.name.length > 1 && body.entity.name.startsWith(m.entity.name) && body.entity.name !== m.entity.name);
  return places.sort((x, y) => y.entity.name.length - x.entity.name.length)[0];
}

/** 黔粤协作, 昭通与东莞结对: written west first, the eastern place is still the helper. */
function helperFirst(finding: Finding): Finding {
  const { source, target } = finding;
  const westHelpsEast = !isEasternCode(source.entity.code) && source.entity.code !== undefined && isEasternCode(target.entity.code);
  return westHelpsEast ? { ...finding, source: target, target: source } : finding;
}

function triggersIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    const trigger = PAIRING.at(text, i);
    if (trigger) {
      found.push({ start: i, end: i + trigger.length });
      i += trigger.length - 1;
    }
  }
  return found;
}

/** The mentions listed right after a trigger: B、C和D. */
export function listAfter(text: string, mentions: ResolvedMention[], from: number): ResolvedMention[] {
  const list: ResolvedMention[] = [];
  let at = from;
  for (const mention of mentions.filter((m) => m.start >= from)) {
    // Quotes around listed names do not break the list: 「A」「B」和「C」.
    const gap = text.slice(at, mention.start).replace(/[「」“”《》"]/g, "");
    if (gap.length > 2 || (list.length > 0 && !/^[、和及与]?$/.test(gap)) || /[，,。；]/.test(gap)) break;
    // 广西百色市德保县: a place followed by a place inside it names the inner one.
    const previous = list[list.length - 1];
    if (previous && gap === "" && isInside(mention, previous)) list.pop();
    list.push(mention);
    at = mention.end;
  }
  return list;
}

/** Place levels from the largest down: a place written right after a larger one lies in it. */
const PLACE_RANK: Record<string, number> = { province: 0, city: 1, district: 2, county: 2, town: 3, village: 4 };

/**
 * Whether `inner`, written right after `outer`, is a place inside it: by code (广西百色市), or
 * by level when the gazetteer does not know the inner one (甲镇乙村 with 乙村 read from the text).
 */
export function isInside(inner: ResolvedMention, outer: ResolvedMention): boolean {
  if (outer.entity.code && inner.entity.code) return inner.entity.code.startsWith(outer.entity.code) && inner.entity.code !== outer.entity.code;
  const [a, b] = [PLACE_RANK[outer.entity.type], PLACE_RANK[inner.entity.type]];
  return a !== undefined && b !== undefined && b > a;
}

/** The first mention of the chain of places `mention` ends (甲县乙镇丙村 → 甲县 for 丙村). */
export function chainHead(mentions: ResolvedMention[], mention: ResolvedMention): ResolvedMention {
  let head = mention;
  // 甲州乙县团县委: a body written right after a place is that place's body, the chain goes on before it.
  const located = (inner: ResolvedMention, outer: ResolvedMention) => isInside(inner, outer) || (inner === mention && !PLACE_TYPES.has(inner.entity.type) && PLACE_TYPES.has(outer.entity.type));
  for (let i = mentions.indexOf(mention) - 1; i >= 0 && mentions[i]!.end === head.start && located(head, mentions[i]!); i--) head = mentions[i]!;
  return head;
}

/** The list that ends with `last`: A、B和C → [A, B, C]. */
function listEndingAt(text: string, mentions: ResolvedMention[], last: ResolvedMention): ResolvedMention[] {
  const list = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!/^[、和及]$/.test(text.slice(m.end, list[0]!.start))) break;
    // 甲同乙、丙同丁: 乙 closes a pair of its own, it is not one more helper of 丁; so does 乙
    // written inside its place (甲镇与乙县丙镇、丁镇与戊镇: 丙镇 is 甲镇's partner, not a helper of 戊镇).
    const head = chainHead(mentions, m);
    const before = mentions[mentions.indexOf(head) - 1];
    if (before && WITH_OWN_PLACE.test(text.slice(before.end, head.start)) && !/^和/.test(text.slice(before.end, head.start))) break;
    list.unshift(m);
  }
  return list;
}

/**
 * The pairs written before the pair whose first side is `first`: 甲镇与乙镇、丙镇与丁镇 → 甲镇–乙镇
 * for 丙镇 (each side the innermost place of its chain).
 */
function pairsListedBefore(text: string, before: ResolvedMention[], first: ResolvedMention): [ResolvedMention, ResolvedMention][] {
  const pairs: [ResolvedMention, ResolvedMention][] = [];
  let side = first;
  for (;;) {
    const head = chainHead(before, side);
    const helped = before[before.indexOf(head) - 1];
    if (!helped || !/^[、，,；]$/.test(text.slice(helped.end, head.start))) break;
    const helpedHead = chainHead(before, helped);
    const helper = before[before.indexOf(helpedHead) - 1];
    if (!helper || !WITH_OWN_PLACE.test(text.slice(helper.end, helpedHead.start)) || helper.entity.id === helped.entity.id) break;
    pairs.unshift([helper, helped]);
    side = helper;
  }
  return pairs;
}

/**
 * 还与, 已经和, 正式同: an adverb before the conjunction of two parties; 自2019年起与, 2018年10月
 * 以来同, 多年来与: a time since when (the pairing is as stated as without it).
 */
export const ADVERB_CONJUNCTION = /^(?:(?:自|从|于)?(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|近年|多年|近几年)(?:起|以来|来|开始)?)?(?:还|也|已|又|将|已经|先后|分别|正式|率先|主动|积极|首次|再次|继续)?(?:与|和|同)$/;

/**
 * 与, and 与我县, 与该县 before a partner named without its county (甲镇与我县乙镇结对): the
 * pronoun stands where the county's name would, the article's own or the one named before.
 */
const WITH_OWN_PLACE = /^(?:与|和|同)(?:[我该本](?:县|区|市|州|旗))?$/;
const RESPECTIVELY_WITH = /^分别(?:与|和|同)(?:[我该本](?:县|区|市|州|旗))?$/;

/** `A与B`, `A和B`, `A还与B` right before the trigger: the two sides, in the order written. */
function conjunction(text: string, before: ResolvedMention[]): [ResolvedMention, ResolvedMention] | undefined {
  const b = before[before.length - 1]!;
  // A与乙县丙镇丁村: the conjunction stands before the chain that ends with B (丁村 read from the text has no code).
  const head = chainHead(before, b);
  const a = before[before.indexOf(head) - 1];
  if (head !== b && a && a.entity.id !== b.entity.id && (WITH_OWN_PLACE.test(text.slice(a.end, head.start)) || ADVERB_CONJUNCTION.test(text.slice(a.end, head.start)))) return [a, b];
  for (let i = before.length - 2; i >= 0; i--) {
    const a = before[i]!;
    const gap = text.slice(a.end, b.start);
    if (WITH_OWN_PLACE.test(gap) || ADVERB_CONJUNCTION.test(gap) || /^(?:还|也|已|又|将|已经|先后|分别|正式|率先|主动|积极|首次|再次|继续)?(?:与|和|同)\p{Script=Han}{0,6}$/u.test(gap) && before.slice(i + 1, -1).every((m) => m.entity.code && b.entity.code?.startsWith(m.entity.code))) {
      return a.entity.id === b.entity.id ? undefined : [a, b];
    }
  }
  return undefined;
}
