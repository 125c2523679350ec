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
  private withPronouns?: ResolvedMention[][];
  /** Each sentence's top-level mentions, without and with pronouns, made on first use. */
  private readonly topLevel: (ResolvedMention[] | undefined)[] = [];
  private readonly topLevelWithPronouns: (ResolvedMention[] | undefined)[] = [];

  constructor(
    readonly doc: PreparedDocument,
    readonly mentions: ResolvedMention[],
  ) {
    this.sentences = splitSentences(doc.text);
    this.bySentence = mentionsBySentence(this.sentences, mentions);
  }

  /**
   * The mentions of a sentence (top-level ones unless `withNested`), in order. Each list is
   * made once and handed to every rule that asks (a rule reads a sentence's list many times):
   * it must not be changed.
   */
  mentionsIn(index: number, withNested = false): ResolvedMention[] {
    if (withNested) return this.bySentence[index]!;
    return (this.topLevel[index] ??= this.bySentence[index]!.filter((m) => !m.nested));
  }

  /**
   * The top-level mentions of a sentence with the places its pronouns stand for (我县, 全市,
   * 该区 → the article's county, city, district), in order: for the rules of who gives to whom
   * and who pairs with whom, where 我县 is as much a party as the county's name.
   */
  mentionsWithPronouns(index: number): ResolvedMention[] {
    this.withPronouns ??= mentionsBySentence(this.sentences, [...this.mentions, ...placePronouns(this.doc.text, this.mentions)].sort((a, b) => a.start - b.start));
    return (this.topLevelWithPronouns[index] ??= this.withPronouns[index]!.filter((m) => !m.nested));
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

/** Which places a level word names: 县 a county called 县, 市 a city or a county-level city… */
export const FITS_LEVEL: Record<string, (type: string, name: string) => boolean> = {
  县: (type, name) => type === "county" && name.endsWith("县"),
  区: (type) => type === "district",
  市: (type, name) => (type === "city" || type === "county") && name.endsWith("市"),
  州: (type, name) => type === "city" && name.endsWith("州"),
  旗: (type, name) => type === "county" && name.endsWith("旗"),
  镇: (type, name) => type === "town" && name.endsWith("镇"),
  乡: (type, name) => type === "town" && name.endsWith("乡"),
  村: (type) => type === "village",
  校: (type) => type === "school",
  院: (type) => type === "hospital",
};

/**
 * 我县, 本市, 全区, 该州, 该镇: a place named by a pronoun and its level (not 我县委, 全县域, 该市长);
 * 该校, 全校, 该院, 该村: the school, hospital or village (not 校长, 村委).
 */
const PLACE_PRONOUN = /(我|本|全|该)(县|区|市|州|旗|镇|乡|村|校|院)(?![委长级域内外直属人政民])/g;

/**
 * The places the pronouns of a text stand for, as mentions of them: 该县 is the nearest county
 * named before; 我县, 本县 and 全县 the article's own, the county it names most (none when two are
 * named as often), else the nearest before.
 */
function placePronouns(text: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const found: ResolvedMention[] = [];
  for (const match of text.matchAll(PLACE_PRONOUN)) {
    const fits = FITS_LEVEL[match[2]!]!;
    const fitting = mentions.filter((m) => fits(m.entity.type, m.entity.name));
    if (!fitting.length) continue;
    const nearest = fitting.findLast((m) => m.end <= match.index);
    let place = nearest;
    if (match[1] !== "该") {
      const counts = new Map<string, { mention: ResolvedMention; count: number }>();
      for (const m of fitting) counts.set(m.entity.id, { mention: counts.get(m.entity.id)?.mention ?? m, count: (counts.get(m.entity.id)?.count ?? 0) + 1 });
      const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
      if (ranked.length === 1 || ranked[0]!.count > ranked[1]!.count) place = ranked[0]!.mention;
    }
    if (place) found.push({ entity: place.entity, start: match.index, end: match.index + match[0].length, text: match[0], nested: false });
  }
  return found;
}
