/** The entity types of the gold guidelines. */
export const ENTITY_TYPES = [
  "province",
  "city",
  "district",
  "county",
  "town",
  "village",
  "person",
  "company",
  "school",
  "hospital",
  "government",
  "organization",
  "park",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The relation types of the gold guidelines. */
export const RELATION_TYPES = [
  "pairs_with",
  "funds",
  "builds",
  "located_in",
  "holds_position",
  "works_for",
  "invests_in",
  "agreement_with",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** One loaded article, without its body (bodies stay in memory during extraction). */
export interface DocumentInfo {
  /** Stable id derived from the file's content: `doc:<hash>`. */
  id: string;
  /** Path of the file as given on input. */
  file: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the article states none. */
  date: string | null;
  /** Publisher or outlet, e.g. 百色日报. */
  source: string | null;
  authors: string[];
}

export interface Entity {
  /** Stable id: `place:<code>` for gazetteer places, `<type>:<name>` otherwise. */
  id: string;
  type: EntityType;
  /** Simplified full name. */
  name: string;
  /** Every other surface form seen (traditional, short, prefixed), sorted. */
  aliases: string[];
  /** Administrative code for places found in the gazetteer. */
  code?: string;
  /** Name of the containing place (places only). */
  parent?: string;
  /**
   * How sure the extractor is that this entity exists with this type, in [0, 1]: the
   * highest confidence of its mentions, which comes from how each was recognized — a
   * full gazetteer name ≈ 0.95, a short place name the article backs ≈ 0.8, a body named
   * after its place (鼓楼区委) ≈ 0.9, an organisation by its head word 0.6–0.8, a person
   * after a title ≈ 0.9, a person found only by a surname before a verb ≈ 0.75.
   */
  confidence: number;
}

export interface Mention {
  /** Entity id. */
  entity: string;
  /** Document id. */
  document: string;
  /** Offsets in the normalized body, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** Normalized (simplified) text of the mention. */
  text: string;
  /** Offsets in the original decoded file text. */
  originalStart: number;
  originalEnd: number;
}

/** One sentence that states a relation. */
export interface Evidence {
  document: string;
  sentence: string;
  /** Sentence offsets in the normalized body. */
  start: number;
  end: number;
  /** Sentence offsets in the original decoded file text. */
  originalStart: number;
  originalEnd: number;
  /** Offsets of the two mentions within the normalized body. */
  sourceSpan: [number, number];
  targetSpan: [number, number];
  /** Stable id of the rule that read the relation in this sentence, e.g. `pairs.verb-object`. */
  rule: string;
  /** How sure that rule is, in [0, 1]. */
  confidence: number;
}

export interface Relation {
  /** Stable id: `<type>:<source>-><target>`. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** ISO date to the precision stated (2021-05-10, 2021-05, 2021): the sentence's, else the article's; null if neither. */
  date: string | null;
  /** For `funds`: the sum of distinct stated amounts in yuan. */
  amountYuan?: number;
  /** For `funds`: each stated amount, one per evidence that gave one. */
  amounts?: { yuan: number; approximate: boolean; document: string }[];
  /** For `holds_position`: the title, e.g. 区委书记. */
  title?: string;
  /** The rule of the most confident evidence (each evidence keeps its own). */
  rule: string;
  /** The highest confidence of its evidence, in [0, 1]. */
  confidence: number;
  evidence: Evidence[];
}

export type IssueSeverity = "error" | "warning" | "info";

export interface Issue {
  file: string;
  severity: IssueSeverity;
  message: string;
  /** The extraction stage that failed (read, load, segment, recognize, resolve, relate), when one did. */
  stage?: string;
}

export interface ExtractionResult {
  documents: DocumentInfo[];
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
  issues: Issue[];
}
