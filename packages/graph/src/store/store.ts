import { DuckDBInstance, LIST, VARCHAR, listValue, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import type { DocumentResult, Relation } from "@xiezuo/extract";
import { graphEvidence } from "../build/evidenceTable.js";
import { PER_DOCUMENT_TABLES, SCHEMA, SCHEMA_VERSION } from "./schema.js";

/** The file name of the store inside a build folder. */
export const STORE_FILE = "store.duckdb";

/** The most memory the store's database may use (DuckDB's memory_limit). */
export const STORE_MEMORY_LIMIT = "512MB";

const ALL_TABLES = ["meta", "sources", "issues", ...PER_DOCUMENT_TABLES, "entities", "relations"];

/**
 * A build's extraction results in DuckDB: one row set per input file, keyed by the file,
 * its content hash and the extractor version, so a rebuild extracts only what changed.
 */
export class ResultStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /** Opens (or creates) the store at `path`; a store of another schema version is emptied. */
  static async open(path: string): Promise<ResultStore> {
    // DuckDB's default (80% of the machine's memory) lets its caches grow to gigabytes in a build that needs far less; sorts and joins past the limit spill to disk.
    const instance = await DuckDBInstance.create(path, { memory_limit: STORE_MEMORY_LIMIT });
    const connection = await instance.connect();
    const store = new ResultStore(instance, connection);
    await connection.run(SCHEMA);
    const version = await store.scalar("SELECT value FROM meta WHERE key = 'schema_version'");
    if (version !== SCHEMA_VERSION) {
      for (const table of ALL_TABLES) await connection.run(`DROP TABLE IF EXISTS ${table}`);
      await connection.run(SCHEMA);
      await connection.run("INSERT INTO meta VALUES ('schema_version', $1)", [SCHEMA_VERSION]);
    }
    return store;
  }

  /** The files stored under this extractor version, with the hash of the content they were extracted from. */
  async storedSources(extractorVersion: string): Promise<Map<string, string>> {
    const reader = await this.connection.runAndReadAll("SELECT file, content_hash FROM sources WHERE extractor_version = $1", [extractorVersion]);
    return new Map(reader.getRows().map(([file, hash]) => [String(file), String(hash)]));
  }

  /** Moves stored results to new file names (a file renamed or moved, its bytes unchanged). */
  async rename(moves: readonly [from: string, to: string][]): Promise<void> {
    for (const [from, to] of moves) {
      for (const table of ["sources", "documents", "issues"]) await this.connection.run(`UPDATE ${table} SET file = $2 WHERE file = $1`, [from, to]);
    }
  }

  /** Every stored file (whatever its version). */
  async storedFiles(): Promise<string[]> {
    const reader = await this.connection.runAndReadAll("SELECT file FROM sources");
    return reader.getRows().map(([file]) => String(file));
  }

  /** Removes everything the given files contributed. */
  async drop(files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    await this.connection.run("CREATE OR REPLACE TEMP TABLE dropped (file VARCHAR)");
    const appender = await this.connection.createAppender("dropped", "main", "temp");
    for (const file of files) {
      appender.appendVarchar(file);
      appender.endRow();
    }
    appender.closeSync();
    const ids = "SELECT document_id FROM sources WHERE file IN (SELECT file FROM dropped) AND document_id IS NOT NULL";
    for (const table of PER_DOCUMENT_TABLES) await this.connection.run(`DELETE FROM ${table} WHERE ${table === "documents" ? "id" : "document_id"} IN (${ids})`);
    await this.connection.run("DELETE FROM issues WHERE file IN (SELECT file FROM dropped)");
    await this.connection.run("DELETE FROM sources WHERE file IN (SELECT file FROM dropped)");
    await this.connection.run("DROP TABLE dropped");
  }

  /** Appends results as they come; `close()` on the writer flushes them. */
  async writer(extractorVersion: string): Promise<ResultWriter> {
    const appenders = new Map<string, DuckDBAppender>();
    for (const table of ["sources", "issues", ...PER_DOCUMENT_TABLES]) appenders.set(table, await this.connection.createAppender(table));
    return new ResultWriter(appenders, extractorVersion);
  }

  /** A query's first value, or undefined. */
  async scalar(sql: string, values: DuckDBValue[] = []): Promise<unknown> {
    const reader = await this.connection.runAndReadAll(sql, values);
    return reader.getRows()[0]?.[0] ?? undefined;
  }

  private closed = false;

  /** Writes everything to the database file and closes it (no write-ahead log is left beside it); closing again does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.run("CHECKPOINT");
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

const STRINGS = LIST(VARCHAR);

/** A number for a DOUBLE column (other numbers go to INTEGER columns). */
class Double {
  constructor(readonly value: number) {}
}

/** A relation with an empty evidence list in place of its own (same keys, same order): its evidence is stored apart. */
export function withoutEvidence(relation: Relation): Relation {
  return { ...relation, evidence: [] };
}

/** Appends per-document results to the store's tables. */
export class ResultWriter {
  constructor(
    private readonly appenders: Map<string, DuckDBAppender>,
    private readonly extractorVersion: string,
  ) {}

  /** Stores one file's result under its content hash. */
  add(result: DocumentResult, contentHash: string): void {
    const row = (table: string, ...values: (string | number | boolean | string[] | Double | null | undefined)[]) => {
      const appender = this.appenders.get(table)!;
      for (const value of values) {
        if (value === null || value === undefined) appender.appendNull();
        else if (typeof value === "string") appender.appendVarchar(value);
        else if (typeof value === "boolean") appender.appendBoolean(value);
        else if (typeof value === "number") appender.appendInteger(value);
        else if (value instanceof Double) appender.appendDouble(value.value);
        else appender.appendList(listValue(value), STRINGS);
      }
      appender.endRow();
    };
    const doc = result.document;
    row("sources", result.file, contentHash, this.extractorVersion, doc?.id);
    result.issues.forEach((issue, seq) => row("issues", issue.file, seq, issue.severity, issue.stage, issue.message));
    if (!doc) return;
    row("documents", doc.id, doc.file, doc.title, doc.date, doc.source, doc.authors);
    row("document_results", doc.id, JSON.stringify(result.entities), JSON.stringify(result.relations.map(withoutEvidence)));
    for (const e of result.entities) row("document_entities", doc.id, e.id, e.type, e.name, e.code, e.parent, e.aliases, new Double(e.confidence));
    result.mentions.forEach((m, seq) => row("mentions", doc.id, seq, m.entity, m.start, m.end, m.text, m.originalStart, m.originalEnd));
    for (const r of result.relations) {
      const graph = graphEvidence(r.evidence);
      const graphJson = graph.length === r.evidence.length ? null : JSON.stringify(graph);
      row("document_relations", doc.id, r.id, r.type, r.source, r.target, r.date, r.title, r.rule, new Double(r.confidence), r.evidence.length, JSON.stringify(r.evidence), graph.length, graphJson);
      r.evidence.forEach((e, seq) =>
        row("evidence", doc.id, r.id, seq, e.sentence, e.start, e.end, e.originalStart, e.originalEnd, e.sourceSpan[0], e.sourceSpan[1], e.targetSpan[0], e.targetSpan[1], e.rule, new Double(e.confidence)),
      );
      (r.amounts ?? []).forEach((a, seq) => row("amounts", doc.id, r.id, seq, new Double(a.yuan), a.approximate));
    }
  }

  /** Flushes and closes the appenders. */
  close(): void {
    for (const appender of this.appenders.values()) appender.closeSync();
  }
}
