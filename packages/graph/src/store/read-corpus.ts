import { sortIssues, type DocumentInfo, type Entity, type Issue, type Relation } from "@xiezuo/extract";
import type { RelationEvidence } from "../build/evidenceTable.js";
import type { EntityTally, StatedAmount } from "../types.js";
import type { EvidenceSpill } from "./evidence-spill.js";
import { readEvidenceApart } from "./read-evidence.js";
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
  /** Each entity's mentions and the documents that name it or state one of its relations. */
  entityTally: EntityTally[];
}

export interface ReadCorpusOptions {
  /** Where the evidence's bytes go instead of memory (the caller closes it once done with the corpus). */
  evidenceSpill?: EvidenceSpill;
  /** Documents whose rows one GROUP BY of the reduce takes at a time (default `DOCUMENTS_PER_PART`). */
  documentsPerPart?: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * Reads the reduce of the stored per-document results: the same documents, entities,
 * relations and issues `extract()` returns for the same files (what `reduceResults` gives),
 * and mention counts in place of the mentions (whose number follows the text, not the graph).
 *
 * The merge is done by DuckDB (GROUP BY over the per-document tables, into the temporary
 * tables `corpus_entities`, `corpus_relations` and `corpus_amounts` that `writeCorpusTables`
 * then copies), so no per-document row becomes a JavaScript object: only the merged entities
 * and relations do, and the evidence arrives as bytes. The rules are those of `EntityMerger` and
 * `mergeRelations` in file order: an entity's aliases united and its highest confidence; a
 * relation's earliest date, its first title, its highest confidence with the rule of the first
 * document that reached it, and its amounts in file order, each (yuan, document) once but for
 * those of its first document, kept as they are.
 */
export async function readCorpus(store: ResultStore, runIssues: readonly Issue[], options: ReadCorpusOptions = {}): Promise<StoredCorpus> {
  const { connection } = store;
  const columns = async (sql: string) => (await connection.runAndReadAll(sql)).getColumnsJS();

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
  // One string per document id, shared by every node's `documents` list (not one copy per row).
  const documentIds = new Map(documents.map((doc) => [doc.id, doc.id]));
  await writeDocumentOrder(store, documents);
  // Two files of the same bytes are one document twice: their rows, identical, are counted once.
  const duplicated = documentIds.size < documents.length;
  const relationRows = duplicated ? "(SELECT DISTINCT * FROM document_relations)" : "document_relations";
  const amountRows = duplicated ? "(SELECT DISTINCT * FROM amounts)" : "amounts";

  const issues = [...runIssues];
  const [issueFiles, severities, stages, messages] = await columns("SELECT file, severity, stage, message FROM issues ORDER BY file, seq");
  (issueFiles ?? []).forEach((file, i) => {
    const stage = stages![i];
    issues.push({ file: String(file), severity: String(severities![i]) as Issue["severity"], ...(stage === null ? {} : { stage: String(stage) }), message: String(messages![i]) });
  });

  // An entity's type, name, code and parent follow from its id: any row's will do.
  const parts = Math.max(1, Math.ceil(documentIds.size / (options.documentsPerPart ?? DOCUMENTS_PER_PART)));
  await createInParts(store, "corpus_entities", parts, (part) => `
    SELECT e.entity_id AS id, any_value(e.type) AS type, any_value(e.name) AS name, any_value(e.code) AS code, any_value(e.parent) AS parent,
           list_distinct(flatten(list(e.aliases))) AS aliases, max(e.confidence) AS confidence
    FROM document_entities e SEMI JOIN temp.corpus_documents d ON d.id = e.document_id
    WHERE ${part("e.entity_id")}
    GROUP BY e.entity_id`);

  await createInParts(store, "corpus_relations", parts, (part) => `
    SELECT r.relation_id AS id, any_value(r.type) AS type, any_value(r.source) AS source, any_value(r.target) AS target,
           min(r.date) AS date,
           arg_min(r.title, d.idx) FILTER (WHERE r.title IS NOT NULL) AS title,
           arg_max(r.rule, struct_pack(c := r.confidence, i := -d.idx)) AS rule,
           max(r.confidence) AS confidence,
           sum(r.evidence_count)::INTEGER AS evidence,
           (count(*) FILTER (WHERE r.evidence_count > 0))::INTEGER AS documents,
           min(d.idx) AS first_idx
    FROM ${relationRows} r JOIN temp.corpus_documents d ON d.id = r.document_id
    WHERE ${part("r.relation_id")}
    GROUP BY r.relation_id`);
  await createAmounts(store, amountRows);
  await createTally(store, relationRows, parts);
  // The evidence on a connection of its own, from here on: DuckDB sorts and sends it while this
  // thread turns the merged rows into objects (not earlier: the GROUP BYs above have DuckDB's memory).
  const rankedIds = [...documentIds.keys()].sort(compare);
  const evidence = readEvidenceApart(store, rankedIds, options.evidenceSpill);
  // Awaited at the end: a failure before then is reported there, not as an unhandled rejection.
  evidence.catch(() => {});

  const entities: Entity[] = [];
  for await (const rows of jsonRows(store, "id, type, name, aliases, confidence, code, parent", "temp.corpus_entities")) {
    for (const [id, type, name, aliases, confidence, code, parent] of rows) {
      // Sorted here, not by DuckDB: the result's lists are in code-unit order.
      const entity: Entity = { id: String(id), type: String(type) as Entity["type"], name: String(name), aliases: (aliases as string[]).map(String).sort(), confidence: Number(confidence) };
      if (code !== null) entity.code = String(code);
      if (parent !== null) entity.parent = String(parent);
      entities.push(entity);
    }
  }
  entities.sort((a, b) => compare(a.id, b.id));

  const amounts = await readAmounts(store, documentIds);
  const relations: Relation[] = [];
  for await (const rows of jsonRows(store, "id, type, source, target, date, rule, confidence, title", "temp.corpus_relations")) {
    for (const [id, type, source, target, date, rule, confidence, title] of rows) {
      // The keys in the order extractDocument gives them (extraction.json shows them so).
      const relation: Relation = { id: String(id), type: String(type) as Relation["type"], source: String(source), target: String(target), date: str(date), rule: String(rule), confidence: Number(confidence), evidence: [] };
      const stated = amounts.get(relation.id);
      if (stated) {
        relation.amounts = stated;
        relation.amountYuan = stated.reduce((sum, amount) => sum + amount.yuan, 0);
      }
      if (title !== null) relation.title = String(title);
      relations.push(relation);
    }
  }
  relations.sort((a, b) => compare(a.id, b.id));

  const entityTally = await readEntityTally(store, rankedIds);
  return { documents, entities, relations, evidence: await evidence, issues: sortIssues(issues), entityTally };
}

/**
 * `temp.corpus_documents`: each document id with its place in file order (`idx`; a document of
 * two files takes the later one's, as the reduce sees it) and in id order (`rank`).
 */
async function writeDocumentOrder(store: ResultStore, documents: readonly DocumentInfo[]): Promise<void> {
  const idx = new Map<string, number>();
  documents.forEach((doc, i) => idx.set(doc.id, i));
  const ranked = [...idx.keys()].sort(compare);
  await store.connection.run("CREATE OR REPLACE TEMP TABLE corpus_documents (id VARCHAR, idx INTEGER, rank INTEGER)");
  const appender = await store.connection.createAppender("corpus_documents", "main", "temp");
  ranked.forEach((id, rank) => {
    appender.appendVarchar(id);
    appender.appendInteger(idx.get(id)!);
    appender.appendInteger(rank);
    appender.endRow();
  });
  appender.closeSync();
}

/**
 * The merged amounts of every relation that states some, in file order: those of the first
 * document that states the relation as they are, each later (yuan, document) once (`mergeRelations`' rule); also
 * kept as `temp.corpus_amounts` for the corpus tables.
 */
async function createAmounts(store: ResultStore, amountRows: string): Promise<void> {
  await store.connection.run(`
    CREATE OR REPLACE TEMP TABLE corpus_amounts AS
    SELECT relation_id, document_id, yuan, approximate, idx, seq FROM (
      SELECT a.relation_id, a.document_id, a.yuan, a.approximate, a.seq, d.idx,
             row_number() OVER (PARTITION BY a.relation_id, a.document_id, a.yuan ORDER BY a.seq) AS nth, r.first_idx
      FROM ${amountRows} a JOIN temp.corpus_documents d ON d.id = a.document_id JOIN temp.corpus_relations r ON r.id = a.relation_id)
    WHERE nth = 1 OR idx = first_idx`);
}

/** The amounts `createAmounts` merged, per relation. */
async function readAmounts(store: ResultStore, documentIds: ReadonlyMap<string, string>): Promise<Map<string, StatedAmount[]>> {
  const amounts = new Map<string, StatedAmount[]>();
  const result = await store.connection.stream("SELECT relation_id, yuan, approximate, document_id FROM temp.corpus_amounts ORDER BY relation_id, idx, seq");
  for await (const rows of result.yieldRowsJs()) {
    for (const [relation, yuan, approximate, document] of rows) {
      const id = String(relation);
      const list = amounts.get(id);
      const amount = { yuan: Number(yuan), approximate: approximate === true, document: documentIds.get(String(document)) ?? String(document) };
      if (list) list.push(amount);
      else amounts.set(id, [amount]);
    }
  }
  return amounts;
}

/**
 * Per entity: how often it is mentioned, and the documents (sorted) that mention it or hold
 * evidence of one of its relations, given as ranks into `rankedIds` so that every list shares
 * the same strings.
 */
async function createTally(store: ResultStore, relationRows: string, parts: number): Promise<void> {
  await createInParts(store, "corpus_tally", parts, (part) => `
    WITH pairs AS (
      SELECT entity_id, document_id, 1 AS n FROM mentions WHERE ${part("entity_id")}
      UNION ALL SELECT source, document_id, 0 FROM ${relationRows} WHERE evidence_count > 0 AND ${part("source")}
      UNION ALL SELECT target, document_id, 0 FROM ${relationRows} WHERE evidence_count > 0 AND ${part("target")})
    SELECT p.entity_id, sum(p.n)::INTEGER AS mentions, list_sort(list_distinct(list(d.rank))) AS ranks
    FROM pairs p JOIN temp.corpus_documents d ON d.id = p.document_id
    GROUP BY p.entity_id`);
}

/** The tally `createTally` made, each entity's documents as ids (the same strings for every entity). */
async function readEntityTally(store: ResultStore, rankedIds: readonly string[]): Promise<EntityTally[]> {
  const tally: EntityTally[] = [];
  for await (const rows of jsonRows(store, "entity_id, mentions, ranks", "temp.corpus_tally")) {
    for (const [entity, mentions, ranks] of rows) tally.push({ entity: String(entity), mentions: Number(mentions), documents: (ranks as number[]).map((rank) => rankedIds[rank]!) });
  }
  return tally;
}

/**
 * The reduce's GROUP BYs run over this many documents' rows at a time, split by a hash of the
 * key: DuckDB keeps a hash aggregate's groups (their strings and lists) in memory, and at 100k
 * documents one pass over them all once went past the store's memory limit. Every part scans
 * the whole table, so parts cost time: at 100k articles 40 parts (2,500 documents each) took
 * 36, 28 and 58 s for the entities, relations and tally, against 8, 13 and 16 s in one pass
 * (each under 400 MB); four parts are a margin that costs little.
 */
const DOCUMENTS_PER_PART = 25_000;

/**
 * `temp.<table>` from a GROUP BY run once per part of its keys (`part(key)` is the condition
 * that keeps one part's rows): the same rows as one pass, with a part's groups in memory at a time.
 */
async function createInParts(store: ResultStore, table: string, parts: number, select: (part: (key: string) => string) => string): Promise<void> {
  for (let i = 0; i < parts; i++) {
    const part = (key: string) => (parts === 1 ? "true" : `hash(${key}) % ${parts} = ${i}`);
    await store.connection.run(i === 0 ? `CREATE OR REPLACE TEMP TABLE ${table} AS ${select(part)}` : `INSERT INTO temp.${table} ${select(part)}`);
  }
}

/** Rows that DuckDB hands over as one JSON text. */
const ROWS_PER_TEXT = 1000;
/** Rows gathered into texts by one query: DuckDB holds a query's groups until its end, so a bounded number of them. */
const ROWS_PER_QUERY = 50 * ROWS_PER_TEXT;

/**
 * The rows of `SELECT <columns> FROM <table>` as arrays, in no given order (every caller sorts or
 * keys them): a thousand rows at a time come from DuckDB as one JSON text (its strings escaped by
 * DuckDB, so read back exactly by JSON.parse) instead of one value per row or per cell, which
 * costs the DuckDB client more than the parse. One query per range of row ids of the table.
 */
async function* jsonRows(store: ResultStore, columns: string, table: string): AsyncGenerator<unknown[][]> {
  const last = Number((await store.scalar(`SELECT coalesce(max(rowid), -1) FROM ${table}`)) ?? -1);
  for (let from = 0; from <= last; from += ROWS_PER_QUERY) {
    const reader = await store.connection.runAndReadAll(`
      SELECT json_group_array(row)::VARCHAR FROM (SELECT rowid AS n, json_array(${columns}) AS row FROM ${table} WHERE rowid >= ${from} AND rowid < ${from + ROWS_PER_QUERY})
      GROUP BY n // ${ROWS_PER_TEXT}`);
    for (const [text] of reader.getRows()) yield JSON.parse(String(text)) as unknown[][];
  }
}
