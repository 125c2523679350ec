#!/usr/bin/env node
/**
 * `pnpm bench`: how fast and how big, on corpora made by the seeded generator
 * (bench/generate-corpus.mjs), each measurement in a fresh process:
 *   - jieba's own tag() over the corpus, and the extractor with 1 and 2 workers over the same
 *     files in the same run, into a build's store as `xiezuo build` extracts (the workers write
 *     the rows, the store loads them): throughput and the extractor/jieba ratio;
 *   - cold start: a new process that loads the extractor and extracts one file;
 *   - `xiezuo build` of the corpus: wall time and peak memory (RSS of the process and its threads);
 *   - the same build after adding 100 new articles (a rebuild into the same folder);
 *   - the graph stage of the build (the store read back, extraction.json, graph, metrics, communities, layout,
 *     writers) on a copy of the build's store.
 *
 *   node packages/extract/bench/extract.mjs [--sizes 1k,10k,100k] [--seed 1] [--jobs 1,2] [--cache DIR] [--skip build,graph]
 *
 * Corpora are generated once and kept in DIR (default: $TMPDIR/xiezuo-bench) under the generator's
 * version, their seed and size.
 * The machine may be shared: the load average is printed with the results; compare ratios.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GENERATOR_VERSION, generateCorpus } from "../../../bench/generate-corpus.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const MEASURE = fileURLToPath(new URL("./measure.mjs", import.meta.url));
const PEAK_RSS = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));
const CLI = `${root}packages/graph/dist/cli/main.js`;

const options = parseArgs(process.argv.slice(2));
const cacheDir = options.cache ?? join(tmpdir(), "xiezuo-bench");
mkdirSync(cacheDir, { recursive: true });
const buildHelp = execFileSync(process.execPath, [CLI, "build", "--help"], { encoding: "utf8" });
const buildHasJobs = /--jobs\b/.test(buildHelp);
// Builds whose workers write the store's rows themselves: the per-worker figures are of that path (else of extract()).
const storeMode = existsSync(`${root}packages/graph/dist/pipeline/map-into-shards.js`);

console.log(`xiezuo bench — ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
if (!buildHasJobs) console.log("note: `xiezuo build` has no --jobs yet; builds run with its default");

for (const size of options.sizes) {
  const articles = parseSize(size);
  const corpus = cachedCorpus(articles, options.seed);
  const added = cachedCorpus(100, options.seed + 1_000_003, "added");
  const mib = corpus.bytes / 1048576;
  console.log(`\n## ${size}: ${articles} articles, ${mib.toFixed(1)} MiB (seed ${options.seed}) in ${corpus.dir}`);

  const jieba = measure(["jieba", corpus.dir]);
  const rows = [["", "s", "MiB/s", "× jieba tag()", "peak MiB", "entities", "relations"]];
  if (storeMode) console.log("extract rows: files → a new build store (workers write shards, the store loads them), as `xiezuo build` extracts");
  rows.push(["jieba tag()", seconds(jieba.ms), rate(corpus.bytes, jieba.ms), "1.00", jieba.peakMiB.toFixed(0), "", ""]);
  const perJobs = {};
  for (const jobs of options.jobs) {
    const run = measure([storeMode ? "store" : "extract", corpus.dir, String(jobs)]);
    perJobs[jobs] = run;
    rows.push([`extract, ${jobs} worker${jobs > 1 ? "s" : ""}`, seconds(run.ms), rate(corpus.bytes, run.ms), (jieba.ms / run.ms).toFixed(2), run.peakMiB.toFixed(0), String(run.entities), String(run.relations)]);
  }
  table(rows);
  // CPU time moves less than wall time when other work shares the cores; with workers it adds up every thread.
  if (perJobs[1]?.cpuMs && jieba.cpuMs) console.log(`CPU time: jieba tag() ${seconds(jieba.cpuMs)} s, extract with 1 worker ${seconds(perJobs[1].cpuMs)} s: ${(jieba.cpuMs / perJobs[1].cpuMs).toFixed(2)}× jieba tag()`);
  if (perJobs[1] && perJobs[2]) {
    console.log(`2 workers / 1 worker: ${(perJobs[1].ms / perJobs[2].ms).toFixed(2)}× the throughput`);
    // The one-worker run loads the extractor before its timing, the pool's workers inside it: compare warm too.
    console.log(`… once warm (after each run's first finished article): ${(perJobs[1].warmMs / perJobs[2].warmMs).toFixed(2)}×`);
  }

  const cold = measure(["cold", join(corpus.dir, corpus.files[0])]);
  console.log(`cold start (new process → extractor loaded, one article extracted): ${seconds(cold.processMs)} s (import ${seconds(cold.importMs)} s, load + first article ${seconds(cold.firstFileMs)} s)`);

  if (!options.skip.has("build")) {
    const out = join(cacheDir, `build-s${options.seed}-${size}`);
    rmSync(out, { recursive: true, force: true });
    const jobsFlag = buildHasJobs ? ["--jobs", String(Math.max(...options.jobs))] : [];
    const build = timedCli(["build", corpus.dir, "--out", out, ...jobsFlag]);
    console.log(`xiezuo build ${jobsFlag.join(" ")}: ${seconds(build.ms)} s, peak ${build.peakMiB.toFixed(0)} MiB`);
    const rebuild = timedCli(["build", corpus.dir, added.dir, "--out", out, ...jobsFlag]);
    const rebuildExtract = rebuild.phases.extract === undefined ? "" : `, of which extraction ${rebuild.phases.extract.toFixed(2)} s`;
    console.log(`… after adding 100 articles, rebuilt into the same folder: ${seconds(rebuild.ms)} s${rebuildExtract}, peak ${rebuild.peakMiB.toFixed(0)} MiB${rebuild.reused ? ` (${rebuild.reused})` : ""}`);
    if (!options.skip.has("graph")) {
      const graph = measure(["graph", out]);
      const parts = Object.entries(graph.stages).map(([name, ms]) => `${name} ${seconds(ms)}`).join(", ");
      const cpu = graph.cpuMs === undefined ? "" : `, ${seconds(graph.cpuMs)} s CPU`;
      console.log(`graph stage (as xiezuo build runs it, after extraction) on ${graph.nodes} nodes, ${graph.edges} edges: ${seconds(graph.totalMs)} s${cpu} (${parts}); peak ${graph.peakMiB.toFixed(0)} MiB`);
    }
    if (!options.keep) rmSync(out, { recursive: true, force: true });
  }
}
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores`);

/** A corpus of the generator in the cache, generated on first use (a marker file says it is whole). */
function cachedCorpus(articles, seed, label = "corpus") {
  // Under the generator's version: a corpus an older generator wrote is never reused.
  const dir = join(cacheDir, `${label}-g${GENERATOR_VERSION}-s${seed}-${articles}`);
  const marker = join(dir, ".complete.json");
  if (existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, "utf8")) };
  rmSync(dir, { recursive: true, force: true });
  const { files, bytes } = generateCorpus({ articles, seed, outDir: dir });
  writeFileSync(marker, JSON.stringify({ files, bytes }));
  return { dir, files, bytes };
}

/** Runs one measurement of measure.mjs in a fresh process and returns its JSON line. */
function measure(args) {
  const run = spawnSync(process.execPath, [MEASURE, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`measure ${args.join(" ")} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop());
}

/**
 * Runs the CLI in a fresh process; its peak RSS comes from a preload that reports it at exit,
 * the seconds of each phase from the build's own timings (XIEZUO_TIMINGS).
 */
function timedCli(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", PEAK_RSS, CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, CI: "1", XIEZUO_TIMINGS: "1" } });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`xiezuo ${args.join(" ")} failed:\n${run.stderr}`);
  const peak = /xiezuo-peak-rss-kib=(\d+)/.exec(run.stderr);
  const reused = /(\d+)\s+(?:unchanged|reused)[^\n]*/i.exec(run.stdout)?.[0];
  const phases = Object.fromEntries([...run.stderr.matchAll(/^timing: (.+?) ([\d.]+) s,/gm)].map(([, phase, s]) => [phase, Number(s)]));
  return { ms, peakMiB: peak ? Number(peak[1]) / 1024 : NaN, reused, phases };
}

function parseArgs(argv) {
  const parsed = { sizes: ["1k", "10k"], seed: 1, jobs: [1, 2], cache: undefined, skip: new Set(), keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--keep") parsed.keep = true;
    else if (flag === "--sizes") parsed.sizes = argv[++i].split(",").filter(Boolean);
    else if (flag === "--seed") parsed.seed = Number(argv[++i]);
    else if (flag === "--jobs") parsed.jobs = argv[++i].split(",").map(Number);
    else if (flag === "--cache") parsed.cache = argv[++i];
    else if (flag === "--skip") parsed.skip = new Set(argv[++i].split(","));
    else throw new Error(`unknown option ${flag}; usage: [--sizes 1k,10k,100k] [--seed 1] [--jobs 1,2] [--cache DIR] [--skip build,graph] [--keep]`);
  }
  parsed.sizes.forEach(parseSize);
  if (!Number.isInteger(parsed.seed) || parsed.jobs.some((j) => !Number.isInteger(j) || j < 1)) throw new Error("--seed and --jobs take whole numbers");
  return parsed;
}

function parseSize(size) {
  const match = /^(\d+)(k?)$/i.exec(size);
  if (!match) throw new Error(`--sizes: ${size} is not a size like 1k, 10k, 100k or 500`);
  return Number(match[1]) * (match[2] ? 1000 : 1);
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
}

function seconds(ms) {
  return (ms / 1000).toFixed(2);
}

function rate(bytes, ms) {
  return (bytes / 1048576 / (ms / 1000)).toFixed(2);
}
