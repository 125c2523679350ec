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

/** What `JSON.stringify(relation, null, 2)`, indented under the array, gives for a relation whose evidence is kept apart: its empty list. */
const EVIDENCE_PLACEHOLDER = '\n      "evidence": []';

/**
 * The relations as their text in the file, each with its evidence pasted in place of the empty
 * list it holds (`evidence` is a key of the relation itself, so the only one at that indentation).
 * The stored evidence is indented as it is, never parsed: a relation's text is the only string made.
 */
async function* relationTexts(corpus: StoredCorpus): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for (const relation of corpus.relations) {
    let text = JSON.stringify(relation, null, 2).replaceAll("\n", "\n    ");
    const evidence = corpus.evidence.get(relation.id);
    if (evidence && evidence.count > 0) {
      const pretty = indentJson(evidence.json.toString("utf8"), "\n      ");
      // A function, so that "$" in a sentence is not read as a replacement pattern.
      text = text.replace(EVIDENCE_PLACEHOLDER, () => `\n      "evidence": ${pretty}`);
    }
    batch.push(text);
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * `JSON.stringify(JSON.parse(json), null, 2)` with every line break followed by `newline`'s
 * indentation, for `json` that JSON.stringify wrote (strings and numbers already as it writes
 * them): only white space is added, so no value is parsed.
 */
export function indentJson(json: string, newline = "\n"): string {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const pad = (level: number) => newline + "  ".repeat(level);
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) {
      // To the closing quote: one not preceded by an odd number of backslashes.
      let j = i + 1;
      for (;;) {
        j = json.indexOf('"', j);
        let slashes = 0;
        while (json.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        j++;
      }
      i = j;
      continue;
    }
    let piece: string | undefined;
    if (c === 0x5b || c === 0x7b) {
      const next = json.charCodeAt(i + 1);
      if (next === 0x5d || next === 0x7d) {
        i++;
        continue;
      }
      piece = json[i]! + pad(++depth);
    } else if (c === 0x5d || c === 0x7d) piece = pad(--depth) + json[i]!;
    else if (c === 0x2c) piece = `,${pad(depth)}`;
    else if (c === 0x3a) piece = ": ";
    if (piece === undefined) continue;
    out.push(json.slice(from, i), piece);
    from = i + 1;
  }
  out.push(json.slice(from));
  return out.join("");
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
