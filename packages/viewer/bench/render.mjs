#!/usr/bin/env node
/**
 * `pnpm bench:viewer`: a seeded random graph of 10,000 nodes and 50,000 edges, served to the
 * built viewer in headless Chromium. Prints the first render time and hover/selection update
 * times (targets: 2 s and 100 ms). A benchmark, not a test.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph, { DirectedGraph } from "graphology";
import generators from "graphology-generators";
import { createGraphServer } from "@xiezuo/graph";
import { chromium } from "playwright-core";

const ORDER = Number(process.env.BENCH_NODES ?? 10_000);
const SIZE = Number(process.env.BENCH_EDGES ?? 50_000);
const TYPES = ["province", "city", "district", "county", "town", "village", "person", "company", "school", "hospital", "government", "organization", "park"];
const RELATIONS = ["pairs_with", "funds", "builds", "located_in", "holds_position", "works_for", "invests_in", "agreement_with"];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(42);
const random = generators.random.erdosRenyi.sparse(DirectedGraph, { order: ORDER, probability: SIZE / (ORDER * (ORDER - 1)), rng });
const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
random.forEachNode((node) => {
  graph.addNode(`n${node}`, { label: `实体${node}`, type: TYPES[Number(node) % TYPES.length], aliases: [], placePath: [], mentions: 1, documents: [], x: rng() * 1000, y: rng() * 1000, size: 3, pagerank: rng() / ORDER });
});
let e = 0;
random.forEachEdge((_, __, source, target) => {
  graph.addDirectedEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, { type: RELATIONS[e++ % RELATIONS.length], weight: 1, date: null, evidence: [] });
});
const dir = mkdtempSync(join(tmpdir(), "xiezuo-bench-"));
writeFileSync(join(dir, "graph.json"), JSON.stringify(graph.export()));

const viewerDir = new URL("../dist/", import.meta.url).pathname;
const server = createGraphServer({ graphDir: dir, viewerDir, port: 0 });
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.waitForFunction(() => window.xiezuo?.renderer !== undefined, null, { timeout: 120_000 });
const timings = await page.evaluate(() => ({ ...window.xiezuo.timings }));

/** Time from an interaction to the frame that shows it. */
const interactions = await page.evaluate(async () => {
  const { renderer, graph, select } = window.xiezuo;
  const frame = () => new Promise((done) => renderer.once("afterRender", done));
  const nodes = graph.nodes();
  const hover = [];
  const selection = [];
  for (let i = 0; i < 10; i++) {
    const node = nodes[(i * 997) % nodes.length];
    let t = performance.now();
    let drawn = frame();
    renderer.emit("enterNode", { node });
    await drawn;
    hover.push(performance.now() - t);
    drawn = frame();
    renderer.emit("leaveNode", { node });
    await drawn;
    t = performance.now();
    drawn = frame();
    select(node);
    await drawn;
    selection.push(performance.now() - t);
  }
  // For scale: one refresh of the whole graph (what a filter change costs).
  const t = performance.now();
  renderer.refresh({ skipIndexation: true });
  const refreshMs = performance.now() - t;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { refreshMs, hoverMs: median(hover), hoverMaxMs: Math.max(...hover), selectMs: median(selection), selectMaxMs: Math.max(...selection) };
});
await browser.close();
server.close();

const rows = [
  ["graph", `${graph.order} nodes, ${graph.size} edges (seeded Erdős–Rényi)`],
  ["fetch + parse graph.json", `${timings.loadMs.toFixed(0)} ms`],
  ["first render (sigma constructor)", `${timings.firstRenderMs.toFixed(0)} ms  (target < 2000 ms)`],
  ["hover → next frame, median / max", `${interactions.hoverMs.toFixed(1)} / ${interactions.hoverMaxMs.toFixed(1)} ms  (target < 100 ms)`],
  ["full refresh (a filter change)", `${interactions.refreshMs.toFixed(0)} ms`],
  ["select → next frame, median / max", `${interactions.selectMs.toFixed(1)} / ${interactions.selectMaxMs.toFixed(1)} ms  (target < 100 ms)`],
];
for (const [what, value] of rows) console.log(`${what.padEnd(36)} ${value}`);
