import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { generateCorpus } from "../../../bench/generate-corpus.mjs";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SHARD = join(ROOT, "packages/graph/dist/pipeline/extract-shard.js");
const EXTRACT = join(ROOT, "packages/extract/dist/index.js");
/**
 * The heap the child may use. Measured on this text's first megabyte: 22 MB live with the extractor
 * loaded, 40 MB at most after a window's work, 26 MB more per megabyte for the whole result.
 */
const HEAP_MB = 64;
/** About 2.5 MB: the whole result (some 65 MB) does not fit in the heap, a window at a time does. */
const TEXT_BYTES = 2_600_000;

/** Runs `script` (an ES module body) in a child Node under the capped heap. */
function capped(script: string) {
  return spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, XIEZUO_DEBUG: "" } });
}

// Issue 8 point 4: a long text's mentions and evidence go to the build's shard a window at a time,
// so its memory is bounded by a window and its graph, not by its text. The same text held whole
// (extractDocument, as `xiezuo extract` does) runs out of the same heap: the cap is a real bound.
describe.skipIf(!existsSync(SHARD))("one text of 2.5 MB written to a shard under a 64 MB heap (build first: pnpm -r build)", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-long-shard-"));
  const articles = join(dir, "articles");
  // A hundred articles over and over: a small graph, and as many mentions and evidence sentences as megabytes of news.
  const { files } = generateCorpus({ articles: 100, seed: 7, outDir: articles });
  const unit = files.map((file) => readFileSync(join(articles, file), "utf8")).join("");
  const text = unit.repeat(Math.ceil(TEXT_BYTES / Buffer.byteLength(unit)));
  const input = join(dir, "long.txt");
  writeFileSync(input, text);
  const shards = join(dir, "shards");

  test("the shard path completes and holds every mention and evidence sentence", { timeout: 600_000 }, () => {
    const run = capped(`
      import { mkdirSync, readFileSync } from "node:fs";
      const { warmExtractor } = await import(${JSON.stringify(EXTRACT)});
      const { extractShard } = await import(${JSON.stringify(SHARD)});
      await warmExtractor();
      mkdirSync(${JSON.stringify(shards)});
      const shard = extractShard({ dir: ${JSON.stringify(shards)}, name: "0", extractorVersion: "test", inputs: [{ file: ${JSON.stringify(input)}, contentHash: "h", bytes: readFileSync(${JSON.stringify(input)}) }] });
      console.log(JSON.stringify(shard.tables.map(([table]) => table)));
    `);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const rows = (table: string) => readFileSync(join(shards, `0.${table}.ndjson`), "utf8").split("\n").filter(Boolean);
    const lines = (table: string) => rows(table).length;
    // A window's evidence of a relation is one row of pieces: its sentences are the items of the piece.
    const sentences = rows("evidence_parts").reduce((sum, line) => sum + (JSON.parse(`[${(JSON.parse(line) as { json: string }).json}]`) as unknown[]).length, 0);
    expect(readdirSync(shards).sort()).toEqual(["0.amounts.ndjson", "0.document_entities.ndjson", "0.documents.ndjson", "0.evidence_parts.ndjson", "0.mentions.ndjson", "0.relation_heads.ndjson", "0.sources.ndjson"]);
    const copies = Math.ceil(TEXT_BYTES / Buffer.byteLength(unit));
    // About 40 mentions and 20 evidence sentences per article, every copy read.
    expect(lines("mentions")).toBeGreaterThan(100 * copies * 30);
    expect(sentences).toBeGreaterThan(100 * copies * 10);
    expect(lines("documents")).toBe(1);
  });

  test("the same text held whole runs out of that heap", { timeout: 600_000 }, () => {
    const run = capped(`
      import { readFileSync } from "node:fs";
      const { extractDocument, warmExtractor } = await import(${JSON.stringify(EXTRACT)});
      await warmExtractor();
      const result = extractDocument(${JSON.stringify(input)}, readFileSync(${JSON.stringify(input)}));
      console.log(result.mentions.length);
    `);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/heap out of memory/);
  });
});
