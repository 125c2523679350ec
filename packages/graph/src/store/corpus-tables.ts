import { LIST, VARCHAR, listValue } from "@duckdb/node-api";
import type { StoredCorpus } from "./read-corpus.js";
import type { ResultStore } from "./store.js";

/**
 * Rewrites the corpus-level tables `entities` and `relations` (what the graph holds, ready for
 * SQL and Parquet) from the merged corpus and the per-document tables.
 */
export async function writeCorpusTables(store: ResultStore, corpus: StoredCorpus): Promise<void> {
  const { connection } = store;
  await connection.run("DELETE FROM entities");
  await connection.run("DELETE FROM relations");
  await connection.run("CREATE OR REPLACE TEMP TABLE merged_entities (id VARCHAR, type VARCHAR, name VARCHAR, code VARCHAR, parent VARCHAR, aliases VARCHAR[], confidence DOUBLE)");
  const entities = await connection.createAppender("merged_entities", "main", "temp");
  for (const entity of corpus.entities) {
    for (const value of [entity.id, entity.type, entity.name, entity.code, entity.parent]) value === undefined ? entities.appendNull() : entities.appendVarchar(value);
    entities.appendList(listValue(entity.aliases), LIST(VARCHAR));
    entities.appendDouble(entity.confidence);
    entities.endRow();
  }
  entities.closeSync();
  await connection.run(`
    INSERT INTO entities
    SELECT e.id, e.type, e.name, e.code, e.parent, e.aliases, e.confidence,
           coalesce(m.mentions, 0)::INTEGER, coalesce(m.documents, 0)::INTEGER
    FROM merged_entities e
    LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT document_id) AS documents FROM mentions GROUP BY entity_id) m ON m.entity_id = e.id
    ORDER BY e.id`);
  await connection.run("DROP TABLE merged_entities");

  const relations = await connection.createAppender("relations");
  for (const relation of corpus.relations) {
    for (const value of [relation.id, relation.type, relation.source, relation.target, relation.date]) value === null ? relations.appendNull() : relations.appendVarchar(value);
    relation.amountYuan === undefined ? relations.appendNull() : relations.appendDouble(relation.amountYuan);
    relation.title === undefined ? relations.appendNull() : relations.appendVarchar(relation.title);
    relations.appendVarchar(relation.rule);
    relations.appendDouble(relation.confidence);
    const evidence = corpus.evidence.get(relation.id);
    relations.appendInteger(evidence?.count ?? 0);
    relations.appendInteger(evidence?.documents.length ?? 0);
    relations.endRow();
  }
  relations.closeSync();
}
