import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { extractIntoStore } from "../pipeline/extract-into-store.js";
import { EvidenceSpill } from "./evidence-spill.js";
import { readCorpus, type ReadCorpusOptions, type StoredCorpus } from "./read-corpus.js";
import { ResultStore } from "./store.js";

const SAMPLE = fileURLToPath(new URL("../../../../examples/corpus/", import.meta.url));

/** A corpus as plain data: the evidence's bytes as text. */
function plain(corpus: StoredCorpus) {
  const evidence = [...corpus.evidence].map(([id, e]) => ({ id, count: e.count, documents: e.documents, json: e.json.toString("utf8"), graphCount: e.graphCount, graphJson: e.graphJson.toString("utf8") }));
  // The tally comes in no given order (its readers key it by entity).
  const entityTally = [...corpus.entityTally].sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
  return { ...corpus, evidence, entityTally };
}

describe("readCorpus: the reduce of a store read back", () => {
  let folder: string;
  let store: ResultStore;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "xiezuo-read-corpus-"));
    store = await ResultStore.open(join(folder, "store.duckdb"));
    await extractIntoStore([SAMPLE], store, { jobs: 1 });
  }, 120_000);

  const read = async (options: ReadCorpusOptions = {}) => plain(await readCorpus(store, [], options));

  test("gives the same corpus whatever the number of parts its GROUP BYs run in", async () => {
    const whole = await read();
    expect(whole.documents.length).toBeGreaterThanOrEqual(8);
    expect(whole.relations.length).toBeGreaterThan(50);
    // One document a part: as many parts as documents, each GROUP BY a pass per part.
    expect(await read({ documentsPerPart: 1 })).toEqual(whole);
    expect(await read({ documentsPerPart: 3 })).toEqual(whole);
  }, 60_000);

  test("gives the same evidence from a spill file as from memory, and the file is gone once closed", async () => {
    const inMemory = await read();
    const spill = new EvidenceSpill(join(folder, "evidence.spill"));
    const spilled = await read({ evidenceSpill: spill });
    expect(spilled).toEqual(inMemory);
    spill.close();
    expect(readdirSync(folder).filter((name) => name.includes("spill"))).toEqual([]);
  }, 60_000);
});
