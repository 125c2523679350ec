import type { ResolvedMention } from "../mention.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { listAfter } from "./pairs.js";

const BUILT_TYPES: ReadonlySet<string> = new Set(["school", "park", "hospital"]);

/**
 * 由两市共同建设的乙产业园, 两地合作打造的乙园区: both partners of a pairing build together.
 * The words for "the two of them" (两市, 两地, 双方) name no one, so the builders are the
 * helper and the helped place of the one pairing the article states.
 */
const JOINT_BUILDING = /(?:两市|两地|两区|两县|两省|双方)(?:共同|联合|合作|携手)?(?:援建|建设|建成|打造|共建|兴建)(?:了)?的/g;

export function findJointBuilds(ctx: DocumentContext, pairings: Finding[]): Finding[] {
  const pair = onePlacePairing(pairings);
  if (!pair) return [];
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index);
    for (const match of sentence.text.matchAll(JOINT_BUILDING)) {
      const end = sentence.start + match.index + match[0].length;
      const built = listAfter(text, mentions, end).filter((m) => BUILT_TYPES.has(m.entity.type) && m.start - end <= 2);
      for (const target of built) {
        for (const source of [pair.source, pair.target]) found.push({ type: "builds", source, target, sentence, rule: "builds.joint-partners" });
      }
    }
  });
  return found;
}

/** The one pairing of two places the article states (many sentences may state it), if it states one. */
export function onePlacePairing(pairings: Finding[]): { source: ResolvedMention; target: ResolvedMention } | undefined {
  const places = pairings.filter((p) => PLACE_TYPES.has(p.source.entity.type) && PLACE_TYPES.has(p.target.entity.type));
  const first = places[0];
  if (!first || places.some((p) => p.source.entity.id !== first.source.entity.id || p.target.entity.id !== first.target.entity.id)) return undefined;
  return first;
}
