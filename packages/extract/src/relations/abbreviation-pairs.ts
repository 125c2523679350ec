import type { ResolvedMention } from "../mention.js";

/**
 * Whether a mention is one of two one-character abbreviations written together (京 and 蒙 in
 * 京蒙协作资金, 沪滇协作): the pair names a cooperation between two provinces, and neither gives,
 * receives nor builds in the sentence (only pairs.abbreviations reads them).
 */
export function isAbbreviationOfPair(mentions: readonly ResolvedMention[], index: number): boolean {
  const mention = mentions[index]!;
  if (mention.text.length !== 1) return false;
  const [before, after] = [mentions[index - 1], mentions[index + 1]];
  return (before !== undefined && before.text.length === 1 && before.end === mention.start) || (after !== undefined && after.text.length === 1 && after.start === mention.end);
}

/** The mentions without the abbreviations of a pair of provinces (京蒙, 沪滇, 粤桂). */
export function withoutAbbreviationPairs(mentions: ResolvedMention[]): ResolvedMention[] {
  return mentions.filter((_, index) => !isAbbreviationOfPair(mentions, index));
}
