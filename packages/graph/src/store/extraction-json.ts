import { writeChunksAtomic } from "../io/writeChunksAtomic.js";
import type { StoredCorpus } from "./read-corpus.js";
import type { ResultStore } from "./store.js";

/**
 * One array of the file: its items, or (`"formatted"`) batches of their text already as
 * `JSON.stringify(item, null, 2)` indented under the array would give it.
 */
export type Section = [key: string, items: Iterable<unknown> | AsyncIterable<unknown>] | [key: string, texts: AsyncIterable<string[]>, "formatted"];

/**
 * Writes `extraction.json` — the bytes `JSON.stringify(result, null, 2)` would give — from
 * the store, streaming the mentions in document order instead of holding them all.
 */
export async function writeExtractionJson(path: string, store: ResultStore, corpus: StoredCorpus): Promise<void> {
  await writeJsonSections(path, [
    ["documents", corpus.documents],
    ["entities", corpus.entities],
    ["mentions", storedMentions(store), "formatted"],
    ["relations", relationTexts(corpus), "formatted"],
    ["issues", corpus.issues],
  ]);
}

/**
 * The stored mentions in the order of the result (document, offsets, then body order), as the
 * text `JSON.stringify` gives a `Mention` in the file, a chunk of rows at a time: hundreds of
 * thousands of them, written without making an object of each.
 */
async function* storedMentions(store: ResultStore): AsyncGenerator<string[]> {
  const result = await store.connection.stream(
    `SELECT entity_id, document_id, start, "end", text, original_start, original_end FROM mentions ORDER BY document_id, start, "end", seq`,
  );
  const text = (value: unknown) => JSON.stringify(String(value));
  const number = (value: unknown) => JSON.stringify(Number(value));
  for await (const rows of result.yieldRows()) {
    yield rows.map(
      ([entity, document, start, end, mention, originalStart, originalEnd]) =>
        `{\n      "entity": ${text(entity)},\n      "document": ${text(document)},\n      "start": ${number(start)},\n      "end": ${number(end)},\n      "text": ${text(mention)},\n      "originalStart": ${number(originalStart)},\n      "originalEnd": ${number(originalEnd)}\n    }`,
    );
  }
}

/** What `JSON.stringify(relation, null, 2)` gives for a relation whose evidence is kept apart: its empty list in the text. */
const EVIDENCE_PLACEHOLDER = '\n  "evidence": []';

/**
 * The relations as their text in the file, each with its evidence pasted in place of the empty
 * list it holds (`evidence` is a key of the relation itself, so the only one at that indentation).
 * The evidence is parsed back only to indent it, a relation at a time: short-lived objects.
 */
async function* relationTexts(corpus: StoredCorpus): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for (const relation of corpus.relations) {
    let text = JSON.stringify(relation, null, 2);
    const evidence = corpus.evidence.get(relation.id);
    if (evidence && evidence.count > 0) {
      const pretty = JSON.stringify(JSON.parse(evidence.json.toString("utf8")), null, 2).replaceAll("\n", "\n  ");
      // A function, so that "$" in a sentence is not read as a replacement pattern.
      text = text.replace(EVIDENCE_PLACEHOLDER, () => `\n  "evidence": ${pretty}`);
    }
    batch.push(text.replaceAll("\n", "\n    "));
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** An object of arrays written section by section, two-space indented, into a temporary file renamed into place. */
export async function writeJsonSections(path: string, sections: Section[]): Promise<void> {
  await writeChunksAtomic(path, sectionChunks(sections));
}

/** The text of `JSON.stringify(whole, null, 2)` and a line feed, one piece per item. */
export async function* sectionChunks(sections: Section[]): AsyncGenerator<string> {
  yield "{\n";
  for (const [index, [key, items]] of sections.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    let first = true;
    const section = sections[index]!;
    if (section.length === 3) {
      for await (const texts of section[1])
        for (const text of texts) {
          yield `${first ? "[\n" : ",\n"}    ${text}`;
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
