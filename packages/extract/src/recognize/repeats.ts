import type { Token } from "../segment/index.js";
import type { Candidate } from "./candidate.js";

/**
 * Later (and earlier) occurrences of the people and organisations already found in the
 * body: once 王建军 is named after his title, every other 王建军 that jieba keeps as a word
 * is him too.
 */
export function findRepeats(text: string, tokens: Token[], found: Candidate[]): Candidate[] {
  const starts = new Set(tokens.map((t) => t.start));
  const repeats: Candidate[] = [];
  const seen = new Set<string>();
  for (const candidate of found) {
    // (A village the gazetteer lacks, read after its town, is repeated as a name is: 乙镇丙村 … 丙村党支部书记.)
    const unlistedVillage = candidate.type === "village" && candidate.places?.length === 0;
    if ((candidate.places && !unlistedVillage) || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    if (candidate.text.length < 2) continue;
    for (let at = text.indexOf(candidate.text); at >= 0; at = text.indexOf(candidate.text, at + 1)) {
      if (!starts.has(at)) continue;
      repeats.push({ ...candidate, start: at, end: at + candidate.text.length, priority: candidate.priority - 1 });
    }
  }
  return repeats;
}
