#!/usr/bin/env node
/**
 * One measurement of `pnpm bench`, run in a fresh Node process so that its timings and peak
 * memory are its own. Prints one JSON line on stdout.
 *   measure.mjs jieba <corpus>            jieba's own tag() (its default dictionary) over every file
 *   measure.mjs cold <file>               process start → the extractor loaded and one file extracted
 *   measure.mjs extract <corpus> <jobs>   the extractor over the corpus, after a warm-up outside the timing
 *   measure.mjs store <corpus> <jobs>     the same into a new build store, as `xiezuo build` extracts (workers write
 *                                         shards, the store loads them): what the per-worker figures of `pnpm bench` are
 *   measure.mjs graph <build folder>      the graph stage of `xiezuo build` (all after extraction: the store read back,
 *                                         extraction.json, graph, metrics, communities, layout, writers) on a copy of its store
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const extractDist = `${root}packages/extract/dist/`;
const graphDist = `${root}packages/graph/dist/`;
const requireFromExtract = createRequire(`${root}packages/extract/package.json`);

const [mode, target, jobsArg] = process.argv.slice(2);
const filesOf = (dir) => readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort().map((f) => join(dir, f));
/** Peak resident memory of this process (all its threads), in MiB. */
const peakMiB = () => process.resourceUsage().maxRSS / 1024;
/** CPU time (user + system, all threads) since `start`, in ms: steadier than wall time on a shared machine. */
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const report = (fields) => console.log(JSON.stringify({ ...fields, peakMiB: peakMiB() }));

if (mode === "jieba") {
  const texts = filesOf(target).map((file) => readFileSync(file, "utf8"));
  const loadStart = performance.now();
  const jieba = requireFromExtract("nodejs-jieba");
  jieba.load();
  const loadMs = performance.now() - loadStart;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let tokens = 0;
  for (const text of texts) tokens += jieba.tag(text).length;
  report({ loadMs, ms: performance.now() - started, cpuMs: cpuMs(cpuStart), files: texts.length, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0), tokens });
} else if (mode === "cold") {
  // performance.now() counts from the start of this process, so this includes Node's own start-up.
  const beforeImport = performance.now();
  const { extract } = await import(`${extractDist}index.js`);
  const imported = performance.now();
  const result = await extract([target], { jobs: 1 });
  report({ processMs: performance.now(), importMs: imported - beforeImport, firstFileMs: performance.now() - imported, entities: result.entities.length });
} else if (mode === "extract") {
  const jobs = Number(jobsArg ?? 1);
  const { extract } = await import(`${extractDist}index.js`);
  const files = filesOf(target);
  // With one job the extractor runs in this thread: load it here, outside the timing. Workers load their own.
  if (jobs === 1) await extract([files[0]], { jobs: 1 });
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  // Workers load jieba and the gazetteer inside the timing; from the first finished article on, the pool is warm.
  let firstDone;
  const result = await extract([target], { jobs, onProgress: ({ done }) => void (done === 1 && (firstDone = performance.now())) });
  const ended = performance.now();
  report({
    jobs,
    ms: ended - started,
    cpuMs: cpuMs(cpuStart),
    warmMs: ended - firstDone,
    files: files.length,
    bytes: files.reduce((s, f) => s + readFileSync(f).length, 0),
    documents: result.documents.length,
    entities: result.entities.length,
    relations: result.relations.length,
  });
} else if (mode === "store") {
  const jobs = Number(jobsArg ?? 1);
  const { extract } = await import(`${extractDist}index.js`);
  const { ResultStore } = await import(`${graphDist}store/store.js`);
  const { extractIntoStore } = await import(`${graphDist}pipeline/extract-into-store.js`);
  const files = filesOf(target);
  if (jobs === 1) await extract([files[0]], { jobs: 1 });
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-bench-store-"));
  const store = await ResultStore.open(join(dir, "store.duckdb"));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let firstDone;
  const run = await extractIntoStore([target], store, { jobs, onProgress: ({ done }) => void (firstDone ??= performance.now()) });
  const ended = performance.now();
  const cpu = cpuMs(cpuStart);
  const count = async (sql) => Number((await store.connection.runAndReadAll(sql)).getRows()[0][0]);
  const entities = await count("SELECT count(DISTINCT entity_id) FROM document_entities");
  const relations = await count("SELECT count(DISTINCT relation_id) FROM document_relations");
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  report({ jobs, ms: ended - started, cpuMs: cpu, warmMs: ended - firstDone, files: files.length, documents: run.extracted, entities, relations });
} else if (mode === "graph") {
  // What `xiezuo build` does after extraction (runGraphStage), on a copy of the build's store, step by step.
  const { runGraphStage } = await import(`${graphDist}pipeline/graph-stage.js`);
  const { ResultStore, STORE_FILE } = await import(`${graphDist}store/store.js`);
  const out = mkdtempSync(join(tmpdir(), "xiezuo-bench-graph-"));
  copyFileSync(join(target, STORE_FILE), join(out, STORE_FILE));
  const stages = {};
  const cpuStages = {};
  let [last, lastCpu] = [performance.now(), process.cpuUsage()];
  const phase = (name) => {
    stages[name] = performance.now() - last;
    cpuStages[name] = cpuMs(lastCpu);
    [last, lastCpu] = [performance.now(), process.cpuUsage()];
  };
  const cpuStart = process.cpuUsage();
  const store = await ResultStore.open(join(out, STORE_FILE));
  const { graph } = await runGraphStage(store, [], out, { name: "bench", seed: 1, phase });
  await store.close();
  const cpu = cpuMs(cpuStart);
  rmSync(out, { recursive: true, force: true });
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  report({ nodes: graph.order, edges: graph.size, stages, cpuStages, totalMs: total, cpuMs: cpu });
} else {
  console.error("usage: measure.mjs jieba|cold|extract|graph <path> [jobs]");
  process.exit(2);
}
