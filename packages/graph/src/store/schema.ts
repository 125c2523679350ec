/**
 * The tables of a build's store (`store.duckdb`), documented for users in docs/store.md.
 * Per-document tables hold what each file gave; `entities` and `relations` are the corpus
 * merged, rewritten at the end of every build (the build's reduce is a GROUP BY over the tables). Each row
 * of `document_relations` also holds its evidence as JSON text (`evidence_json`, what
 * `JSON.stringify(relation.evidence)` gives), which the build pastes into its files unparsed, and
 * the graph's view of it (`graph_evidence_*`: a sentence span read by two rules kept once; the
 * JSON is NULL when that is the same list). The view `evidence` shows that JSON as rows, one
 * per sentence: the workers write each sentence once, and nothing of the build reads the rows.
 */
export const SCHEMA_VERSION = "6";

/** A table's columns, in order: name and DuckDB type. */
export type Columns = readonly (readonly [name: string, type: string])[];

const DOCUMENT_RELATION_HEAD: Columns = [
  ["document_id", "VARCHAR"],
  ["relation_id", "VARCHAR"],
  ["type", "VARCHAR"],
  ["source", "VARCHAR"],
  ["target", "VARCHAR"],
  ["date", "VARCHAR"],
  ["title", "VARCHAR"],
  ["rule", "VARCHAR"],
  ["confidence", "DOUBLE"],
  ["evidence_count", "INTEGER"],
];

/** What an entity is, as a document gives it and as the corpus merges it. */
const ENTITY_FIELDS: Columns = [
  ["type", "VARCHAR"],
  ["name", "VARCHAR"],
  ["code", "VARCHAR"],
  ["parent", "VARCHAR"],
  ["aliases", "VARCHAR[]"],
  ["confidence", "DOUBLE"],
];

/** The tables of what each input file gave, rewritten when the file changes. */
export const FILE_TABLES = {
  sources: [
    ["file", "VARCHAR"],
    ["content_hash", "VARCHAR"],
    ["extractor_version", "VARCHAR"],
    ["document_id", "VARCHAR"],
  ],
  issues: [
    ["file", "VARCHAR"],
    ["seq", "INTEGER"],
    ["severity", "VARCHAR"],
    ["stage", "VARCHAR"],
    ["message", "VARCHAR"],
  ],
  documents: [
    ["id", "VARCHAR"],
    ["file", "VARCHAR"],
    ["title", "VARCHAR"],
    ["date", "VARCHAR"],
    ["source", "VARCHAR"],
    ["authors", "VARCHAR[]"],
  ],
  document_entities: [["document_id", "VARCHAR"], ["entity_id", "VARCHAR"], ...ENTITY_FIELDS],
  mentions: [
    ["document_id", "VARCHAR"],
    ["seq", "INTEGER"],
    ["entity_id", "VARCHAR"],
    ["start", "INTEGER"],
    ["end", "INTEGER"],
    ["text", "VARCHAR"],
    ["original_start", "INTEGER"],
    ["original_end", "INTEGER"],
  ],
  document_relations: [...DOCUMENT_RELATION_HEAD, ["evidence_json", "VARCHAR"], ["graph_evidence_count", "INTEGER"], ["graph_evidence_json", "VARCHAR"]],
  amounts: [
    ["document_id", "VARCHAR"],
    ["relation_id", "VARCHAR"],
    ["seq", "INTEGER"],
    ["yuan", "DOUBLE"],
    ["approximate", "BOOLEAN"],
  ],
} as const satisfies Record<string, Columns>;

export type FileTable = keyof typeof FILE_TABLES;

/** The per-document tables (those keyed by `document_id`, or `id` for `documents`). */
export const PER_DOCUMENT_TABLES = ["documents", "document_entities", "mentions", "document_relations", "amounts"] as const;

/**
 * What a shard (packages/graph/src/store/shard-writer.ts) holds besides the rows of the file
 * tables: for a document of several windows, its relations' rows without their evidence JSON,
 * and that JSON in one piece per window (the items of the window, joined by commas), which the
 * load joins in window order into `document_relations`.
 */
export const SHARD_ONLY_TABLES = {
  relation_heads: [...DOCUMENT_RELATION_HEAD, ["graph_evidence_count", "INTEGER"]],
  evidence_parts: [
    ["document_id", "VARCHAR"],
    ["relation_id", "VARCHAR"],
    ["part", "INTEGER"],
    ["json", "VARCHAR"],
    // NULL when the graph keeps every item of the part.
    ["graph_json", "VARCHAR"],
  ],
} as const satisfies Record<string, Columns>;

export type ShardTable = FileTable | keyof typeof SHARD_ONLY_TABLES;

/** Every table a shard may hold, with its columns. */
export const SHARD_TABLES: Record<ShardTable, Columns> = { ...FILE_TABLES, ...SHARD_ONLY_TABLES };

const CORPUS_TABLES = {
  entities: [["id", "VARCHAR"], ...ENTITY_FIELDS, ["mentions", "INTEGER"], ["documents", "INTEGER"]],
  relations: [
    ["id", "VARCHAR"],
    ["type", "VARCHAR"],
    ["source", "VARCHAR"],
    ["target", "VARCHAR"],
    ["date", "VARCHAR"],
    ["amount_yuan", "DOUBLE"],
    ["title", "VARCHAR"],
    ["rule", "VARCHAR"],
    ["confidence", "DOUBLE"],
    ["evidence", "INTEGER"],
    ["documents", "INTEGER"],
  ],
} as const satisfies Record<string, Columns>;

/** A column name as SQL (quoted: some, such as "end", are key words). */
export const sqlName = (name: string): string => `"${name}"`;

const createTable = (table: string, columns: Columns) => `CREATE TABLE IF NOT EXISTS ${table} (${columns.map(([name, type]) => `${sqlName(name)} ${type}`).join(", ")});`;

/** The fields of an item of `evidence_json` (what `Evidence` holds but its document), as DuckDB's `from_json` reads them. */
const EVIDENCE_ITEM = JSON.stringify([
  { sentence: "VARCHAR", start: "INTEGER", end: "INTEGER", originalStart: "INTEGER", originalEnd: "INTEGER", sourceSpan: "INTEGER[]", targetSpan: "INTEGER[]", rule: "VARCHAR", confidence: "DOUBLE" },
]);

/** `evidence`: each item of `document_relations.evidence_json` as a row, `seq` its place in the list. */
const EVIDENCE_VIEW = `CREATE VIEW IF NOT EXISTS evidence AS
SELECT r.document_id, r.relation_id, (k.i - 1)::INTEGER AS seq, r.items[k.i].sentence AS sentence,
       r.items[k.i].start AS start, r.items[k.i]."end" AS "end",
       r.items[k.i].originalStart AS original_start, r.items[k.i].originalEnd AS original_end,
       r.items[k.i].sourceSpan[1] AS source_start, r.items[k.i].sourceSpan[2] AS source_end,
       r.items[k.i].targetSpan[1] AS target_start, r.items[k.i].targetSpan[2] AS target_end,
       r.items[k.i].rule AS rule, r.items[k.i].confidence AS confidence
FROM (SELECT document_id, relation_id, from_json(evidence_json, '${EVIDENCE_ITEM}') AS items FROM document_relations) r,
     LATERAL (SELECT unnest(range(1, len(r.items) + 1)) AS i) k;`;

export const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);",
  ...Object.entries(FILE_TABLES).map(([table, columns]) => createTable(table, columns)),
  ...Object.entries(CORPUS_TABLES).map(([table, columns]) => createTable(table, columns)),
  EVIDENCE_VIEW,
].join("\n");
