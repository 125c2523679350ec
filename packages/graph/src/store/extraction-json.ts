import type { Mention } from "@xiezuo/extract";
import { writeChunksAtomic } from "../io/writeChunksAtomic.js";
import type { StoredCorpus } from "./read-corpus.js";
import type { ResultStore } from "./store.js";

type Section = [key: string, items: Iterable<unknown> | AsyncIterable<unknown>];

/**
 * Writes `extraction.json` — the bytes `JSON.stringify(result, null, 2)` would give — from
 * the store, streaming the mentions in document order instead of holding them all.
 */
export async function writeExtractionJson(path: string, store: ResultStore, corpus: StoredCorpus): Promise<void> {
  await writeJsonSections(path, [
    ["documents", corpus.documents],
    ["entities", corpus.entities],
    ["mentions", storedMentions(store)],
    ["relations", corpus.relations],
    ["issues", corpus.issues],
  ]);
}

/** The stored mentions in the order of the result: document, offsets, then body order. */
async function* storedMentions(store: ResultStore): AsyncGenerator<Mention> {
  const result = await store.connection.stream(
    `SELECT entity_id, document_id, start, "end", text, original_start, original_end FROM mentions ORDER BY document_id, start, "end", seq`,
  );
  for await (const rows of result.yieldRows()) {
    for (const [entity, document, start, end, text, originalStart, originalEnd] of rows) {
      yield {
        entity: String(entity),
        document: String(document),
        start: Number(start),
        end: Number(end),
        text: String(text),
        originalStart: Number(originalStart),
        originalEnd: Number(originalEnd),
      };
    }
  }
}

/** An object of arrays written section by section, two-space indented, into a temporary file renamed into place. */
export async function writeJsonSections(path: string, sections: Section[]): Promise<void> {
  await writeChunksAtomic(path, sectionChunks(sections));
}

/** The text of `JSON.stringify(whole, null, 2)` and a line feed, one piece per item. */
async function* sectionChunks(sections: Section[]): AsyncGenerator<string> {
  yield "{\n";
  for (const [index, [key, items]] of sections.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    let first = true;
    for await (const item of items) {
      // Items hold no raw line feed (JSON escapes them in strings): every one is a line break of the indentation.
      yield `${first ? "[\n" : ",\n"}    ${JSON.stringify(item, null, 2).replaceAll("\n", "\n    ")}`;
      first = false;
    }
    yield first ? "[]" : "\n  ]";
    yield index < sections.length - 1 ? ",\n" : "\n";
  }
  yield "}\n";
}
