import type { Evidence, Relation } from "../types.js";

/**
 * One relation per (type, source, target) across sentences and articles, with all its
 * evidence. `amounts` keeps each stated amount once per article; `amountYuan` is their sum
 * (the same sum stated twice in one article counts once); the date is the earliest stated.
 */
export function mergeRelations(relations: Relation[]): Relation[] {
  const merged = new Map<string, Relation>();
  for (const relation of relations) {
    const existing = merged.get(relation.id);
    if (!existing) {
      merged.set(relation.id, { ...relation, evidence: [...relation.evidence], ...(relation.amounts ? { amounts: [...relation.amounts] } : {}) });
      continue;
    }
    for (const evidence of relation.evidence) if (!existing.evidence.some((e) => sameEvidence(e, evidence))) existing.evidence.push(evidence);
    for (const amount of relation.amounts ?? []) {
      existing.amounts ??= [];
      if (!existing.amounts.some((a) => a.yuan === amount.yuan && a.document === amount.document)) existing.amounts.push(amount);
    }
    if (relation.date && (!existing.date || relation.date < existing.date)) existing.date = relation.date;
    // The relation says the most confident of the rules that read it.
    if (relation.confidence > existing.confidence) {
      existing.confidence = relation.confidence;
      existing.rule = relation.rule;
    }
    existing.title ??= relation.title;
  }
  const list = [...merged.values()];
  for (const relation of list) {
    if (relation.amounts?.length) relation.amountYuan = relation.amounts.reduce((sum, a) => sum + a.yuan, 0);
    relation.evidence.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  }
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.document === b.document && a.start === b.start && a.sourceSpan[0] === b.sourceSpan[0] && a.targetSpan[0] === b.targetSpan[0];
}
