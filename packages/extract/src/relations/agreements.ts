import type { ResolvedMention } from "../mention.js";
import { onePlacePairing } from "./builds-jointly.js";
import { mainPlacePairing } from "./main-pairing.js";
import { ACTOR_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import { respectivePairs } from "./pairs.js";
import { AGREEMENT_TRIGGERS } from "./triggers.js";

/** 双方签订, 两地正式签署: the signing parties named by a word for "the two of them". */
const BOTH_SIDES_SIGN = /(?:双方|两地|两市|两县|两区|两旗|两镇)(?:还|又|正式|共同|现场|当场|已)?(?:签订|签署|签约|签下)/;

/**
 * `agreement_with`: 签订/签署/达成…协议/备忘录 with the parties written before it as
 * `A与B` or `A与B、C、D等`, or as 双方/两地 — the two places of the article's one pairing.
 */
export function findAgreements(ctx: DocumentContext, pairings: Finding[] = []): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const match = AGREEMENT_TRIGGERS.exec(sentence.text);
    if (!match) return;
    const trigger = sentence.start + match.index;
    // 甲区与我县签订协议: a place pronoun is a party as the place's name would be.
    const mentions = ctx.mentionsWithPronouns(index).filter((m) => ACTOR_TYPES.has(m.entity.type));
    // 龙岗那坡两地签订…, 签署深圳德保…协议: two places written together are the two parties
    // (not the provinces of 双方签订闽宁协作框架协议, which name the cooperation, not the two sides).
    const together = adjacentPair(text, mentions, trigger, trigger + match[0].length, BOTH_SIDES_SIGN.test(sentence.text));
    if (together) {
      found.push({ type: "agreement_with", source: together[0], target: together[1], sentence, rule: "agreements.adjacent-places" });
      return;
    }
    const parties = mentions.filter((m) => m.end <= trigger);
    // 甲镇同乙镇、丙村同丁村签下结对协议: each pair of the list signs its own.
    const pairs = pairsOfPairs(text, parties.filter((m) => !/[，,。；]/.test(text.slice(m.end, trigger))));
    if (pairs.length >= 2) {
      for (const [a, b] of pairs) found.push({ type: "agreement_with", source: a, target: b, sentence, rule: "agreements.pair-list" });
      return;
    }
    // 甲镇、乙镇分别与丙镇、丁镇签订协议: the lists paired in order.
    const respective = respectivePairs(text, parties.filter((m) => !/[，,。；]/.test(text.slice(m.end, trigger))), trigger);
    if (respective.length) {
      for (const [a, b] of respective) found.push({ type: "agreement_with", source: a, target: b, sentence, rule: "agreements.respective" });
      return;
    }
    // 甲合作社，与乙公司签订: a comma may set the subject off.
    const withIndex = parties.findIndex((m, i) => i > 0 && /^[，,]?[与和同]$/.test(text.slice(parties[i - 1]!.end, m.start)));
    if (withIndex < 1) {
      // …出席签约仪式，双方签订了劳务协作协议: the two are the helper and the helped of the article.
      // (The provinces of 京蒙协作 name the frame of the cooperation, not the parties.)
      const bothSides = BOTH_SIDES_SIGN.test(sentence.text);
      const pair = bothSides ? onePlacePairing(pairings.filter((p) => p.rule !== "pairs.abbreviations")) : undefined;
      if (pair) found.push({ type: "agreement_with", source: pair.source, target: pair.target, sentence, rule: "agreements.both-sides" });
      // …and when its towns pair too, the two are the cities, districts or counties it is about.
      const main = bothSides && !pair ? mainPlacePairing(pairings) : undefined;
      if (main) found.push({ type: "agreement_with", source: main.source, target: main.target, sentence, rule: "agreements.main-pair" });
      return;
    }
    // 甲区政府、乙公司同丙县政府签署: every party listed before 同 signs with the other side.
    const firsts = [parties[withIndex - 1]!];
    for (let i = withIndex - 2; i >= 0 && /^[、和及]$/.test(text.slice(parties[i]!.end, firsts[0]!.start)); i--) firsts.unshift(parties[i]!);
    const others: ResolvedMention[] = [];
    for (const party of parties.slice(withIndex)) {
      const previous = others[others.length - 1];
      const gap = previous ? text.slice(previous.end, party.start) : "";
      // 乙市丙区的丁公司: the places before 的 say where the party is; the party is what follows.
      const located = previous && gap === "的" && PLACE_TYPES.has(previous.entity.type) && !PLACE_TYPES.has(party.entity.type);
      if (previous && !/^[、和及]?$/.test(gap) && !located) break;
      if (located) while (others.length > 0 && PLACE_TYPES.has(others[others.length - 1]!.entity.type)) others.pop();
      // 广西百色市田阳区: a chain of places inside each other names the innermost.
      if (previous && gap === "" && previous.entity.code && party.entity.code?.startsWith(previous.entity.code)) others.pop();
      others.push(party);
    }
    for (const first of firsts) {
      for (const other of others) if (other.entity.id !== first.entity.id) found.push({ type: "agreement_with", source: first, target: other, sentence, rule: "agreements.with-list" });
    }
    // 甲、乙和丙三方签署: every party signs with every other, those before 和 with each other too.
    const last = others[others.length - 1];
    if (last && /^(?:[三四五六七八]|多|各)方/.test(text.slice(last.end, last.end + 2))) {
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) if (firsts[i]!.entity.id !== firsts[j]!.entity.id) found.push({ type: "agreement_with", source: firsts[i]!, target: firsts[j]!, sentence, rule: "agreements.with-list" });
      }
    }
  });
  return found;
}

/** 甲同乙、丙同丁: the pairs of a list whose members are each `X同Y` (a place chain counts as its innermost). */
function pairsOfPairs(text: string, parties: ResolvedMention[]): [ResolvedMention, ResolvedMention][] {
  const segments: ResolvedMention[][] = [[]];
  parties.forEach((m, i) => {
    const gap = i > 0 ? text.slice(parties[i - 1]!.end, m.start) : "";
    if (i > 0 && /^[、；]$/.test(gap)) segments.push([]);
    else if (i > 0 && gap !== "" && !/^[与和同]$/.test(gap)) segments.splice(0, segments.length, []);
    segments[segments.length - 1]!.push(m);
  });
  const pairs: [ResolvedMention, ResolvedMention][] = [];
  for (const segment of segments) {
    const split = segment.findIndex((m, i) => i > 0 && /^[与和同]$/.test(text.slice(segment[i - 1]!.end, m.start)));
    if (split < 1) return [];
    pairs.push([segment[split - 1]!, segment[segment.length - 1]!]);
  }
  return pairs;
}

function adjacentPair(text: string, mentions: ResolvedMention[], triggerStart: number, triggerEnd: number, bothSides: boolean): [ResolvedMention, ResolvedMention] | undefined {
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1]!, mentions[i]!];
    if (a.end !== b.start || a.entity.id === b.entity.id || !a.entity.code || !b.entity.code || b.entity.code.startsWith(a.entity.code)) continue;
    const beforeTrigger = b.end <= triggerStart && /^(?:两地|双方)?$/.test(text.slice(b.end, triggerStart));
    const insideTrigger = a.start >= triggerStart && b.end <= triggerEnd && !(bothSides && a.text.length === 1 && b.text.length === 1);
    if (beforeTrigger || insideTrigger) return [a, b];
  }
  return undefined;
}
