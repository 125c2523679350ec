import type { ResolvedMention } from "../mention.js";
import { findAmounts } from "./amounts.js";
import type { DocumentContext, Finding } from "./context.js";
import { fundsMentions } from "./funds.js";
import { clauseOf } from "./sentences.js";

/**
 * 捐赠仪式在乙小学举行。…甲公司捐款20万元，丙集团捐赠价值15万元的学习用品: gifts that name no receiver,
 * in the paragraph of a donation ceremony held at a school, hospital or village, go to that site.
 * A giver is the actor written right before its verb of giving, in a clause of its own; a gift
 * whose sentence names a receiver is the other rules' (a receiver named there wins).
 */
export function findCeremonyGifts(ctx: DocumentContext, findings: readonly Finding[]): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  let site: ResolvedMention | undefined;
  let paragraph = -1;
  ctx.sentences.forEach((sentence, index) => {
    const here = text.lastIndexOf("\n", sentence.start) + 1;
    if (here !== paragraph) [site, paragraph] = [undefined, here];
    const mentions = fundsMentions(ctx, index);
    site = ceremonySite(text, sentence.text, sentence.start, mentions) ?? site;
    if (!site) return;
    // Another rule found a gift in this sentence: its receivers are named, the ceremony's site is none of them.
    if (findings.some((f) => f.type === "funds" && f.sentence === sentence)) return;
    const seen = new Set<number>();
    for (const verb of sentence.text.matchAll(GIVING)) {
      const at = sentence.start + verb.index;
      // The first verb of giving of each clause.
      const [clauseStart, clauseEnd] = clauseOf(text, at);
      if (seen.has(clauseStart)) continue;
      seen.add(clauseStart);
      const giver = mentions.filter((m) => m.end === at && m.start >= clauseStart && GIVER_TYPES.has(m.entity.type)).pop();
      if (!giver || giver.entity.id === site.entity.id) continue;
      const amount = findAmounts(text.slice(at, clauseEnd))[0];
      found.push({ type: "funds", source: giver, target: site, sentence, ...(amount ? { amount: { yuan: amount.yuan, approximate: amount.approximate } } : {}), rule: "funds.ceremony-site" });
    }
  });
  return found;
}

/** 捐赠仪式在乙小学举行, 在乙小学举行捐赠仪式, 乙小学举行爱心捐赠仪式: the site where gifts were handed over. */
function ceremonySite(text: string, sentence: string, start: number, mentions: ResolvedMention[]): ResolvedMention | undefined {
  const ceremony = CEREMONY.exec(sentence);
  if (!ceremony) return undefined;
  const sites = mentions.filter((m) => SITE_TYPES.has(m.entity.type) && !m.nested);
  const held = sites.find((m) => /在$/.test(text.slice(m.start - 1, m.start)) && /^[^，,。；]{0,6}?举行|^[^，,。；]{0,4}?举办/.test(text.slice(m.end, m.end + 10)));
  return held ?? sites.find((m) => m.end <= start + ceremony.index && /^(?:隆重)?举行/.test(text.slice(m.end, m.end + 4)));
}

const CEREMONY = /(?:捐赠|捐助|捐款|爱心|助学|帮扶)(?:物资)?(?:仪式|活动)/;
/** A verb of giving right after its giver: 捐款20万元, 捐赠价值15万元的学习用品, 捐资10万元设立助学金. */
const GIVING = /(?:捐款|捐赠|捐资|捐助|捐献|资助)/g;
const SITE_TYPES: ReadonlySet<string> = new Set(["school", "hospital", "village"]);
const GIVER_TYPES: ReadonlySet<string> = new Set(["company", "organization", "government", "person", "school", "hospital"]);
