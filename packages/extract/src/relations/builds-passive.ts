import type { ResolvedMention } from "../mention.js";
import { ACTOR_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { listAfter } from "./pairs.js";

const BUILT_TYPES: ReadonlySet<string> = new Set(["school", "park", "hospital"]);

/** What may come between the builders and the verb: 共同, 出资, 投资1200万元, 全资. */
const MANNER = String.raw`(?:共同|联合|合作|携手|全资|独资|出资|投资|捐资|投入)?(?:[\d.]+(?:万|亿)元)?`;
const VERB = "(?:援建|捐建|建设|兴建|修建|新建|建成|打造|援助建设|出资建设|投资建设)";

/** 由 right before the builders, the verb after them: 乙卫生院由甲区援建, 乙园由甲市和乙县共同建设. */
const BY_BUILDERS = new RegExp(`^${MANNER}${VERB}`);

/** 是 before the builders, 的 after the verb: 乙中医院是甲区援建的(重点项目). */
const IS_BUILT_BY = new RegExp(`^${MANNER}${VERB}的`);

/** 在甲区的帮扶下，: the phrase of support that opens a sentence (its helper builds what the sentence says was built). */
const UNDER_SUPPORT = /^[^，,。；]{0,12}?在([^，,。；]{2,30}?)的(?:大力|倾力|对口|精准)?(?:支持|帮助|帮扶|援助|支援|资助)(?:和(?:支持|帮助|帮扶))?下[，,]/;

/** Where the chain of places a site's name is written after starts (乙县丙医院 → at 乙县). */
function outerStart(mentions: ResolvedMention[], site: ResolvedMention): number {
  let start = site.start;
  for (let k = mentions.indexOf(site) - 1; k >= 0 && mentions[k]!.end === start && PLACE_TYPES.has(mentions[k]!.entity.type); k--) start = mentions[k]!.start;
  return start;
}

/** 乙小学建成并投入使用, 乙产业园正式落成: the site was built (in the clause right after it). */
const COMPLETED = /^[^，,。；]{0,12}?(?:建成|落成|竣工|投入使用|投用|开工建设|正式开工)/;

/**
 * `builds` stated passively, the site first: 乙卫生院由甲区援建, 乙产业园是由甲市和乙县共同
 * 建设的, 乙中医院是甲区援建的重点项目. The builders are the list after 由/是, the site the
 * school, park or hospital the clause opens with.
 */
export function findPassiveBuilds(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    // 该校由甲市援建: a pronoun names the site as well as its name would.
    const mentions = ctx.mentionsWithPronouns(index);
    for (const site of mentions.filter((m) => BUILT_TYPES.has(m.entity.type))) {
      // 乙卫生院的住院楼由…, 乙卫生院新院区由…: a part of the site may stand between (with 的 or without).
      const marker = /^(?:的[^，,。；]{1,8}?|(?:新|综合|教学|住院|门诊)?[^，,。；的]{0,2}(?:院区|楼|大楼|校区|宿舍|食堂|操场|园区))?[，,]?(?:是由|由|是)/.exec(text.slice(site.end, site.end + 14));
      if (!marker) continue;
      const from = site.end + marker[0].length;
      const builders = listAfter(text, mentions, from).filter((m) => ACTOR_TYPES.has(m.entity.type) && m.entity.id !== site.entity.id);
      const last = builders[builders.length - 1];
      if (!last || builders[0]!.start !== from) continue;
      const rest = text.slice(last.end, sentence.end);
      // 是 alone needs the 的 of a relative clause (乙医院是甲区援建的): 乙医院是甲区建设的重点 is read, 乙医院是甲区的 is not.
      const verb = marker[0].endsWith("由") ? BY_BUILDERS.test(rest) : IS_BUILT_BY.test(rest);
      if (!verb) continue;
      for (const source of builders) found.push({ type: "builds", source, target: site, sentence, rule: "builds.passive" });
    }
    // 在甲区的帮扶下，乙卫生院建成并投入使用: the supporter builds the site completed.
    const support = UNDER_SUPPORT.exec(sentence.text);
    if (support) {
      const from = sentence.start + support.index + support[0].indexOf(support[1]!);
      const helper = mentions.findLast((m) => m.start >= from && m.end <= from + support[1]!.length && ACTOR_TYPES.has(m.entity.type));
      const clauseStart = sentence.start + support[0].length;
      const site = mentions.find((m) => m.start >= clauseStart && BUILT_TYPES.has(m.entity.type) && !/[，,。；]/.test(text.slice(clauseStart, m.start)));
      // …，建成了乙医院: the verb of completion may come before the site too.
      const completedBefore = site && /^(?:先后|相继|陆续|已)?(?:建成|建起|新建|落成)了?$/.test(text.slice(clauseStart, outerStart(mentions, site)));
      if (helper && site && (COMPLETED.test(text.slice(site.end, sentence.end)) || completedBefore)) found.push({ type: "builds", source: helper, target: site, sentence, rule: "builds.under-support" });
    }
  });
  return found;
}
