import { basename } from "node:path";
import type { Entity, ExtractionResult, Relation } from "../types.js";
import type { GoldEntity, GoldFile, GoldRelation } from "./gold.js";
import { comparable, matchEntities } from "./match.js";
import { Tally, type Scores } from "./score.js";

export { readGold, type GoldFile } from "./gold.js";
export type { Score, Scores } from "./score.js";
export { DEV_HELD_OUT, heldOutFiles, splitGold } from "./split.js";

/** A miss or a false find, with what explains it. */
export interface Finding {
  file: string;
  kind: "entity" | "relation";
  what: string;
  /** Relations: whether both ends are entities the extractor found (else the miss is a recognition miss). */
  endsFound?: boolean;
  /** Spurious relations: the rules that produced it in this document. */
  rules?: string[];
}

/** True and false finds of one relation rule. */
export interface RuleCount {
  tp: number;
  fp: number;
}

/** Precision of the relations whose confidence falls in [min, max). */
export interface ConfidenceBand {
  min: number;
  max: number;
  tp: number;
  fp: number;
}

/** What the evaluation found: scores, and the misses and false finds that explain them. */
export interface Evaluation {
  documents: number;
  entities: { strict: Scores; untyped: Scores };
  relations: Scores;
  /** Funds relations matched in the gold whose stated amount we also found. */
  fundsAmounts: { matched: number; amountRight: number };
  /** Missed gold relations split by whether both their ends were found (strict entity match). */
  relationMisses: { endsFound: number; endMissing: number };
  /** Matched and spurious relations per rule (a relation made by several rules counts for each). */
  byRule: Record<string, RuleCount>;
  /** Precision by confidence band, highest first. */
  confidence: ConfidenceBand[];
  missed: Finding[];
  spurious: Finding[];
}

const BANDS: [number, number][] = [[0.8, Infinity], [0.5, 0.8], [0, 0.5]];

/** Scores an extraction against a gold file, document by document (matched by file name). */
export function evaluate(result: ExtractionResult, gold: GoldFile): Evaluation {
  const entityById = new Map(result.entities.map((e) => [e.id, e]));
  const strict = new Tally();
  const untyped = new Tally();
  const relations = new Tally();
  const evaluation: Evaluation = {
    documents: 0,
    entities: { strict: strict.scores(), untyped: untyped.scores() },
    relations: relations.scores(),
    fundsAmounts: { matched: 0, amountRight: 0 },
    relationMisses: { endsFound: 0, endMissing: 0 },
    byRule: {},
    confidence: BANDS.map(([min, max]) => ({ min, max, tp: 0, fp: 0 })),
    missed: [],
    spurious: [],
  };
  for (const goldDoc of gold.documents) {
    const doc = result.documents.find((d) => basename(d.file) === basename(goldDoc.file));
    if (!doc) continue;
    evaluation.documents++;
    const ids = new Set(result.mentions.filter((m) => m.document === doc.id).map((m) => m.entity));
    const extracted = [...ids].map((id) => entityById.get(id)!).filter(Boolean);
    const strictPairs = matchEntities(extracted, goldDoc.entities, true);
    tallyEntities(strict, extracted, goldDoc.entities, strictPairs, goldDoc.file, evaluation);
    tallyEntities(untyped, extracted, goldDoc.entities, matchEntities(extracted, goldDoc.entities, false));
    const docRelations = result.relations.filter((r) => r.evidence.some((e) => e.document === doc.id));
    const context = { file: goldDoc.file, documentId: doc.id, entityById, uncertain: new Set(goldDoc.entities.filter((e) => e.uncertain).map((e) => comparable(e.name))) };
    tallyRelations(relations, docRelations, goldDoc.relations, strictPairs, context, evaluation);
  }
  evaluation.entities.strict = strict.scores();
  evaluation.entities.untyped = untyped.scores();
  evaluation.relations = relations.scores();
  return evaluation;
}

/** One evaluation of several (the seeds and the dev set together): counts add up. */
export function combineEvaluations(evaluations: Evaluation[]): Evaluation {
  const strict = new Tally();
  const untyped = new Tally();
  const relations = new Tally();
  const byRule: Record<string, RuleCount> = {};
  const combined: Evaluation = {
    documents: 0,
    entities: { strict: strict.scores(), untyped: untyped.scores() },
    relations: relations.scores(),
    fundsAmounts: { matched: 0, amountRight: 0 },
    relationMisses: { endsFound: 0, endMissing: 0 },
    byRule,
    confidence: BANDS.map(([min, max]) => ({ min, max, tp: 0, fp: 0 })),
    missed: [],
    spurious: [],
  };
  for (const e of evaluations) {
    combined.documents += e.documents;
    strict.addScores(e.entities.strict);
    untyped.addScores(e.entities.untyped);
    relations.addScores(e.relations);
    combined.fundsAmounts.matched += e.fundsAmounts.matched;
    combined.fundsAmounts.amountRight += e.fundsAmounts.amountRight;
    combined.relationMisses.endsFound += e.relationMisses.endsFound;
    combined.relationMisses.endMissing += e.relationMisses.endMissing;
    for (const [rule, count] of Object.entries(e.byRule)) {
      byRule[rule] ??= { tp: 0, fp: 0 };
      byRule[rule].tp += count.tp;
      byRule[rule].fp += count.fp;
    }
    e.confidence.forEach((band, i) => {
      combined.confidence[i]!.tp += band.tp;
      combined.confidence[i]!.fp += band.fp;
    });
    combined.missed.push(...e.missed);
    combined.spurious.push(...e.spurious);
  }
  combined.entities = { strict: strict.scores(), untyped: untyped.scores() };
  combined.relations = relations.scores();
  return combined;
}

function tallyEntities(
  tally: Tally,
  extracted: Entity[],
  gold: GoldEntity[],
  pairs: Map<Entity, GoldEntity>,
  file?: string,
  report?: Evaluation,
): void {
  const found = new Set(pairs.values());
  for (const entity of extracted) {
    const match = pairs.get(entity);
    if (match) tally.add(match.type, "tp");
    else {
      tally.add(entity.type, "fp");
      report?.spurious.push({ file: file!, kind: "entity", what: `${entity.type} ${entity.name}` });
    }
  }
  for (const g of gold) {
    if (found.has(g) || g.uncertain) continue;
    tally.add(g.type, "fn");
    report?.missed.push({ file: file!, kind: "entity", what: `${g.type} ${g.name}` });
  }
}

function relationKey(type: string, source: string, target: string): string {
  if (type === "agreement_with" && source > target) [source, target] = [target, source];
  return `${type}|${source}|${target}`;
}

interface DocumentScoring {
  file: string;
  documentId: string;
  entityById: Map<string, Entity>;
  /** Comparable names of the gold entities marked uncertain. */
  uncertain: Set<string>;
}

function tallyRelations(
  tally: Tally,
  extracted: Relation[],
  gold: GoldRelation[],
  pairs: Map<Entity, GoldEntity>,
  doc: DocumentScoring,
  report: Evaluation,
): void {
  const goldNameOf = new Map<string, string>();
  for (const [entity, g] of pairs) goldNameOf.set(entity.id, comparable(g.name));
  const foundGold = new Set(goldNameOf.values());
  const goldKeys = new Map<string, GoldRelation[]>();
  for (const r of gold) {
    const key = relationKey(r.type, comparable(r.source), comparable(r.target));
    goldKeys.set(key, [...(goldKeys.get(key) ?? []), r]);
  }
  const seen = new Set<string>();
  for (const relation of extracted) {
    const source = goldNameOf.get(relation.source);
    const target = goldNameOf.get(relation.target);
    const key = source && target ? relationKey(relation.type, source, target) : `${relation.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const golds = goldKeys.get(key);
    const evidence = relation.evidence.filter((e) => e.document === doc.documentId);
    const rules = [...new Set(evidence.map((e) => e.rule))].sort();
    const confidence = Math.max(...evidence.map((e) => e.confidence));
    const kind = golds ? "tp" : "fp";
    for (const rule of rules) {
      report.byRule[rule] ??= { tp: 0, fp: 0 };
      report.byRule[rule][kind]++;
    }
    const band = report.confidence.find((b) => confidence >= b.min && confidence < b.max);
    if (band) band[kind]++;
    if (golds) {
      tally.add(relation.type, "tp");
      if (relation.type === "funds") {
        report.fundsAmounts.matched++;
        const stated = new Set((relation.amounts ?? []).filter((a) => a.document === doc.documentId).map((a) => a.yuan));
        if (golds.some((g) => g.amount_yuan === undefined || stated.has(g.amount_yuan))) report.fundsAmounts.amountRight++;
      }
    } else {
      tally.add(relation.type, "fp");
      const name = (id: string) => doc.entityById.get(id)?.name ?? id;
      report.spurious.push({ file: doc.file, kind: "relation", what: `${relation.type} ${name(relation.source)} → ${name(relation.target)}`, endsFound: Boolean(source && target), rules });
    }
  }
  for (const [key, golds] of goldKeys) {
    if (seen.has(key)) continue;
    const { type, source, target } = golds[0]!;
    // A relation with an uncertain end counts when found and is not missed when absent.
    if (doc.uncertain.has(comparable(source)) || doc.uncertain.has(comparable(target))) continue;
    tally.add(type, "fn");
    const endsFound = foundGold.has(comparable(source)) && foundGold.has(comparable(target));
    report.relationMisses[endsFound ? "endsFound" : "endMissing"]++;
    report.missed.push({ file: doc.file, kind: "relation", what: `${type} ${source} → ${target}`, endsFound });
  }
}
