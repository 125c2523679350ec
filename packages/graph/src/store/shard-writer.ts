import { closeSync, ftruncateSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { DocumentResult, Mention, Relation, WindowSink } from "@xiezuo/extract";
import { graphEvidence } from "../build/evidenceTable.js";
import type { ShardTable } from "./schema.js";

/** Bytes of rows a table file gathers before they are written out. */
const FLUSH_BYTES = 1 << 18;

/** A string escape of a lone surrogate, as JSON.stringify writes one (also matched after an escaped backslash: then only checked again). */
const LONE_SURROGATE = /\\ud[89a-f][0-9a-f]{2}/;

/**
 * One table's rows in a shard: newline-delimited JSON objects keyed by column name, written
 * through a buffer at explicit positions, so that the rows added since `mark()` can be taken back.
 * Each row is encoded into the buffer as it is added: its string dies young, where rows kept as
 * strings until a flush outlived the young generation and cost the collector a copy and a mark each.
 */
class TableFile {
  private fd: number | undefined;
  /** Bytes in the file. */
  private written = 0;
  private buffer = Buffer.allocUnsafe(FLUSH_BYTES);
  /** Bytes in the buffer, not yet in the file. */
  private pending = 0;
  /** Where the rows since `mark()` begin: in the file, or in the buffer while none of them is written. */
  private markWritten = 0;
  private markPending = 0;
  /** The longest row in bytes (DuckDB's JSON reader must be told of one over 16 MB). */
  longest = 0;

  constructor(readonly path: string) {}

  get used(): boolean {
    return this.fd !== undefined || this.pending > 0;
  }

  add(row: object): void {
    let line = JSON.stringify(row);
    // DuckDB's JSON reader refuses a lone surrogate; DuckDB's appenders stored U+FFFD for one.
    // (includes() first: the regular expression only where an escape of that range is.)
    if (line.includes("\\ud") && LONE_SURROGATE.test(line)) line = wellFormed(line);
    // A UTF-16 unit is at most 3 bytes of UTF-8, and the line ends in one more.
    const bound = line.length * 3 + 1;
    if (this.pending + bound > this.buffer.length) {
      this.flush();
      if (bound > this.buffer.length) this.buffer = Buffer.allocUnsafe(bound);
    }
    const bytes = this.buffer.write(line, this.pending);
    this.buffer[this.pending + bytes] = 0x0a;
    this.pending += bytes + 1;
    if (bytes > this.longest) this.longest = bytes;
  }

  mark(): void {
    this.markWritten = this.written;
    this.markPending = this.pending;
  }

  /** Takes back every row added since `mark()`. */
  rollback(): void {
    if (this.written > this.markWritten) {
      // Flushed since: the rows before the mark are all in the file, those after it are cut off.
      ftruncateSync(this.fd!, this.markWritten);
      this.written = this.markWritten;
      this.pending = 0;
    } else {
      this.pending = this.markPending;
    }
  }

  flush(): void {
    if (this.pending === 0) return;
    this.fd ??= openSync(this.path, "w");
    for (let at = 0; at < this.pending; ) at += writeSync(this.fd, this.buffer, at, this.pending - at, this.written + at);
    // The rows before the mark are in the file now: where they end is where a rollback cuts it.
    this.markWritten += this.markPending;
    this.markPending = 0;
    this.written += this.pending;
    this.pending = 0;
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** A row's line with every string made well-formed (a lone surrogate becomes U+FFFD). */
function wellFormed(line: string): string {
  return JSON.stringify(JSON.parse(line), (_key, value: unknown) => (typeof value === "string" ? (value as string & { toWellFormed(): string }).toWellFormed() : value));
}

/** A shard's file of one table: the table, the file, and the length of its longest row in bytes (at most). */
export type ShardFile = [table: ShardTable, path: string, longest: number];

/** What the writer keeps of one relation of the document being written, across its windows. */
interface RelationParts {
  evidence: number;
  graphEvidence: number;
  /** The evidence JSON pieces of the document's first window, kept until the document ends or a second window comes. */
  json?: string;
  /** The graph's piece of the first window, when it differs from `json`. */
  graphJson?: string | null;
  /** The document of the first window's evidence. */
  document?: string;
}

/**
 * Writes extraction results as the rows of the store's per-document tables, into one shard: a
 * file of newline-delimited JSON per table (`<name>.<table>.ndjson` in `dir`), which the store
 * loads in one statement per table (`ResultStore.loadShards`). A document is written between
 * `begin` and `end`; its mentions and evidence as each window of its body is extracted (the
 * writer is the `WindowSink` of `extractDocumentInWindows`), so a text of tens of megabytes
 * never holds them all; a document that fails part-way is taken back whole. A document of one
 * window (every article) gets whole `document_relations` rows; one of several gets
 * `relation_heads` and one `evidence_parts` row per window and relation, joined at the load.
 */
export class ShardWriter {
  private readonly files = new Map<ShardTable, TableFile>();
  private relations = new Map<string, RelationParts>();
  private windows = 0;
  private mentions = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly extractorVersion: string,
  ) {}

  /** Starts a document: what is written until `end` can be taken back. */
  begin(): WindowSink {
    for (const file of this.files.values()) file.mark();
    this.relations = new Map();
    this.windows = 0;
    this.mentions = 0;
    return { window: (mentions, relations) => this.window(mentions, relations) };
  }

  private table(name: ShardTable): TableFile {
    let file = this.files.get(name);
    if (!file) {
      file = new TableFile(join(this.dir, `${this.name}.${name}.ndjson`));
      file.mark();
      this.files.set(name, file);
    }
    return file;
  }

  private window(mentions: Mention[], relations: Relation[]): void {
    if (++this.windows === 2) {
      // A second window: the first one's evidence becomes the document's first part.
      for (const [id, parts] of this.relations) {
        if (parts.json) this.table("evidence_parts").add({ document_id: parts.document, relation_id: id, part: 0, json: parts.json, graph_json: parts.graphJson ?? null });
        delete parts.json;
        delete parts.graphJson;
      }
    }
    const rows = this.table("mentions");
    for (const m of mentions) {
      rows.add({ document_id: m.document, seq: this.mentions++, entity_id: m.entity, start: m.start, end: m.end, text: m.text, original_start: m.originalStart, original_end: m.originalEnd });
    }
    for (const relation of relations) {
      let parts = this.relations.get(relation.id);
      if (!parts) this.relations.set(relation.id, (parts = { evidence: 0, graphEvidence: 0 }));
      parts.evidence += relation.evidence.length;
      const graph = graphEvidence(relation.evidence);
      parts.graphEvidence += graph.length;
      // JSON.stringify of a list is its items' texts joined by commas in brackets: pieces joined the same way give the same bytes.
      const json = relation.evidence.map((e) => JSON.stringify(e)).join(",");
      const graphJson = graph.length === relation.evidence.length ? null : graph.map((e) => JSON.stringify(e)).join(",");
      if (this.windows === 1) {
        parts.json = json;
        parts.graphJson = graphJson;
        parts.document = relation.evidence[0]?.document;
      } else if (relation.evidence.length > 0) {
        this.table("evidence_parts").add({ document_id: relation.evidence[0]!.document, relation_id: relation.id, part: this.windows - 1, json, graph_json: graphJson });
      }
    }
  }

  /** Ends the document with its result (from `extractDocumentInWindows`, or a failure of the file). */
  end(result: DocumentResult, contentHash: string): void {
    const doc = result.document;
    // No document: whatever its windows gave is no result of the file (a stage failed part-way).
    if (!doc) for (const file of this.files.values()) file.rollback();
    this.table("sources").add({ file: result.file, content_hash: contentHash, extractor_version: this.extractorVersion, document_id: doc?.id ?? null });
    const issues = this.table("issues");
    result.issues.forEach((issue, seq) => issues.add({ file: issue.file, seq, severity: issue.severity, stage: issue.stage ?? null, message: issue.message }));
    if (!doc) return;
    this.table("documents").add({ id: doc.id, file: doc.file, title: doc.title, date: doc.date, source: doc.source, authors: doc.authors });
    const entities = this.table("document_entities");
    for (const e of result.entities) entities.add({ document_id: doc.id, entity_id: e.id, type: e.type, name: e.name, code: e.code ?? null, parent: e.parent ?? null, aliases: e.aliases, confidence: e.confidence });
    const amounts = this.table("amounts");
    for (const r of result.relations) {
      const parts = this.relations.get(r.id) ?? { evidence: 0, graphEvidence: 0 };
      const head = { document_id: doc.id, relation_id: r.id, type: r.type, source: r.source, target: r.target, date: r.date, title: r.title ?? null, rule: r.rule, confidence: r.confidence, evidence_count: parts.evidence };
      if (this.windows <= 1) {
        const json = parts.json ?? "";
        const graphJson = parts.graphJson === undefined || parts.graphJson === null ? null : `[${parts.graphJson}]`;
        this.table("document_relations").add({ ...head, evidence_json: `[${json}]`, graph_evidence_count: parts.graphEvidence, graph_evidence_json: graphJson });
      } else {
        this.table("relation_heads").add({ ...head, graph_evidence_count: parts.graphEvidence });
      }
      (r.amounts ?? []).forEach((a, seq) => amounts.add({ document_id: doc.id, relation_id: r.id, seq, yuan: a.yuan, approximate: a.approximate }));
    }
  }

  /** Writes out what is left and closes the files: the shard's table files, with the longest row of each. */
  close(): ShardFile[] {
    const written: ShardFile[] = [];
    for (const [table, file] of this.files) {
      if (!file.used) continue;
      file.close();
      written.push([table, file.path, file.longest]);
    }
    return written;
  }
}
