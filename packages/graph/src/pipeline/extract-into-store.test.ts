import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { STAGES, WINDOW_CHARS, extractDocument, textWindows, type FaultInjection, type Stage } from "@xiezuo/extract";
import { beforeAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../../../../bench/generate-corpus.mjs";
import { graphEvidence } from "../build/evidenceTable.js";
import { ResultStore } from "../store/store.js";
import { extractIntoStore, type StoreRunOptions } from "./extract-into-store.js";

// The build's map on the real sample corpus plus one body of several windows (a sample article
// repeated): workers write shard files, the store loads them.
const SAMPLE = fileURLToPath(new URL("../../../../examples/corpus/", import.meta.url));
const SLOW = { timeout: 240_000 };

/** A folder of the sample's articles and `long.txt`, generated articles in one text of several windows. */
function corpus(): { folder: string; long: string; longText: string } {
  const folder = mkdtempSync(join(tmpdir(), "xiezuo-store-map-"));
  for (const name of readdirSync(SAMPLE).filter((name) => /\.(txt|md|html)$/.test(name))) cpSync(join(SAMPLE, name), join(folder, name));
  const generated = mkdtempSync(join(tmpdir(), "xiezuo-store-map-long-"));
  const { files } = generateCorpus({ articles: 200, seed: 3, outDir: generated });
  const longText = files.map((file) => readFileSync(join(generated, file), "utf8")).join("");
  const long = join(folder, "long.txt");
  writeFileSync(long, longText);
  return { folder, long, longText };
}

/** Every per-document table of a store, as rows in a fixed order. */
async function dump(store: ResultStore) {
  const rows = async (sql: string) => JSON.stringify((await store.connection.runAndReadAll(sql)).getRowsJS(), (_key, value) => (typeof value === "bigint" ? Number(value) : value));
  return {
    sources: await rows("SELECT file, content_hash, document_id FROM sources ORDER BY ALL"),
    issues: await rows("SELECT * FROM issues ORDER BY ALL"),
    documents: await rows("SELECT * FROM documents ORDER BY ALL"),
    entities: await rows("SELECT * FROM document_entities ORDER BY ALL"),
    mentions: await rows("SELECT * FROM mentions ORDER BY ALL"),
    relations: await rows("SELECT * FROM document_relations ORDER BY ALL"),
    evidence: await rows("SELECT * FROM evidence ORDER BY ALL"),
    amounts: await rows("SELECT * FROM amounts ORDER BY ALL"),
  };
}

async function mapped(inputs: string[], options: StoreRunOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-store-"));
  const store = await ResultStore.open(join(dir, "store.duckdb"));
  try {
    const run = await extractIntoStore(inputs, store, options);
    return { run, tables: await dump(store), folder: readdirSync(dir) };
  } finally {
    await store.close();
  }
}

describe("extractIntoStore: workers write shards, the store loads them", () => {
  const { folder, long, longText } = corpus();
  const files = readdirSync(folder).map((name) => join(folder, name));
  const others = files.filter((file) => file !== long);
  let one: Awaited<ReturnType<typeof mapped>>;
  let withoutLong: Awaited<ReturnType<typeof mapped>>;
  beforeAll(async () => {
    one = await mapped([folder], { jobs: 1 });
    withoutLong = await mapped(others, { jobs: 1 });
  }, 240_000);

  test("the long text has several windows, and the run leaves no shard files behind", () => {
    expect(longText.length).toBeGreaterThan(3 * WINDOW_CHARS);
    expect(textWindows(longText).length).toBeGreaterThan(2);
    expect(one.run.extracted).toBe(files.length);
    expect(one.folder.filter((name) => !name.startsWith("store.duckdb"))).toEqual([]);
  });

  test("a body of several windows is stored as extractDocument gives it: mentions, evidence and its JSON", async () => {
    const result = extractDocument(long, readFileSync(long));
    const id = result.document!.id;
    const tables = JSON.parse(one.tables.relations) as unknown[][];
    const stored = new Map(tables.filter((row) => row[0] === id).map((row) => [row[1] as string, row]));
    expect([...stored.keys()].sort()).toEqual(result.relations.map((r) => r.id));
    for (const relation of result.relations) {
      const row = stored.get(relation.id)!;
      // evidence_count, evidence_json, graph_evidence_count, graph_evidence_json: the bytes the build pastes into its files.
      const graph = graphEvidence(relation.evidence);
      expect(row.slice(9)).toEqual([relation.evidence.length, JSON.stringify(relation.evidence), graph.length, graph.length === relation.evidence.length ? null : JSON.stringify(graph)]);
    }
    const mentions = (JSON.parse(one.tables.mentions) as unknown[][]).filter((row) => row[0] === id).sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(mentions.map((row) => [row[2], row[3], row[4], row[5], row[6], row[7]])).toEqual(result.mentions.map((m) => [m.entity, m.start, m.end, m.text, m.originalStart, m.originalEnd]));
    const evidence = (JSON.parse(one.tables.evidence) as unknown[][]).filter((row) => row[0] === id);
    expect(evidence).toHaveLength(result.relations.reduce((sum, r) => sum + r.evidence.length, 0));
  });

  test("two workers store the same rows as one", SLOW, async () => {
    const two = await mapped([folder], { jobs: 2 });
    expect(two.tables).toEqual(one.tables);
  });

  // Issue 8 point 1 through the store: the failing file is an issue, every other file's rows are whole.
  const failing: [Stage, FaultInjection["kind"], number][] = [
    ...STAGES.filter((stage) => stage !== "worker").map((stage): [Stage, FaultInjection["kind"], number] => [stage, "throw", 0]),
    ["recognize", "overflow", 0],
    // Part-way through the long text, after windows of it were written: taken back.
    ["relate", "throw", 2],
    ["segment", "overflow", 1],
  ];
  test.each(failing)("%s failing (%s, window %i) in the long text", SLOW, async (stage, kind, window) => {
    const jobs = stage === "recognize" ? 2 : 1;
    const { run, tables } = await mapped([folder], { jobs, fault: { stage, file: "long.txt", kind, window } });
    expect(run.extracted).toBe(files.length);
    const issues = JSON.parse(tables.issues) as unknown[][];
    expect(issues.filter((row) => row[0] === long)).toEqual([[long, 0, "error", stage, expect.stringContaining(`skipped: ${stage} failed: `)]]);
    expect(JSON.parse(tables.sources)).toContainEqual([long, expect.any(String), null]);
    // Everything else is what a run without the long text stores.
    const { sources, issues: _issues, ...rest } = tables;
    const { sources: _s, issues: _i, ...expected } = withoutLong.tables;
    expect(rest).toEqual(expected);
  });
});
