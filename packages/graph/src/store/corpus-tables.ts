import type { ResultStore } from "./store.js";

/**
 * Rewrites the corpus-level tables `entities` and `relations` (what the graph holds, ready for
 * SQL and Parquet) from the reduce `readCorpus` left in the temporary tables, then drops those.
 */
export async function writeCorpusTables(store: ResultStore): Promise<void> {
  const { connection } = store;
  await connection.run("DELETE FROM entities");
  await connection.run("DELETE FROM relations");
  await connection.run(`
    INSERT INTO entities
    SELECT e.id, e.type, e.name, e.code, e.parent, list_sort(e.aliases), e.confidence,
           coalesce(m.mentions, 0)::INTEGER, coalesce(m.documents, 0)::INTEGER
    FROM temp.corpus_entities e
    LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT document_id) AS documents FROM mentions GROUP BY entity_id) m ON m.entity_id = e.id
    ORDER BY e.id`);
  await connection.run(`
    INSERT INTO relations
    SELECT r.id, r.type, r.source, r.target, r.date, a.yuan, r.title, r.rule, r.confidence, r.evidence, r.documents
    FROM temp.corpus_relations r
    LEFT JOIN (SELECT relation_id, sum(yuan) AS yuan FROM temp.corpus_amounts GROUP BY relation_id) a ON a.relation_id = r.id
    ORDER BY r.id`);
  for (const table of ["corpus_entities", "corpus_relations", "corpus_amounts", "corpus_documents"]) await connection.run(`DROP TABLE temp.${table}`);
}
