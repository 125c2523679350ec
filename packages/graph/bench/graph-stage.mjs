#!/usr/bin/env node
/**
 * The graph stage of `xiezuo build` alone (runGraphStage: the store read back, extraction.json,
 * the graph, metrics and layout, graph.json, graph.gexf, the viewer files), step by step, on a
 * copy of a finished build's store: wall and CPU seconds (CPU counts DuckDB's threads too) and
 * resident memory after each step, the peak at the end. For profiling
 * (`node --cpu-prof packages/graph/bench/graph-stage.mjs …`) without extracting again. Needs
 * `pnpm -r build` first (it runs the compiled code).
 *
 *   node packages/graph/bench/graph-stage.mjs BUILD_DIR [WORK_DIR]
 *
 * BUILD_DIR is a build's output folder (it holds store.duckdb); WORK_DIR (default: a fresh
 * temporary folder, removed at the end) receives the store's copy and the files written: those
 * of the build itself (the graph is named after BUILD_DIR, as `xiezuo build` names it).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runGraphStage } from "../dist/pipeline/graph-stage.js";
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
  console.log(`${name.padEnd(20)} ${(wall / 1000).toFixed(2).padStart(6)} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(6)} s cpu  rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB`);
  [lastWall, lastCpu] = [performance.now(), process.cpuUsage()];
};
const start = performance.now();
const startCpu = process.cpuUsage();
const store = await ResultStore.open(join(work, STORE_FILE));
try {
  const { graph } = await runGraphStage(store, [], work, { name: basename(buildDir) || "xiezuo", seed: 1, phase });
  console.log(`graph: ${graph.order} nodes, ${graph.size} edges`);
} finally {
  await store.close();
}
const cpu = process.cpuUsage(startCpu);
console.log(`total ${((performance.now() - start) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (!workArgument) rmSync(work, { recursive: true, force: true });
