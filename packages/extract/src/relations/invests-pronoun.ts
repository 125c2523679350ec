import { siteAt } from "./builds.js";
import type { DocumentContext, Finding } from "./context.js";

/**
 * 甲公司总经理张三表示，企业将在乙产业园投资1.5亿元建设…: a firm that the sentence names and then
 * calls 企业/公司 (该公司, 该企业, 公司将…) invests in the site after 在 where that word invests or
 * builds. The firm is the last one named before the word, in the sentence or the one before it.
 */
export function findPronounInvestments(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index);
    for (const match of sentence.text.matchAll(FIRM_WORD_INVESTS_AT)) {
      const word = sentence.start + match.index;
      const at = word + match[0].length;
      // 公司 inside a name (甲有限公司在…) is the name's, not a pronoun.
      if (mentions.some((m) => m.start < word + 2 && m.end > word)) continue;
      const firm = [...(index > 0 ? ctx.mentionsIn(index - 1) : []), ...mentions].filter((m) => m.end <= word && m.entity.type === "company").pop();
      if (!firm) continue;
      const site = siteAt(mentions, at);
      if (!site) continue;
      const rest = text.slice(site.end, Math.min(sentence.end, site.end + 16));
      if (!INVESTS_OR_BUILDS.test(rest)) continue;
      found.push({ type: "invests_in", source: firm, target: site, sentence, rule: "invests.firm-pronoun" });
    }
  });
  return found;
}

/** 企业将在, 该公司计划在, 公司已在: the word for a firm, a time or intention, then 在. */
const FIRM_WORD_INVESTS_AT = /(?:该|这家|此)?(?:公司|企业)(?:还|也|已|将|计划|拟|准备|预计|今年|明年)*在/gu;

/**
 * What the firm does at the site: invests or builds (投资1.5亿元, 建设生产基地, 建厂). Not 投入 or
 * 设立, which a firm does with gifts too (投入帮扶资金, 设立教育基金: funds).
 */
const INVESTS_OR_BUILDS = /^[^，,。；]{0,4}?(?:投资|建设|建厂|兴建|新建|落户)/;
