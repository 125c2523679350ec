import type { ResolvedMention } from "../mention.js";
import { ACTOR_TYPES, BODY_TYPES, type DocumentContext } from "./context.js";

/**
 * Words for a visiting party that gives on behalf of the place or body it comes from
 * (代表团, 考察团, 帮扶团队, 一行): the delegation is not a party of its own.
 */
const DELEGATION = /(?:代表团|考察团|考察组|调研组|慰问团|帮扶团队|帮扶团|工作组|团队|一行人|一行)/g;

/**
 * The bare delegation words of a sentence (代表团向乙县捐赠…, 帮扶团队来到乙小学…) as mentions
 * of the body they come from: the subject of the clause where the article first tied such a
 * word to an actor (甲校组建了帮扶团队, 甲市代表团赴乙县). A delegation word with an actor
 * right before it (甲市代表团) needs nothing: that actor already stands for it.
 */
export function delegationMentions(ctx: DocumentContext, index: number): ResolvedMention[] {
  const text = ctx.doc.text;
  const sentence = ctx.sentences[index]!;
  const found: ResolvedMention[] = [];
  for (const match of sentence.text.matchAll(DELEGATION)) {
    const start = sentence.start + match.index;
    const own = ctx.mentions.some((m) => m.end <= start && m.end >= start - 4 && m.start >= sentence.start && ACTOR_TYPES.has(m.entity.type) && !/[，,。；]/.test(text.slice(m.end, start)));
    if (own) continue;
    const home = homeOf(ctx, start);
    if (home) found.push({ entity: home.entity, start, end: start + match[0].length, text: match[0], nested: false });
  }
  return found;
}

/**
 * The subject (first actor) of the first sentence before `before` that names a delegation
 * word outside a name (not 工作组 in 甲省协作工作组) and not as the guest of a host
 * (乙县领导陪同代表团: 乙县 is the host, not the home).
 */
function homeOf(ctx: DocumentContext, before: number): ResolvedMention | undefined {
  const text = ctx.doc.text;
  for (const match of text.slice(0, before).matchAll(DELEGATION)) {
    const at = match.index;
    if (ctx.mentions.some((m) => m.start <= at && m.end > at)) continue;
    if (HOSTING.test(text.slice(Math.max(0, at - 4), at))) continue;
    const sentence = ctx.sentences.find((s) => s.start <= at && s.end > at);
    if (!sentence) continue;
    // A title line run into the paragraph after it is not one sentence.
    const from = Math.max(sentence.start, text.lastIndexOf("\n", at) + 1);
    const actors = ctx.mentions.filter((m) => m.start >= from && m.end <= at && ACTOR_TYPES.has(m.entity.type) && !m.nested && text[m.start - 1] !== "在");
    // 甲区乙小学组建帮扶团队: a body (school, company, bureau) sends a team before the place it lies in does.
    const subject = actors.find((m) => BODY_TYPES.has(m.entity.type)) ?? actors[0];
    if (!subject) continue;
    // 甲市乙区丙小学组建了帮扶团队: the innermost of the chain the sentence opens with.
    let home = subject;
    for (let next = ctx.mentions.find((m) => m.start === home.end && !m.nested && ACTOR_TYPES.has(m.entity.type)); next; next = ctx.mentions.find((m) => m.start === home.end && !m.nested && ACTOR_TYPES.has(m.entity.type))) home = next;
    return home;
  }
  return undefined;
}

/** Verbs of a host receiving the delegation: 陪同, 迎接, 欢迎, 接待, 会见. */
const HOSTING = /(?:陪同|迎接|欢迎|接待|会见|会见了|向)$/;
