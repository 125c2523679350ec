import type { ResolvedMention } from "../mention.js";
import { BODY_TYPES, PLACE_TYPES, type Finding } from "./context.js";
import { listAfter } from "./pairs.js";
import type { Sentence } from "./sentences.js";

/** Who may give in a list of donors: firms, associations, bodies, schools, hospitals, people (places give as places do, alone). */
const DONOR_TYPES: ReadonlySet<string> = new Set([...BODY_TYPES, "person"]);

/**
 * 甲公司、乙公司、丙协会分别向丁县捐赠20万元、15万元、10万元: a list of givers, 分别, a receiver
 * marked by 向/给/为 and as many amounts joined by 、 — each giver gives its own amount to the
 * receiver (funds.respective). Gives the findings and the indices (among `amounts`) it read.
 */
export function respectiveGifts(text: string, mentions: ResolvedMention[], sentence: Sentence, amounts: readonly { start: number; end: number; yuan: number; approximate?: boolean }[]): { found: Finding[]; read: Set<number> } {
  const found: Finding[] = [];
  const read = new Set<number>();
  for (const match of sentence.text.matchAll(/分别/g)) {
    const at = sentence.start + match.index;
    // The run of amounts after 分别: each joined to the next by 、, 和 or 及.
    const first = amounts.findIndex((a) => a.start > at && a.start - at <= 24);
    if (first < 0 || read.has(first)) continue;
    let last = first;
    while (last + 1 < amounts.length && /^[、和及]$/.test(text.slice(amounts[last]!.end, amounts[last + 1]!.start))) last++;
    const count = last - first + 1;
    if (count < 2) continue;
    // The givers: the list that ends right before 分别.
    const lastGiver = mentions.findLast((m) => m.end === at && DONOR_TYPES.has(m.entity.type));
    if (!lastGiver) continue;
    const givers = [lastGiver];
    for (let i = mentions.indexOf(lastGiver) - 1; i >= 0 && givers.length < count; i--) {
      const m = mentions[i]!;
      if (m.nested || !DONOR_TYPES.has(m.entity.type) || !/^[、和及]$/.test(text.slice(m.end, givers[0]!.start))) break;
      givers.unshift(m);
    }
    if (givers.length !== count || (givers[0]!.start > sentence.start && /[、和及]$/.test(text.slice(sentence.start, givers[0]!.start)))) continue;
    // The receiver: marked by 向/给/为 between 分别 and the amounts, a list of them included.
    const marked = mentions.find((m) => m.start > at && m.end <= amounts[first]!.start && /[向给为]$/.test(text.slice(at, m.start)) && (PLACE_TYPES.has(m.entity.type) || DONOR_TYPES.has(m.entity.type)));
    if (!marked) continue;
    const receivers = listAfter(text, mentions, marked.start).filter((m) => m.end <= amounts[first]!.start && !givers.includes(m));
    for (let k = 0; k < count; k++) {
      const amount = amounts[first + k]!;
      for (const receiver of receivers) {
        found.push({ type: "funds", source: givers[k]!, target: receiver, sentence, amount: { yuan: amount.yuan, approximate: amount.approximate ?? false }, rule: "funds.respective" });
      }
      read.add(first + k);
    }
  }
  return { found, read };
}
