#!/usr/bin/env node
/**
 * How one very long text fares (issue 8: a 40 MB text under a raised --max-file-mb completes in
 * bounded memory): the seeded generator's articles joined into one text file of the given size,
 * extracted as a single document in this process. Prints time, peak memory and counts, so that
 * sizes can be compared: time should grow linearly with the text (the pipeline reads it a
 * window of WINDOW_CHARS at a time).
 *
 *   node packages/extract/bench/long-text.mjs [--mb 1,4,40] [--seed 1] [--cache DIR]
 *
 * Each size runs in a fresh process (its own peak memory). The machine may be shared: compare
 * seconds per MiB within one run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../../../bench/generate-corpus.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === "--child") {
  // One measurement: extract the file as one document (the load → relate pipeline of any run).
  const file = args[1];
  const { extractDocument, warmExtractor } = await import(`${root}packages/extract/dist/pipeline/extract-document.js`);
  warmExtractor();
  const bytes = readFileSync(file);
  const started = performance.now();
  const result = extractDocument(file, bytes);
  const ms = performance.now() - started;
  const evidence = result.relations.reduce((sum, r) => sum + r.evidence.length, 0);
  const errors = result.issues.filter((i) => i.severity === "error").map((i) => i.message);
  console.log(JSON.stringify({ ms, bytes: bytes.length, mentions: result.mentions.length, entities: result.entities.length, relations: result.relations.length, evidence, errors, peakMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const sizes = option("--mb", "1,4").split(",").map(Number);
const seed = Number(option("--seed", "1"));
const cacheDir = option("--cache", join(tmpdir(), "xiezuo-bench"));
mkdirSync(cacheDir, { recursive: true });

console.log(`long-text bench — load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("MiB   seconds  s/MiB  peak MiB  mentions  entities  relations  evidence");
for (const mb of sizes) {
  const file = longText(mb);
  const run = spawnSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--child", file], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${mb} MiB failed:\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split("\n").pop());
  if (r.errors.length) console.log(`  errors: ${r.errors.join("; ")}`);
  const mib = r.bytes / 1048576;
  console.log([mib.toFixed(1).padStart(4), (r.ms / 1000).toFixed(1).padStart(9), (r.ms / 1000 / mib).toFixed(2).padStart(6), r.peakMiB.toFixed(0).padStart(9), String(r.mentions).padStart(9), String(r.entities).padStart(9), String(r.relations).padStart(10), String(r.evidence).padStart(9)].join(" "));
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

/** A text file of about `mb` MiB: generated articles (title, source line, body) one after another. */
function longText(mb) {
  const file = join(cacheDir, `long-s${seed}-${mb}mb.txt`);
  if (existsSync(file)) return file;
  const dir = join(cacheDir, `long-s${seed}-articles`);
  const marker = join(dir, ".complete");
  // Enough distinct articles that a 40 MiB text is not one article repeated (about 1 KB each).
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    generateCorpus({ articles: 4000, seed, outDir: dir });
    writeFileSync(marker, "");
  }
  const articles = readdirSync(dir).filter((f) => f.endsWith(".txt") || f.endsWith(".md")).sort().map((f) => readFileSync(join(dir, f), "utf8").trim());
  const target = mb * 1048576;
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const part = `${articles[i % articles.length]}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  writeFileSync(file, parts.join(""));
  return file;
}
