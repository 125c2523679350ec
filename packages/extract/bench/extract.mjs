#!/usr/bin/env node
/**
 * `pnpm bench`: how fast the extractor is. Cold start = a fresh Node process that loads
 * the package, the gazetteer and jieba's dictionaries and extracts a folder; warm =
 * extracting the same folder again in that process. Prints a table; a benchmark, not a test.
 *   node packages/extract/bench/extract.mjs [folder…]   (default: ../shared/corpus and examples/corpus)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const defaults = [`${root}../shared/corpus`, `${root}examples/corpus`].filter(existsSync);
const folders = process.argv.slice(2).length ? process.argv.slice(2) : defaults;

const child = `
  const t0 = performance.now();
  const { extract } = await import(${JSON.stringify(`${root}packages/extract/dist/index.js`)});
  const t1 = performance.now();
  const cold = await extract([process.argv[1]]);
  const t2 = performance.now();
  const warm = await extract([process.argv[1]]);
  const t3 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, coldMs: t2 - t1, warmMs: t3 - t2, docs: cold.documents.length, entities: cold.entities.length, relations: cold.relations.length }));
`;

const bytes = (dir) => readdirSync(dir).reduce((sum, f) => sum + statSync(`${dir}/${f}`).size, 0);
const rows = [["folder", "docs", "KiB", "process total s", "import ms", "first extract ms", "warm extract ms", "warm KiB/s"]];
for (const folder of folders) {
  const started = performance.now();
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", child, folder], { encoding: "utf8" });
  const total = (performance.now() - started) / 1000;
  const r = JSON.parse(out.trim().split("\n").pop());
  const kib = bytes(folder) / 1024;
  rows.push([folder.replace(root, ""), r.docs, kib.toFixed(0), total.toFixed(2), r.importMs.toFixed(0), r.coldMs.toFixed(0), r.warmMs.toFixed(0), (kib / (r.warmMs / 1000)).toFixed(0)].map(String));
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join("  "));
