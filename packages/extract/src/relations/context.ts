import { originalSpan, type PreparedDocument } from "../document.js";
import type { ResolvedMention } from "../mention.js";
import type { Entity, Evidence, RelationType } from "../types.js";
import { sentenceDate } from "./dates.js";
import { confidenceOf, type RuleId } from "./rules.js";
import { splitSentences, type Sentence } from "./sentences.js";

/** A relation found in one sentence, before relations are merged across sentences and articles. */
export interface Finding {
  type: RelationType;
  source: ResolvedMention;
  target: ResolvedMention;
  sentence: Sentence;
  amount?: { yuan: number; approximate: boolean };
  title?: string;
  /** The rule that read it (see rules.ts). */
  rule: RuleId;
}

/** What the relation rules read: the document, its sentences, and the mentions in each. */
export class DocumentContext {
  readonly sentences: Sentence[];
  private readonly bySentence: ResolvedMention[][];

  constructor(
    readonly doc: PreparedDocument,
    readonly mentions: ResolvedMention[],
  ) {
    this.sentences = splitSentences(doc.text);
    this.bySentence = mentionsBySentence(this.sentences, mentions);
  }

  /** The mentions of a sentence (top-level ones unless `withNested`), in order. */
  mentionsIn(index: number, withNested = false): ResolvedMention[] {
    return this.bySentence[index]!.filter((m) => withNested || !m.nested);
  }

  /** Entities mentioned anywhere in the document. */
  entities(): Entity[] {
    return [...new Map(this.mentions.map((m) => [m.entity.id, m.entity])).values()];
  }

  /** The evidence of a finding. */
  evidence(finding: Finding): Evidence {
    const { sentence } = finding;
    const [originalStart, originalEnd] = originalSpan(this.doc, sentence.start, sentence.end);
    return {
      document: this.doc.info.id,
      sentence: sentence.text.trim(),
      start: sentence.start,
      end: sentence.end,
      originalStart,
      originalEnd,
      sourceSpan: [finding.source.start, finding.source.end],
      targetSpan: [finding.target.start, finding.target.end],
      rule: finding.rule,
      confidence: confidenceOf(finding.rule),
    };
  }

  dateOf(sentence: Sentence): string | null {
    return sentenceDate(sentence.text, this.doc.info.date);
  }
}

/**
 * The mentions inside each sentence, in the order of `mentions`. Sentences are sorted and do
 * not overlap, so each mention is looked up by binary search: one filter of every mention per
 * sentence was quadratic, and never finished on a body of tens of megabytes.
 */
function mentionsBySentence(sentences: readonly Sentence[], mentions: readonly ResolvedMention[]): ResolvedMention[][] {
  const lists: ResolvedMention[][] = sentences.map(() => []);
  for (const mention of mentions) {
    // The last sentence starting at or before the mention; an earlier one can hold it only if it touches.
    let low = 0;
    let high = sentences.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sentences[middle]!.start <= mention.start) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    for (let k = found; k >= 0 && sentences[k]!.end >= mention.start; k--) {
      const sentence = sentences[k]!;
      if (mention.start >= sentence.start && mention.end <= sentence.end) lists[k]!.push(mention);
    }
  }
  return lists;
}

export const PLACE_TYPES: ReadonlySet<string> = new Set(["province", "city", "district", "county", "town", "village"]);
export const BODY_TYPES: ReadonlySet<string> = new Set(["government", "organization", "company", "school", "hospital"]);
/** Who can help, give, build or sign: places and bodies (and people, for gifts). */
export const ACTOR_TYPES: ReadonlySet<string> = new Set([...PLACE_TYPES, ...BODY_TYPES]);
