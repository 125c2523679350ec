/**
 * The tables of a build's store (`store.duckdb`), documented for users in docs/store.md.
 * Per-document tables hold what each file gave; `entities` and `relations` are the corpus
 * merged, rewritten at the end of every build. `document_results` keeps each document's
 * entities and relations as extractDocument gave them (JSON, the relations without their evidence),
 * which is what the build's reduce reads: one value per document instead of one per cell. Each row
 * of `document_relations` also holds its evidence as JSON text (`evidence_json`, what
 * `JSON.stringify(relation.evidence)` gives), which the build pastes into its files unparsed, and
 * the graph's view of it (`graph_evidence_*`: a sentence span read by two rules kept once; the
 * JSON is NULL when that is the same list).
 */
export const SCHEMA_VERSION = "4";

export const PER_DOCUMENT_TABLES = ["documents", "document_entities", "mentions", "document_relations", "evidence", "amounts", "document_results"] as const;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);
CREATE TABLE IF NOT EXISTS sources (
  file VARCHAR, content_hash VARCHAR, extractor_version VARCHAR, document_id VARCHAR);
CREATE TABLE IF NOT EXISTS issues (
  file VARCHAR, seq INTEGER, severity VARCHAR, stage VARCHAR, message VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR, file VARCHAR, title VARCHAR, date VARCHAR, source VARCHAR, authors VARCHAR[]);
CREATE TABLE IF NOT EXISTS document_entities (
  document_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, code VARCHAR, parent VARCHAR, aliases VARCHAR[],
  confidence DOUBLE);
CREATE TABLE IF NOT EXISTS mentions (
  document_id VARCHAR, seq INTEGER, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
  original_start INTEGER, original_end INTEGER);
CREATE TABLE IF NOT EXISTS document_relations (
  document_id VARCHAR, relation_id VARCHAR, type VARCHAR, source VARCHAR, target VARCHAR, date VARCHAR, title VARCHAR,
  rule VARCHAR, confidence DOUBLE, evidence_count INTEGER, evidence_json VARCHAR, graph_evidence_count INTEGER, graph_evidence_json VARCHAR);
CREATE TABLE IF NOT EXISTS evidence (
  document_id VARCHAR, relation_id VARCHAR, seq INTEGER, sentence VARCHAR, start INTEGER, "end" INTEGER,
  original_start INTEGER, original_end INTEGER, source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
  rule VARCHAR, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS amounts (
  document_id VARCHAR, relation_id VARCHAR, seq INTEGER, yuan DOUBLE, approximate BOOLEAN);
CREATE TABLE IF NOT EXISTS document_results (
  document_id VARCHAR, entities VARCHAR, relations VARCHAR);
CREATE TABLE IF NOT EXISTS entities (
  id VARCHAR, type VARCHAR, name VARCHAR, code VARCHAR, parent VARCHAR, aliases VARCHAR[], confidence DOUBLE,
  mentions INTEGER, documents INTEGER);
CREATE TABLE IF NOT EXISTS relations (
  id VARCHAR, type VARCHAR, source VARCHAR, target VARCHAR, date VARCHAR, amount_yuan DOUBLE, title VARCHAR,
  rule VARCHAR, confidence DOUBLE, evidence INTEGER, documents INTEGER);
`;
