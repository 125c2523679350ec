import { basename } from "node:path";
import type { Entity, ExtractionResult } from "../types.js";
import type { GoldEntity, GoldFile, GoldRelation } from "./gold.js";
import { comparable, matchEntities } from "./match.js";
import { Tally, type Score } from "./score.js";

export { readGold, type GoldFile } from "./gold.js";
export type { Score } from "./score.js";

export interface Scores {
  byType: Record<string, Score>;
  overall: Score;
}

/** What the evaluation found: scores, and the misses and false finds that explain them. */
export interface Evaluation {
  documents: number;
  entities: { strict: Scores; untyped: Scores };
  relations: Scores;
  /** Funds relations matched in the gold whose stated amount we also found. */
  fundsAmounts: { matched: number; amountRight: number };
  missed: { file: string; kind: "entity" | "relation"; what: string }[];
  spurious: { file: string; kind: "entity" | "relation"; what: string }[];
}

/** Scores an extraction against a gold file, document by document (matched by file name). */
export function evaluate(result: ExtractionResult, gold: GoldFile): Evaluation {
  const entityById = new Map(result.entities.map((e) => [e.id, e]));
  const strict = new Tally();
  const untyped = new Tally();
  const relations = new Tally();
  const evaluation: Evaluation = {
    documents: 0,
    entities: { strict: { byType: {}, overall: strictZero() }, untyped: { byType: {}, overall: strictZero() } },
    relations: { byType: {}, overall: strictZero() },
    fundsAmounts: { matched: 0, amountRight: 0 },
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
    tallyRelations(relations, docRelations, goldDoc.relations, strictPairs, goldDoc.file, evaluation, doc.id);
  }
  evaluation.entities.strict = strict.scores();
  evaluation.entities.untyped = untyped.scores();
  evaluation.relations = relations.scores();
  return evaluation;
}

function strictZero(): Score {
  return { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 };
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

function tallyRelations(
  tally: Tally,
  extracted: ExtractionResult["relations"],
  gold: GoldRelation[],
  pairs: Map<Entity, GoldEntity>,
  file: string,
  report: Evaluation,
  documentId: string,
): void {
  const goldNameOf = new Map<string, string>();
  for (const [entity, g] of pairs) goldNameOf.set(entity.id, comparable(g.name));
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
    if (golds) {
      tally.add(relation.type, "tp");
      if (relation.type === "funds") {
        report.fundsAmounts.matched++;
        const stated = new Set((relation.amounts ?? []).filter((a) => a.document === documentId).map((a) => a.yuan));
        if (golds.some((g) => g.amount_yuan === undefined || stated.has(g.amount_yuan))) report.fundsAmounts.amountRight++;
      }
    } else {
      tally.add(relation.type, "fp");
      report.spurious.push({ file, kind: "relation", what: `${relation.type} ${relation.source} → ${relation.target}` });
    }
  }
  for (const [key, golds] of goldKeys) {
    if (seen.has(key)) continue;
    tally.add(golds[0]!.type, "fn");
    report.missed.push({ file, kind: "relation", what: `${golds[0]!.type} ${golds[0]!.source} → ${golds[0]!.target}` });
  }
}
