import type { Evidence, Relation } from "../types.js";

/**
 * One relation per (type, source, target) across sentences and articles, with all its
 * evidence. `amounts` keeps each stated amount once per article; `amountYuan` is their sum
 * (the same sum stated twice in one article counts once); the date is the earliest stated.
 */
export function mergeRelations(relations: Relation[]): Relation[] {
  const merged = new Map<string, Relation>();
  // What each merged relation already holds, as keys: a relation stated in thousands of articles would make a scan per item quadratic.
  // Made when a relation comes a second time (most come once: a document's relations are merged one by one).
  const held = new Map<string, { evidence: Set<string>; amounts: Set<string> }>();
  for (const relation of relations) {
    const existing = merged.get(relation.id);
    if (!existing) {
      merged.set(relation.id, { ...relation, evidence: [...relation.evidence], ...(relation.amounts ? { amounts: [...relation.amounts] } : {}) });
      continue;
    }
    let keys = held.get(relation.id);
    if (!keys) held.set(relation.id, (keys = { evidence: new Set(existing.evidence.map(evidenceKey)), amounts: new Set((existing.amounts ?? []).map(amountKey)) }));
    for (const evidence of relation.evidence) {
      const key = evidenceKey(evidence);
      if (keys.evidence.has(key)) continue;
      keys.evidence.add(key);
      existing.evidence.push(evidence);
    }
    for (const amount of relation.amounts ?? []) {
      existing.amounts ??= [];
      const key = amountKey(amount);
      if (keys.amounts.has(key)) continue;
      keys.amounts.add(key);
      existing.amounts.push(amount);
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
    relation.evidence.sort(compareEvidence);
  }
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Two evidence items are the same when they have the same document, start and ends' starts. */
export function evidenceKey(e: Evidence): string {
  return `${e.document}\u0000${e.start}\u0000${e.sourceSpan[0]}\u0000${e.targetSpan[0]}`;
}

/** The order of a merged relation's evidence: by document, then by where the sentence starts. */
export function compareEvidence(a: Pick<Evidence, "document" | "start">, b: Pick<Evidence, "document" | "start">): number {
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start;
}

/** Two amounts are the same when they state the same yuan in the same document. */
function amountKey(a: { yuan: number; document: string }): string {
  return `${a.yuan}\u0000${a.document}`;
}
