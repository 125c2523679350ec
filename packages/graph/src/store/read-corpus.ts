import { EntityMerger, mergeRelations, sortIssues, type DocumentInfo, type Entity, type Evidence, type Issue, type Relation, type RelationType, type EntityType } from "@xiezuo/extract";
import type { MentionTally } from "../types.js";
import type { ResultStore } from "./store.js";

/** The corpus as the graph stage needs it: everything but the mentions, which come as counts. */
export interface StoredCorpus {
  documents: DocumentInfo[];
  entities: Entity[];
  relations: Relation[];
  issues: Issue[];
  /** How many times each entity is mentioned in each document. */
  mentionTally: MentionTally[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * Reads the reduce of the stored per-document results: the same documents, entities,
 * relations and issues `extract()` returns for the same files, and mention counts in place
 * of the mentions (whose number follows the text, not the graph).
 */
export async function readCorpus(store: ResultStore, runIssues: readonly Issue[]): Promise<StoredCorpus> {
  const rows = async (sql: string) => (await store.connection.runAndReadAll(sql)).getRowsJS();

  const documents: DocumentInfo[] = (await rows("SELECT id, file, title, date, source, authors FROM documents")).map(([id, file, title, date, source, authors]) => ({
    id: String(id),
    file: String(file),
    title: str(title),
    date: str(date),
    source: str(source),
    authors: (authors as string[]).map(String),
  }));
  documents.sort((a, b) => compare(a.file, b.file));

  const merger = new EntityMerger();
  for (const [id, type, name, code, parent, aliases, confidence] of await rows("SELECT entity_id, type, name, code, parent, aliases, confidence FROM document_entities")) {
    // The key order the registry gives, so extraction.json reads the same.
    const entity: Entity = { id: String(id), type: String(type) as EntityType, name: String(name), aliases: (aliases as string[]).map(String), confidence: Number(confidence) };
    if (code !== null) entity.code = String(code);
    if (parent !== null) entity.parent = String(parent);
    merger.add([entity]);
  }

  const issues = [...runIssues];
  for (const [file, severity, stage, message] of await rows("SELECT file, severity, stage, message FROM issues ORDER BY file, seq")) {
    issues.push({ file: String(file), severity: String(severity) as Issue["severity"], ...(stage === null ? {} : { stage: String(stage) }), message: String(message) });
  }

  const mentionTally = (await rows("SELECT entity_id, document_id, count(*)::INTEGER FROM mentions GROUP BY ALL ORDER BY ALL")).map(([entity, document, count]) => ({
    entity: String(entity),
    document: String(document),
    count: Number(count),
  }));

  return { documents, entities: merger.list(), relations: await readRelations(store, documents), issues: sortIssues(issues), mentionTally };
}

/** Each document's relations rebuilt as extractDocument gave them, then merged in file order. */
async function readRelations(store: ResultStore, documents: DocumentInfo[]): Promise<Relation[]> {
  const rows = async (sql: string) => (await store.connection.runAndReadAll(sql)).getRowsJS();
  const key = (document: unknown, relation: unknown) => `${String(document)}\u0000${String(relation)}`;
  const parts = new Map<string, { document: string; head: Omit<Relation, "evidence">; evidence: Evidence[]; amounts: NonNullable<Relation["amounts"]> }>();
  for (const [document, id, type, source, target, date, title, rule, confidence] of await rows(
    "SELECT document_id, relation_id, type, source, target, date, title, rule, confidence FROM document_relations",
  )) {
    const head: Omit<Relation, "evidence"> = {
      id: String(id),
      type: String(type) as RelationType,
      source: String(source),
      target: String(target),
      date: str(date),
      rule: String(rule),
      confidence: Number(confidence),
    };
    if (title !== null) head.title = String(title);
    parts.set(key(document, id), { document: String(document), head, evidence: [], amounts: [] });
  }
  const evidenceSql = `SELECT document_id, relation_id, sentence, start, "end", original_start, original_end, source_start, source_end, target_start, target_end,
    rule, confidence FROM evidence ORDER BY document_id, relation_id, seq`;
  for (const [document, relation, sentence, start, end, originalStart, originalEnd, s0, s1, t0, t1, rule, confidence] of await rows(evidenceSql)) {
    parts.get(key(document, relation))?.evidence.push({
      document: String(document),
      sentence: String(sentence),
      start: Number(start),
      end: Number(end),
      originalStart: Number(originalStart),
      originalEnd: Number(originalEnd),
      sourceSpan: [Number(s0), Number(s1)],
      targetSpan: [Number(t0), Number(t1)],
      rule: String(rule),
      confidence: Number(confidence),
    });
  }
  for (const [document, relation, yuan, approximate] of await rows("SELECT document_id, relation_id, yuan, approximate FROM amounts ORDER BY document_id, relation_id, seq")) {
    parts.get(key(document, relation))?.amounts.push({ yuan: Number(yuan), approximate: Boolean(approximate), document: String(document) });
  }
  const order = new Map(documents.map((doc, index) => [doc.id, index]));
  const perDocument = [...parts.values()]
    .filter((part) => order.has(part.document))
    .sort((a, b) => order.get(a.document)! - order.get(b.document)! || compare(a.head.id, b.head.id))
    .map(({ head, evidence, amounts }) => {
      // The key order extractDocument's relations have, so extraction.json reads the same.
      const { title, ...rest } = head;
      const relation: Relation = { ...rest, evidence };
      if (amounts.length > 0) relation.amounts = amounts;
      if (title !== undefined) relation.title = title;
      if (amounts.length > 0) relation.amountYuan = amounts.reduce((sum, amount) => sum + amount.yuan, 0);
      return relation;
    });
  return mergeRelations(perDocument);
}
