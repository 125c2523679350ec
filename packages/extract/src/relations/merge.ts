import type { Evidence, Relation } from "../types.js";

/**
 * One relation per (type, source, target) across sentences and articles, with all its
 * evidence. `amounts` keeps each stated amount once per article; `amountYuan` is their sum
 * (the same sum stated twice in one article counts once); the date is the earliest stated.
 */
export function mergeRelations(relations: Relation[]): Relation[] {
  const merged = new Map<string, Relation>();
  // The evidence each merged relation holds, by evidenceKey: a relation stated in thousands of sentences is not searched once per sentence.
  const seen = new Map<string, Set<string>>();
  for (const relation of relations) {
    const existing = merged.get(relation.id);
    if (!existing) {
      merged.set(relation.id, { ...relation, evidence: [...relation.evidence], ...(relation.amounts ? { amounts: [...relation.amounts] } : {}) });
      seen.set(relation.id, new Set(relation.evidence.map(evidenceKey)));
      continue;
    }
    const keys = seen.get(relation.id)!;
    for (const evidence of relation.evidence) {
      const key = evidenceKey(evidence);
      if (keys.has(key)) continue;
      keys.add(key);
      existing.evidence.push(evidence);
    }
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

/** Two pieces of evidence are the same when they share document, sentence start and both mention starts. */
function evidenceKey(e: Evidence): string {
  return `${e.start}:${e.sourceSpan[0]}:${e.targetSpan[0]}:${e.document}`;
}
