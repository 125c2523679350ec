import type { ResolvedMention } from "../mention.js";
import { isEasternCode } from "../lexicons/eastern-provinces.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { chainHead } from "./pairs.js";

/**
 * A与B深化合作, A同B加强东西部协作, A与B的协作不断深化, A、B两地深化协作: two places joined by a conjunction and
 * a word of cooperation after them, in the same clause (an agreement, 签订…协议, is read by the
 * agreement rules).
 */
const COOPERATING = /^(两地|两市|两区|两县|双方)?(?:(?:持续|不断|进一步|全面|深入)?(?:深化|加强|推进|推动|开展|深入推进|共谋|携手推进)[^，,。；：]{0,8}?|的(?:东西部|对口|扶贫)?)(?:合作|协作)(?!协议|框架|备忘录)/;

/**
 * `pairs_with` from cooperation between an eastern place and a western one (not a word of
 * pairing, so less sure): 东西部协作 pairs an eastern helper with a western place, and two such
 * places said to deepen their cooperation are that pair. Places of one province (or two eastern
 * ones) cooperate without one helping the other, so they are left alone. (同乙县深化合作 with the
 * helper only opening the sentence lifted the read part of the dev set alone, and is left out.)
 */
export function findCooperations(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index).filter((m) => PLACE_TYPES.has(m.entity.type));
    for (const [k, helped] of mentions.entries()) {
      const cooperating = COOPERATING.exec(text.slice(helped.end, sentence.end));
      if (!cooperating) continue;
      const head = chainHead(mentions, helped);
      const helper = mentions[mentions.indexOf(head) - 1];
      // 甲区、乙县两地深化协作: a list of two joins them only when 两地/双方 sums them up.
      const joined = cooperating[1] ? /^(?:与|同|和|、)$/ : /^(?:与|同|和)$/;
      if (!helper || k === 0 || !joined.test(text.slice(helper.end, head.start))) continue;
      const pair = eastToWest(helper, helped);
      if (pair) found.push({ type: "pairs_with", source: pair[0], target: pair[1], sentence, rule: "pairs.east-west-cooperation" });
    }
  });
  return found;
}

/** The two places as helper and helped, when exactly one of them lies in an eastern province. */
function eastToWest(a: ResolvedMention, b: ResolvedMention): [ResolvedMention, ResolvedMention] | undefined {
  const [codeA, codeB] = [a.entity.code, b.entity.code];
  if (!codeA || !codeB) return undefined;
  if (isEasternCode(codeA) && !isEasternCode(codeB)) return [a, b];
  if (isEasternCode(codeB) && !isEasternCode(codeA)) return [b, a];
  return undefined;
}
