import type { ResolvedMention } from "../mention.js";
import { bodyPronouns } from "./body-pronouns.js";
import { ACTOR_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { chainHead, isInside, listAfter } from "./pairs.js";
import type { RuleId } from "./rules.js";
import { TriggerIndex } from "./trigger-index.js";
import { BUILDING_TRIGGERS, INVESTING_TRIGGERS } from "./triggers.js";

const BUILT_TYPES: ReadonlySet<string> = new Set(["school", "park", "hospital"]);
const BUILDING = new TriggerIndex(BUILDING_TRIGGERS);

/**
 * `builds` (援建/建设/打造 + a school, park or hospital written after it, by the actor written
 * before it) and `invests_in` (a company that 落户/投资 a place, or builds in one: X公司在Y县建设…).
 */
export function findBuilds(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    // 该公司投资建设…, 工作队投入资金建设…: a body named by a pronoun builds as its name does.
    const pronouns = bodyPronouns(ctx, index);
    const mentions = pronouns.length ? [...ctx.mentionsIn(index), ...pronouns].sort((a, b) => a.start - b.start) : ctx.mentionsIn(index);
    for (let i = sentence.start; i < sentence.end; i++) {
      const trigger = BUILDING.at(text, i);
      if (!trigger) continue;
      const end = i + trigger.length;
      let builtBy: RuleId = "builds.verb-object";
      let built = sitesAfter(text, mentions, skipFiller(text, end)).filter((m) => BUILT_TYPES.has(m.entity.type));
      // 推进深凌合作试验区建设: what is built may stand before the noun 建设.
      const before = mentions.findLast((m) => m.end <= i && BUILT_TYPES.has(m.entity.type) && /^(?:等[^，。]{0,8})?$/.test(text.slice(m.end, i)));
      // …but 支持X建设 is support, not building.
      // …nor is 考察/参观X建设(情况/现场), a visit to the works.
      const supported = before && /(?:支持|协助|帮助|配合|考察|参观|调研|察看|查看|观摩|视察|了解|走访)了?$/.test(text.slice(Math.max(sentence.start, before.start - 4), before.start));
      // …nor 在X建设Y: X is where Y is built (甲公司在乙产业园建设生产基地).
      const builtAt = before && text[chainStart(mentions, before) - 1] === "在";
      // …nor 在/资助X建设智慧教室: 建设 with an object of its own builds that, inside X.
      const asNoun = /^(?:[，,。；;、）)]|$|和|及|与|等|工作|项目|进度|步伐|任务|工程|中|的|，)/.test(text.slice(end, end + 2));
      if (built.length === 0 && before && trigger === "建设" && !supported && !builtAt && asNoun) {
        built = [before];
        builtBy = "builds.noun-before";
      }
      let builders = buildersBefore(text, mentions.filter((m) => !built.includes(m)), i, sentence.start, isJoint(text, trigger, i));
      // 甲市出资100万元援建的乙小学, 由甲区建设的乙产业园: a relative clause names the builder right before the verb.
      const relative = /^了?的/.test(text.slice(end, end + 2)) ? relativeBuilder(text, mentions, i, sentence.start) : undefined;
      if (relative) {
        const afterOf = end + (text[end] === "了" ? 2 : 1);
        built = listAfter(text, mentions, afterOf).filter((m) => BUILT_TYPES.has(m.entity.type) || m.entity.type === "village");
        // 共建的“飞地”产业园——甲乙协作产业园: a description, a dash, and the name it stands for.
        const dash = /^[^，,。；]{1,14}?(?:——|—|－－)/.exec(text.slice(afterOf, afterOf + 16));
        if (built.length === 0 && dash) built = listAfter(text, mentions, afterOf + dash[0].length).filter((m) => BUILT_TYPES.has(m.entity.type));
        // 甲区与乙县共建的丙园: both build what they built together.
        const partner = mentions[mentions.indexOf(relative) - 1];
        const jointly = partner && ACTOR_TYPES.has(partner.entity.type) && /^[与和同]$/.test(text.slice(partner.end, relative.start)) && isJoint(text, trigger, i);
        builders = jointly ? [partner, relative] : [relative];
        builtBy = "builds.relative-clause";
      }
      // 合作建立了…: a sentence without a subject continues the previous one's (not 共建的丙园已…, a noun phrase that says no builder).
      if (builders.length === 0 && index > 0 && !/^了?的/.test(text.slice(end, end + 2))) builders = buildersBefore(text, ctx.mentionsIn(index - 1), ctx.sentences[index - 1]!.end, ctx.sentences[index - 1]!.start).slice(0, 1);
      // 建设一所现代化小学。…宝凌小学正式开学: an indefinite 一所…小学 is the one the next sentence names.
      if (built.length === 0) {
        const named = namedInNextSentence(text, ctx, index, end);
        if (named) {
          built = [named];
          builtBy = "builds.named-next-sentence";
        }
      }
      for (const builder of builders) {
        for (const target of built) found.push({ type: "builds", source: builder, target, sentence, rule: builtBy });
      }
      // 在那坡县城西建设…: where it was built.
      const where = mentions.find((m) => m.end <= i && PLACE_TYPES.has(m.entity.type) && text[m.start - 1] === "在" && m.start > (builders[0]?.end ?? sentence.start));
      if (where) for (const target of built) found.push({ type: "located_in", source: target, target: where, sentence, rule: "locations.built-at" });
      i = end - 1;
    }
    for (const company of mentions.filter((m) => m.entity.type === "company")) {
      const rest = text.slice(company.end, sentence.end);
      // 落户乙县丙产业园: a park written whole (its places nested in its mention) is where the firm invests.
      const place = mentions.find((m) => m.start > company.end && (PLACE_TYPES.has(m.entity.type) || m.entity.type === "park") && m.start - company.end <= 8);
      // …but 在乙县设立教育基金/奖学金 is a gift (funds.scholarship), not an investment.
      const fund = /^在[^，,。；]{0,24}?设立[^，,。；]{0,16}?(?:基金|奖学金|助学金|奖教金)/.test(rest);
      const triggered = INVESTING_TRIGGERS.some((t) => rest.slice(0, 14).includes(t)) || /^在/.test(rest) && /建设|建厂|设立/.test(rest.slice(0, 20)) && !fund;
      if (place && triggered) found.push({ type: "invests_in", source: company, target: place, sentence, rule: "invests.company-place" });
      else {
        // 在园区建设…: the park the article named last, in this sentence or the two before it.
        const lastPark = () => [...(index > 1 ? ctx.mentionsIn(index - 2) : []), ...(index > 0 ? ctx.mentionsIn(index - 1) : []), ...mentions.filter((m) => m.end <= company.start)].filter((m) => m.entity.type === "park").pop();
        const site = investedSite(text, mentions, company, sentence.end, lastPark);
        if (site) found.push({ type: "invests_in", source: company, target: site, sentence, rule: "invests.company-amount-site" });
        else {
          const host = broughtInBy(text, mentions, company, sentence.start);
          if (host) found.push({ type: "invests_in", source: company, target: host, sentence, rule: "invests.brought-in" });
        }
      }
    }
  });
  return found;
}

/**
 * 甲公司计划投资3.5亿元，在乙县丙产业园建设…: where a firm that invests an amount puts it — the
 * park (or else the place) right after 在 in the same sentence, the investment's clause and the next.
 */
function investedSite(text: string, mentions: ResolvedMention[], company: ResolvedMention, sentenceEnd: number, lastPark: () => ResolvedMention | undefined): ResolvedMention | undefined {
  // 甲公司与乙县签订协议，计划投资8000万元在…: the next clause, opening with no subject of its own, is the firm's too.
  const invest = /^(?:[^，,。；]{0,24}?[，,](?=计划|拟|将|预计|还将|并将|总))?[^，,。；]{0,20}?投资[\d.,]*[\d.]+(?:多|余)?[万亿]?元?/.exec(text.slice(company.end, sentenceEnd));
  if (!invest) return undefined;
  const from = company.end + invest[0].length;
  const at = /^[，,]?(?:[^，,。；]{0,6}?)在/.exec(text.slice(from, sentenceEnd));
  if (!at) return undefined;
  const start = from + at[0].length;
  // 在园区建设, 在该产业园投资: the park is the one named before, not written again.
  if (/^(?:该|这个|此)?(?:园区|产业园|工业园|基地)/.test(text.slice(start, start + 5))) return lastPark();
  return siteAt(mentions, start);
}

/** The site written at `start` (after 在): the park a chain of places may close (乙县丙产业园), else the innermost place. */
export function siteAt(mentions: ResolvedMention[], start: number): ResolvedMention | undefined {
  const chain: ResolvedMention[] = [];
  for (const m of mentions) if (m.start === (chain.length ? chain[chain.length - 1]!.end : start) && (PLACE_TYPES.has(m.entity.type) || m.entity.type === "park")) chain.push(m);
  return chain.findLast((m) => m.entity.type === "park") ?? chain[chain.length - 1];
}

/**
 * 乙县引进甲公司…, 甲市为乙县引进甲公司: the place that brings the firm in — the last place
 * before 引进 in the firm's clause (the innermost of a chain).
 */
function broughtInBy(text: string, mentions: ResolvedMention[], company: ResolvedMention, sentenceStart: number): ResolvedMention | undefined {
  const verb = /(?:引进|引入|招引|招来)了?$/.exec(text.slice(Math.max(sentenceStart, company.start - 4), company.start));
  if (!verb) return undefined;
  const verbStart = company.start - verb[0].length;
  const clauseStart = Math.max(sentenceStart, ...["，", ",", "；"].map((p) => text.lastIndexOf(p, verbStart) + 1));
  const place = mentions.findLast((m) => m.start >= clauseStart && m.end <= verbStart && PLACE_TYPES.has(m.entity.type));
  return place && /^(?:先后|成功|累计|共|还|又|已)?$/.test(text.slice(place.end, verbStart)) ? place : undefined;
}

/** Where the chain of places that `mention` closes starts (乙县丙产业园 written as 乙县 + 丙产业园, or whole). */
function chainStart(mentions: ResolvedMention[], mention: ResolvedMention): number {
  let start = mention.start;
  for (let k = mentions.indexOf(mention) - 1; k >= 0 && mentions[k]!.end === start && PLACE_TYPES.has(mentions[k]!.entity.type); k--) start = mentions[k]!.start;
  return start;
}

/** The actor of a relative clause before the trigger (甲市出资100万元援建的): the last one in its clause, not a receiver. */
function relativeBuilder(text: string, mentions: ResolvedMention[], trigger: number, sentenceStart: number): ResolvedMention | undefined {
  const clauseStart = Math.max(sentenceStart, ...["，", ",", "；"].map((p) => text.lastIndexOf(p, trigger) + 1));
  const inClause = mentions.filter((m) => m.start >= clauseStart && m.end <= trigger && ACTOR_TYPES.has(m.entity.type) && m.text.length > 1);
  // 甲区在乙县援建的: a place after 在 with an actor before it is where it was built, not who built it
  // (在甲市出资援建的乙小学: 在 opens the whole phrase).
  const actors = inClause.filter((m, k) => k === 0 || text[m.start - 1] !== "在");
  const last = actors[actors.length - 1];
  if (!last || /[向给为对]$/.test(text.slice(Math.max(clauseStart, last.start - 1), last.start))) return undefined;
  return /^(?:共同|出资|投资|投入|全资|捐资|援助|独资)?[^，,。；]{0,14}$/.test(text.slice(last.end, trigger)) ? last : undefined;
}

/** A building of a site written after its name (乙医院门诊楼, 乙中学教学楼): the site is what was built. */
const PART_OF_SITE = /^(?:门诊楼|住院楼|医技楼|教学楼|综合楼|宿舍楼|实验楼|办公楼|图书馆|食堂|运动场|操场|大楼)/;

/**
 * The sites listed after a verb of building: B、C和D, and B门诊楼和C (a building of each site
 * may follow its name before the next member of the list).
 */
function sitesAfter(text: string, mentions: ResolvedMention[], from: number): ResolvedMention[] {
  const list = listAfter(text, mentions, from);
  const last = list[list.length - 1];
  const part = last && PART_OF_SITE.exec(text.slice(last.end, last.end + 4));
  if (!last || !part || !/^[、和及与]/.test(text.slice(last.end + part[0].length, last.end + part[0].length + 1))) return list;
  return [...list, ...sitesAfter(text, mentions, last.end + part[0].length + 1)];
}

/** 建设了, 援建了现代化的: particles and descriptions between a trigger and what was built. */
function skipFiller(text: string, at: number): number {
  const filler = /^(?:了|起|好|成|出)?(?:一所|一座|一个|一批)?(?:现代化的|现代化|新的)?/.exec(text.slice(at, at + 10));
  return at + (filler?.[0].length ?? 0);
}

/**
 * Who builds: the sentence's first actor before the trigger (its subject), or both actors of
 * `A与B…双方/两地…建设` (甲区与乙县…双方正在规划建设) and of `A与B共建/共同建设`.
 */
/** 共建, 共同建设, 联合打造: a verb of building done together. */
function isJoint(text: string, trigger: string, at: number): boolean {
  return trigger === "共建" || /(?:共同|联合|合作|携手)$/.test(text.slice(Math.max(0, at - 2), at));
}

function buildersBefore(text: string, mentions: ResolvedMention[], trigger: number, sentenceStart: number, joint = false): ResolvedMention[] {
  // A one-character abbreviation (粤 in 依托粤桂协作…) is never the subject.
  let candidates = mentions.filter((m) => m.end <= trigger && m.start >= sentenceStart && ACTOR_TYPES.has(m.entity.type) && m.text.length > 1);
  // 甲县县长张三介绍，乙区援建了…: what a speaker tells has a subject of its own, after the verb of telling.
  const told = lastSpeechOpener(text, sentenceStart, trigger);
  if (told !== undefined && candidates.some((m) => m.start >= told)) candidates = candidates.filter((m) => m.start >= told);
  // 在那坡县建设: a place after 在 is where, not who.
  // 甲省乙市丙县与…: the innermost place of a chain is the one meant (甲省 built nothing).
  const who = candidates.filter((m, k) => !/在$/.test(text.slice(Math.max(sentenceStart, m.start - 1), m.start)) && !(candidates[k + 1]?.start === m.end && isInside(candidates[k + 1]!, m)));
  const [first, second] = who;
  if (!first) return [];
  // 鼓楼区委区政府: a party committee and its government written together build together.
  if (second && second.start === first.end && first.entity.type === "government" && second.entity.type === "government") return [first, second];
  const both = second && /^[与和同]$/.test(text.slice(first.end, chainHead(candidates, second).start)) && (/双方|两地/.test(text.slice(second.end, trigger)) || joint && !/[，,]/.test(text.slice(second.end, trigger)));
  return both ? [first, second] : [first];
}

/** Where what a speaker tells begins (after 介绍，, 说，, 表示：), the last such place before `end`. */
function lastSpeechOpener(text: string, start: number, end: number): number | undefined {
  let at: number | undefined;
  for (const match of text.slice(start, end).matchAll(SPEECH_OPENER)) at = start + match.index + match[0].length;
  return at;
}

const SPEECH_OPENER = /(?:介绍|说|表示|指出|透露|称)[，,：:]/g;

const INDEFINITE = /^(?:了)?(?:一所|一座|一个|一家|一批)[^，。；]{0,8}?(小学|中学|学校|幼儿园|医院|卫生院|产业园|园区|基地)/;
const HEAD_TYPE: Record<string, string> = { 小学: "school", 中学: "school", 学校: "school", 幼儿园: "school", 医院: "hospital", 卫生院: "hospital" };

function namedInNextSentence(text: string, ctx: DocumentContext, index: number, triggerEnd: number): ResolvedMention | undefined {
  const match = INDEFINITE.exec(text.slice(triggerEnd, triggerEnd + 16));
  const next = ctx.sentences[index + 1];
  if (!match || !next) return undefined;
  const type = HEAD_TYPE[match[1]!] ?? "park";
  return ctx.mentionsIn(index + 1).find((m) => m.entity.type === type);
}
