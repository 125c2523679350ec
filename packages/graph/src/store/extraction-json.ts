import type { DuckDBBlobValue, DuckDBConnection } from "@duckdb/node-api";
import { ByteBuilder } from "../io/byteBuilder.js";
import { appendIndentedJson } from "../io/indentJsonBytes.js";
import { writeChunksAtomic, type Chunk } from "../io/writeChunksAtomic.js";
import { jsonTextSql } from "./json-text-sql.js";
import { orderedGroups } from "./ordered-groups.js";
import type { StoredCorpus } from "./read-corpus.js";
import type { ResultStore } from "./store.js";

/**
 * One array of the file: its items, or (`"formatted"`) batches of their text already as
 * `JSON.stringify(item, null, 2)` indented under the array would give it, each element of a batch
 * one item's text or several items' joined by `,\n    ` (text, or its UTF-8 bytes).
 */
export type Section = [key: string, items: Iterable<unknown> | AsyncIterable<unknown>] | [key: string, texts: AsyncIterable<readonly Chunk[]>, "formatted"];

/**
 * Writes `extraction.json` — the bytes `JSON.stringify(result, null, 2)` would give — from
 * the store, streaming the mentions in document order instead of holding them all. The mentions
 * come on a connection of their own, started at once: DuckDB sorts them while this thread writes
 * the documents and entities. `afterMentions` is started once they are all read, and awaited
 * with the file: other DuckDB work, done while this thread writes the relations, and not beside
 * the mentions' sort (both at once took DuckDB's memory, and the peak, 0.1-0.2 GB higher on 10k articles).
 */
export async function writeExtractionJson(path: string, store: ResultStore, corpus: StoredCorpus, afterMentions: () => Promise<void> = async () => {}): Promise<void> {
  const connection = await store.connectAgain();
  let after: Promise<void> | undefined;
  const mentions = andThen(storedMentions(connection), () => {
    after = afterMentions();
    // Awaited below: a failure before then is reported there, not as an unhandled rejection.
    after.catch(() => {});
  });
  // Started now (the generator runs to its first wait, the sort in DuckDB), consumed in its turn.
  const first = mentions.next();
  // Awaited in its turn: a failure before then is reported there, not as an unhandled rejection.
  first.catch(() => {});
  try {
    await writeJsonSections(path, [
      ["documents", corpus.documents],
      ["entities", corpus.entities],
      ["mentions", startedAt(first, mentions), "formatted"],
      ["relations", relationTexts(corpus), "formatted"],
      ["issues", corpus.issues],
    ]);
  } finally {
    // A writer that failed early leaves the sort running: it ends before its connection is closed.
    await first.catch(() => {});
    connection.closeSync();
    await after;
  }
}

/** A generator's items, then `done` called once it has given them all. */
async function* andThen<T>(items: AsyncGenerator<T>, done: () => void): AsyncGenerator<T> {
  yield* items;
  done();
}

/** The rest of a generator whose first step was taken already (`first`). */
async function* startedAt<T>(first: Promise<IteratorResult<T>>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  const step = await first;
  if (step.done) return;
  yield step.value;
  yield* rest;
}

/** Mentions whose text DuckDB joins into one value. */
const MENTIONS_PER_TEXT = 2000;

/**
 * The stored mentions in the order of the result (document, offsets, then body order), as the
 * text `JSON.stringify` gives a `Mention` in the file. DuckDB writes that text (on its own threads)
 * and hands it over as UTF-8 bytes, a few thousand mentions a value: hundreds of thousands of
 * them, written without a string or an object made of each.
 */
async function* storedMentions(connection: DuckDBConnection): AsyncGenerator<Uint8Array[]> {
  const field = (key: string, sql: string, last = false) => `'\n      "${key}": ' || ${sql}${last ? "" : " || ','"}`;
  const mention = [
    "'{'",
    field("entity", jsonTextSql("entity_id")),
    field("document", jsonTextSql("document_id")),
    field("start", "start"),
    field("end", '"end"'),
    field("text", jsonTextSql("text")),
    field("originalStart", "original_start"),
    field("originalEnd", "original_end", true),
    "'\n    }'",
  ].join(" || ");
  const texts = orderedGroups(connection, "mention_texts", `SELECT document_id, start, "end", seq, ${mention} AS mention FROM mentions`, 'document_id, start, "end", seq', "encode(string_agg(mention, ',\n    ' ORDER BY n))", MENTIONS_PER_TEXT);
  for await (const [text] of texts) yield [(text as DuckDBBlobValue).bytes];
}

/** What `JSON.stringify(relation, null, 2)`, indented under the array, gives for a relation whose evidence is kept apart: its empty list. */
const EVIDENCE_PLACEHOLDER = '\n      "evidence": []';

/** Relations written into one run of bytes. */
const RELATIONS_PER_TEXT = 1000;
const ITEM_SEPARATOR = ",\n    ";

/**
 * The relations as their text in the file, each with its evidence pasted where its empty list
 * is, a thousand relations a run of bytes: the relation's own text is small (its evidence list
 * empty), and the stored evidence is indented as bytes, never decoded nor parsed.
 */
async function* relationTexts(corpus: StoredCorpus): AsyncGenerator<Uint8Array[]> {
  // One builder for every batch: the writer has copied a batch out before the next is asked for.
  const out = new ByteBuilder(1 << 20);
  let inBatch = 0;
  for (const relation of corpus.relations) {
    if (inBatch > 0) out.text(ITEM_SEPARATOR);
    const text = JSON.stringify(relation, null, 2).replaceAll("\n", "\n    ");
    const evidence = corpus.evidence.get(relation.id);
    // `evidence` is a key of the relation itself, so the only one at that indentation.
    const at = evidence && evidence.count > 0 ? text.indexOf(EVIDENCE_PLACEHOLDER) : -1;
    if (at < 0) out.text(text);
    else {
      out.text(text.slice(0, at + EVIDENCE_PLACEHOLDER.length - 2));
      appendIndentedJson(out, evidence!.json, "      ");
      out.text(text.slice(at + EVIDENCE_PLACEHOLDER.length));
    }
    if (++inBatch === RELATIONS_PER_TEXT) {
      yield [out.view()];
      out.clear();
      inBatch = 0;
    }
  }
  if (inBatch > 0) yield [out.view()];
}

/** An object of arrays written section by section, two-space indented, into a temporary file renamed into place. */
export async function writeJsonSections(path: string, sections: Section[]): Promise<void> {
  await writeChunksAtomic(path, sectionChunks(sections));
}

/** The text of `JSON.stringify(whole, null, 2)` and a line feed, one piece per item (or per formatted text). */
export async function* sectionChunks(sections: Section[]): AsyncGenerator<Chunk> {
  yield "{\n";
  for (const [index, [key, items]] of sections.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    let first = true;
    const section = sections[index]!;
    if (section.length === 3) {
      for await (const texts of section[1])
        for (const text of texts) {
          yield first ? "[\n    " : ",\n    ";
          yield text;
          first = false;
        }
    } else {
      for await (const item of items as Iterable<unknown> | AsyncIterable<unknown>) {
        // Items hold no raw line feed (JSON escapes them in strings): every one is a line break of the indentation.
        yield `${first ? "[\n" : ",\n"}    ${JSON.stringify(item, null, 2).replaceAll("\n", "\n    ")}`;
        first = false;
      }
    }
    yield first ? "[]" : "\n  ]";
    yield index < sections.length - 1 ? ",\n" : "\n";
  }
  yield "}\n";
}
