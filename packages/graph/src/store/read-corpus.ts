import { EntityMerger, mergeRelations, sortIssues, type DocumentInfo, type Entity, type Issue, type Relation } from "@xiezuo/extract";
import { DuckDBBlobValue } from "@duckdb/node-api";
import { EvidenceTableBuilder, type RelationEvidence } from "../build/evidenceTable.js";
import type { FreshResult } from "../pipeline/extract-into-store.js";
import type { MentionTally } from "../types.js";
import type { ResultStore } from "./store.js";

/**
 * The corpus as the graph stage needs it: everything but the mentions, which come as counts,
 * and with the relations' evidence apart (their own `evidence` lists are empty).
 */
export interface StoredCorpus {
  documents: DocumentInfo[];
  entities: Entity[];
  /** Merged, sorted by id; each with an empty `evidence` list, its evidence being in `evidence`. */
  relations: Relation[];
  /** Relation id → its evidence across the corpus, as `mergeRelations` would have merged it. */
  evidence: Map<string, RelationEvidence>;
  issues: Issue[];
  /** How many times each entity is mentioned in each document. */
  mentionTally: MentionTally[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * Reads the reduce of the stored per-document results: the same documents, entities,
 * relations and issues `extract()` returns for the same files, and mention counts in place
 * of the mentions (whose number follows the text, not the graph). The results extracted in
 * this run are given (`fresh`), so only the reused ones are read back.
 */
export async function readCorpus(store: ResultStore, runIssues: readonly Issue[], fresh: readonly FreshResult[] = []): Promise<StoredCorpus> {
  const columns = async (sql: string) => (await store.connection.runAndReadAll(sql)).getColumnsJS();

  const [ids, files, titles, dates, sources, authors] = await columns("SELECT id, file, title, date, source, authors FROM documents");
  const documents: DocumentInfo[] = (ids ?? []).map((id, i) => ({
    id: String(id),
    file: String(files![i]),
    title: str(titles![i]),
    date: str(dates![i]),
    source: str(sources![i]),
    authors: (authors![i] as string[]).map(String),
  }));
  documents.sort((a, b) => compare(a.file, b.file));

  const issues = [...runIssues];
  const [issueFiles, severities, stages, messages] = await columns("SELECT file, severity, stage, message FROM issues ORDER BY file, seq");
  (issueFiles ?? []).forEach((file, i) => {
    const stage = stages![i];
    issues.push({ file: String(file), severity: String(severities![i]) as Issue["severity"], ...(stage === null ? {} : { stage: String(stage) }), message: String(messages![i]) });
  });

  const [tallyEntities, tallyDocuments, counts] = await columns("SELECT entity_id, document_id, count(*)::INTEGER FROM mentions GROUP BY ALL ORDER BY ALL");
  // One string per document id, shared by every tally and so by every node's `documents` list (not one copy per row).
  const documentIds = new Map(documents.map((doc) => [doc.id, doc.id]));
  const mentionTally = (tallyEntities ?? []).map((entity, i) => {
    const document = String(tallyDocuments![i]);
    return { entity: String(entity), document: documentIds.get(document) ?? document, count: Number(counts![i]) };
  });

  // Each document's entities and relations as extractDocument gave them; relations merged in file order.
  const order = new Map(documents.map((doc, index) => [doc.id, index]));
  const merger = new EntityMerger();
  const perDocument: { index: number; relations: Relation[] }[] = [];
  const add = (id: string, entities: Entity[], relations: Relation[]) => {
    const index = order.get(id);
    if (index === undefined) return;
    merger.add(entities);
    perDocument.push({ index, relations });
  };
  for (const result of fresh) add(result.document.id, result.entities, result.relations);
  await store.connection.run("CREATE OR REPLACE TEMP TABLE fresh_documents (id VARCHAR)");
  const appender = await store.connection.createAppender("fresh_documents", "main", "temp");
  for (const result of fresh) {
    appender.appendVarchar(result.document.id);
    appender.endRow();
  }
  appender.closeSync();
  // Streamed, a chunk of rows at a time: read whole, the JSON text of 10,000 documents is a few hundred megabytes twice over (DuckDB's copy and JavaScript's).
  const reused = await store.connection.stream(
    "SELECT document_id, entities, relations FROM document_results WHERE document_id NOT IN (SELECT id FROM temp.fresh_documents)",
  );
  for await (const rows of reused.yieldRows()) {
    for (const [id, entities, relations] of rows) add(String(id), JSON.parse(String(entities)) as Entity[], JSON.parse(String(relations)) as Relation[]);
  }
  await store.connection.run("DROP TABLE temp.fresh_documents");
  perDocument.sort((a, b) => a.index - b.index);
  const relations = mergeRelations(perDocument.flatMap((part) => part.relations));
  const evidence = await readEvidence(store, documentIds);

  return { documents, entities: merger.list(), relations, evidence, issues: sortIssues(issues), mentionTally };
}

/**
 * Every relation's evidence, read as the stored JSON bytes of each document's part (a BLOB, so
 * never decoded into strings) in (relation, document) order and joined into the corpus-wide
 * text. Document ids are ASCII (`doc:` and hex), so DuckDB's order is JavaScript's.
 */
async function readEvidence(store: ResultStore, documentIds: ReadonlyMap<string, string>): Promise<Map<string, RelationEvidence>> {
  const builder = new EvidenceTableBuilder(documentIds);
  const result = await store.connection.stream(
    `SELECT relation_id, document_id, evidence_count, encode(evidence_json), graph_evidence_count, encode(graph_evidence_json)
     FROM document_relations ORDER BY relation_id, document_id`,
  );
  for await (const rows of result.yieldRows()) {
    for (const [relation, document, count, json, graphCount, graphJson] of rows) {
      if (!documentIds.has(String(document))) continue;
      const graph = graphJson === null ? undefined : { json: (graphJson as DuckDBBlobValue).bytes, count: Number(graphCount) };
      builder.add(String(relation), String(document), (json as DuckDBBlobValue).bytes, Number(count), graph);
    }
  }
  return builder.finish();
}
