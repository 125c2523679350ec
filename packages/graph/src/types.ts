import type { ExtractionResult } from "@xiezuo/extract";
import type { MultiDirectedGraph } from "graphology";
import type { DocumentInfo, EntityType, Evidence, RelationType } from "@xiezuo/extract";
import type { EvidenceTable } from "./build/evidenceTable.js";

/** Attributes of one entity node. */
export interface EntityAttributes {
  /** The entity's simplified full name. */
  label: string;
  /** The entity type of the gold guidelines (sigma readers must map it: sigma reads `type` as a program name). */
  type: EntityType;
  aliases: string[];
  /** Administrative code, places of the gazetteer only. */
  code?: string;
  /** Name of the containing place, places only. */
  parent?: string;
  /** Names from the province down to the containing place (empty when unknown). */
  placePath: string[];
  /** Number of mentions across all documents. */
  mentions: number;
  /** Ids of the documents that mention the entity or state one of its relations, sorted. */
  documents: string[];
  /** Written by `assignMetrics`. */
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  community?: number;
  /** Written by `assignLayout`. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** One stated amount of a `funds` relation. */
export interface StatedAmount {
  yuan: number;
  approximate: boolean;
  document: string;
}

/** Attributes of one relation edge. */
export interface RelationAttributes {
  type: RelationType;
  /** Number of evidence sentences. */
  weight: number;
  /** `funds`: sum of the distinct stated amounts, in yuan. */
  amountYuan?: number;
  /** `funds`: whether any stated amount was approximate (约, 近, 超过 …). */
  approximate?: boolean;
  /** `funds`: every stated amount, one per evidence that gave one. */
  amounts?: StatedAmount[];
  /** `holds_position`: the title, e.g. 区委书记. */
  title?: string;
  /** Earliest ISO date of the relation, or null. */
  date: string | null;
  /** Empty in a graph built with its evidence apart (`GraphSource.evidence`): writers then take it from that table. */
  evidence: Evidence[];
  /** `pairs_with`: sum of the `funds` amounts from the helper to the helped. */
  fundsTotalYuan?: number;
  /** `pairs_with`: number of evidence sentences behind `fundsTotalYuan`. */
  fundsSources?: number;
}

/** Attributes of the whole graph. */
export interface GraphAttributes {
  name: string;
  /** Every document merged into the graph, so evidence can show its title, date and file. */
  documents: DocumentInfo[];
}

/** The knowledge graph: entities as nodes keyed by entity id, relations as edges keyed by relation id. */
/** How many times an entity is mentioned in a document: the graph needs the counts, not the mentions. */
export interface MentionTally {
  entity: string;
  document: string;
  count: number;
}

/**
 * An entity's mentions across a result's documents and every document that names it or holds
 * evidence of one of its relations (sorted, distinct): what a node needs, counted by the store.
 */
export interface EntityTally {
  entity: string;
  mentions: number;
  documents: string[];
}

/**
 * What a graph is built from: an extraction result, or the same without its mentions and
 * with their tally instead: per (entity, document), or per entity (what a build reads from its
 * store; its counts cover all of the result's documents, so it goes into a graph that holds
 * none of them yet).
 */
export type GraphSource = (
  | ExtractionResult
  | (Omit<ExtractionResult, "mentions"> & { mentions?: undefined; mentionTally: MentionTally[]; entityTally?: undefined })
  | (Omit<ExtractionResult, "mentions"> & { mentions?: undefined; mentionTally?: undefined; entityTally: EntityTally[] })
) & {
  /**
   * The relations' evidence kept apart (what a build reads from its store): when given, the
   * relations' own `evidence` lists are empty, the edges get an empty list too, and writers take
   * the evidence from this table (pass it to them).
   */
  evidence?: EvidenceTable;
};

export type XiezuoGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;
