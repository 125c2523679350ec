#!/usr/bin/env node
/**
 * The graph stage of `xiezuo build` alone, phase by phase, on a copy of a finished build's
 * store: wall and CPU seconds (CPU counts DuckDB's threads too) and resident memory after each
 * phase, the peak at the end. For profiling (`node --cpu-prof packages/graph/bench/graph-stage.mjs …`)
 * without extracting again. Needs `pnpm -r build` first (it runs the compiled code).
 *
 *   node packages/graph/bench/graph-stage.mjs BUILD_DIR [WORK_DIR]
 *
 * BUILD_DIR is a build's output folder (it holds store.duckdb); WORK_DIR (default: a fresh
 * temporary folder, removed at the end) receives the store's copy and the files written.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assignMetrics } from "../dist/analytics/assignMetrics.js";
import { buildGraph } from "../dist/build/buildGraph.js";
import { writeGexf } from "../dist/formats/gexf.js";
import { writeJson } from "../dist/formats/json.js";
import { writeViewerFiles } from "../dist/formats/writeViewerFiles.js";
import { assignAppearance } from "../dist/layout/assignAppearance.js";
import { assignLayout } from "../dist/layout/assignLayout.js";
import { writeCorpusTables } from "../dist/store/corpus-tables.js";
import { writeExtractionJson } from "../dist/store/extraction-json.js";
import { readCorpus } from "../dist/store/read-corpus.js";
import { ResultStore, STORE_FILE } from "../dist/store/store.js";

const [buildDir, workArgument] = process.argv.slice(2);
if (!buildDir) {
  console.error("usage: node packages/graph/bench/graph-stage.mjs BUILD_DIR [WORK_DIR]");
  process.exit(2);
}
const work = workArgument ?? mkdtempSync(join(tmpdir(), "xiezuo-graph-stage-"));
mkdirSync(work, { recursive: true });
copyFileSync(join(buildDir, STORE_FILE), join(work, STORE_FILE));

let lastWall = performance.now();
let lastCpu = process.cpuUsage();
const phase = (name) => {
  const cpu = process.cpuUsage(lastCpu);
  const wall = performance.now() - lastWall;
  console.log(`${name.padEnd(18)} ${(wall / 1000).toFixed(2).padStart(6)} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(6)} s cpu  rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`);
  [lastWall, lastCpu] = [performance.now(), process.cpuUsage()];
};
const start = performance.now();
const store = await ResultStore.open(join(work, STORE_FILE));
try {
  const corpus = await readCorpus(store, []);
  phase("read the store");
  await writeCorpusTables(store, corpus);
  phase("corpus tables");
  const graph = buildGraph(corpus, { name: "graph-stage" });
  phase("graph");
  assignMetrics(graph, { seed: 1 });
  phase("metrics");
  assignLayout(graph, { seed: 1 });
  phase("layout");
  assignAppearance(graph);
  phase("appearance");
  await writeJson(graph, join(work, "graph.json"));
  phase("graph.json");
  await writeGexf(graph, join(work, "graph.gexf"));
  phase("graph.gexf");
  await writeExtractionJson(join(work, "extraction.json"), store, corpus);
  phase("extraction.json");
  await writeViewerFiles(graph, work);
  phase("viewer files");
  console.log(`graph: ${graph.order} nodes, ${graph.size} edges`);
} finally {
  await store.close();
}
console.log(`total ${((performance.now() - start) / 1000).toFixed(2)} s, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (!workArgument) rmSync(work, { recursive: true, force: true });
