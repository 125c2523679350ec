import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Mention } from "@xiezuo/extract";
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

/** Items stringified together: one JSON.stringify and one write per few hundred, not per item. */
const BATCH = 512;

/** An object of arrays written section by section, two-space indented, into a temporary file renamed into place. */
export async function writeJsonSections(path: string, sections: Section[]): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    await write("{\n");
    for (const [index, [key, items]] of sections.entries()) {
      await write(`  ${JSON.stringify(key)}: [`);
      let written = false;
      let batch: unknown[] = [];
      const flush = async () => {
        // The batch as an array at depth 1, without its brackets, indented two more: the items as
        // `JSON.stringify(whole, null, 2)` writes them at depth 2.
        const text = JSON.stringify(batch, null, 2);
        await write(`${written ? "," : ""}${text.slice(1, -2).replaceAll("\n", "\n  ")}`);
        [batch, written] = [[], true];
      };
      for await (const item of items) {
        batch.push(item);
        if (batch.length === BATCH) await flush();
      }
      if (batch.length > 0) await flush();
      await write(written ? "\n  ]" : "]");
      await write(index < sections.length - 1 ? ",\n" : "\n");
    }
    await write("}\n");
    out.end();
    await once(out, "finish");
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
