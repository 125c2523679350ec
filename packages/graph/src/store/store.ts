import { statSync } from "node:fs";
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import type { ShardFile } from "./shard-writer.js";
import { FILE_TABLES, PER_DOCUMENT_TABLES, SCHEMA, SCHEMA_VERSION, SHARD_TABLES, sqlName, type Columns, type FileTable, type ShardTable } from "./schema.js";

/** The file name of the store inside a build folder. */
export const STORE_FILE = "store.duckdb";

/** The most memory the store's database may use (DuckDB's memory_limit). */
export const STORE_MEMORY_LIMIT = "512MB";


/**
 * A build's extraction results in DuckDB: one row set per input file, keyed by the file,
 * its content hash and the extractor version, so a rebuild extracts only what changed.
 */
export class ResultStore {
  private constructor(
    /** The database file. */
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /** Opens (or creates) the store at `path`; a store of another schema version is emptied. */
  static async open(path: string): Promise<ResultStore> {
    // DuckDB's default (80% of the machine's memory) lets its caches grow to gigabytes in a build that needs far less; sorts and joins past the limit spill to disk.
    const instance = await DuckDBInstance.create(path, { memory_limit: STORE_MEMORY_LIMIT });
    const connection = await instance.connect();
    const store = new ResultStore(path, instance, connection);
    await connection.run(SCHEMA);
    const version = await store.scalar("SELECT value FROM meta WHERE key = 'schema_version'");
    if (version !== SCHEMA_VERSION) {
      // Everything goes, views first (they read the tables), tables an older version had included.
      const objects = await connection.runAndReadAll("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_type = 'VIEW' DESC");
      for (const [name, type] of objects.getRows()) await connection.run(`DROP ${type === "VIEW" ? "VIEW" : "TABLE"} IF EXISTS ${sqlName(String(name))}`);
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

  /**
   * Loads shards written by `ShardWriter` (in the order given, which is the order their rows
   * take in the tables): one statement per table reading every shard's file of it, and the
   * evidence JSON of documents of several windows joined from its pieces; all or nothing.
   */
  async loadShards(shards: readonly { tables: readonly ShardFile[] }[]): Promise<void> {
    const paths = new Map<ShardTable, string[]>();
    const longest = new Map<ShardTable, number>();
    for (const shard of shards) {
      for (const [table, path, bytes] of shard.tables) {
        paths.set(table, [...(paths.get(table) ?? []), path]);
        longest.set(table, Math.max(longest.get(table) ?? 0, bytes));
      }
    }
    const read = (table: ShardTable) => readShardFiles(paths.get(table) ?? [], SHARD_TABLES[table], longest.get(table) ?? 0);
    await this.connection.run("BEGIN TRANSACTION");
    try {
      for (const table of Object.keys(FILE_TABLES) as FileTable[]) {
        if (paths.has(table)) await this.connection.run(`INSERT INTO ${table} SELECT ${columnList(FILE_TABLES[table])} FROM ${read(table)}`);
      }
      if (paths.has("relation_heads")) {
        // Pieces are the items of a window, joined by commas: joined again in window order, they are the document's list.
        // Joined a part of the relations at a time, so that DuckDB never holds more than about 64 MB of the pieces at once
        // (a text of 40 MB has hundreds of megabytes of them; its memory limit is 512 MB).
        const pieceBytes = (paths.get("evidence_parts") ?? []).reduce((sum, path) => sum + statSync(path).size, 0);
        const buckets = Math.max(1, Math.ceil(pieceBytes / PIECES_AT_ONCE));
        for (let bucket = 0; bucket < buckets; bucket++) {
          const inBucket = (column: string) => (buckets === 1 ? "true" : `hash(${column}) % ${buckets} = ${bucket}`);
          const pieces = paths.has("evidence_parts")
            ? `(SELECT document_id, relation_id,
                       '[' || string_agg(json, ',' ORDER BY part) || ']' AS evidence_json,
                       CASE WHEN bool_and(graph_json IS NULL) THEN NULL ELSE '[' || string_agg(coalesce(graph_json, json), ',' ORDER BY part) || ']' END AS graph_evidence_json
                FROM ${read("evidence_parts")} WHERE ${inBucket("relation_id")} GROUP BY document_id, relation_id)`
            : "(SELECT NULL::VARCHAR AS document_id, NULL::VARCHAR AS relation_id, NULL::VARCHAR AS evidence_json, NULL::VARCHAR AS graph_evidence_json WHERE false)";
          await this.connection.run(`
            INSERT INTO document_relations
            SELECT h.document_id, h.relation_id, h.type, h.source, h.target, h.date, h.title, h.rule, h.confidence, h.evidence_count,
                   coalesce(p.evidence_json, '[]'), h.graph_evidence_count, p.graph_evidence_json
            FROM ${read("relation_heads")} h LEFT JOIN ${pieces} p ON p.document_id = h.document_id AND p.relation_id = h.relation_id
            WHERE ${inBucket("h.relation_id")}`);
        }
      }
      await this.connection.run("COMMIT");
    } catch (error) {
      await this.connection.run("ROLLBACK");
      throw error;
    }
  }

  /** Another connection to the same database, whose queries run beside this one's (close it when done). */
  async connectAgain(): Promise<DuckDBConnection> {
    return this.instance.connect();
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

/** A SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

const columnList = (columns: Columns) => columns.map(([name]) => sqlName(name)).join(", ");

/** The shard files of one table as a table: newline-delimited JSON read with the table's column types. */
function readShardFiles(paths: readonly string[], columns: Columns, longest: number): string {
  const types = columns.map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(", ");
  // DuckDB's default; a row past it (a relation's evidence JSON in a text of megabytes) raises it. The reader's
  // buffers grow with this limit, so it is raised only as far as needed.
  const limit = Math.max(DUCKDB_JSON_OBJECT_BYTES, longest + 1);
  return `read_json([${paths.map(literal).join(", ")}], format = 'newline_delimited', columns = {${types}}, maximum_object_size = ${limit})`;
}

/** Bytes of evidence JSON pieces joined in one statement at most. */
const PIECES_AT_ONCE = 64 * 1024 * 1024;

/** DuckDB's default longest JSON value (maximum_object_size). */
const DUCKDB_JSON_OBJECT_BYTES = 16 * 1024 * 1024;
