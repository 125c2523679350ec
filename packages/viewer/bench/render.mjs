#!/usr/bin/env node
/**
 * `pnpm bench:viewer`: a seeded graph of 10,000 nodes and 50,000 edges (graphology-generators'
 * clusters, positions given so no layout runs), served with the viewer to headless Chromium.
 * Measures the first render (target < 2 s) and hover / selection updates from the dispatch of
 * the mouse event to the next frame sigma draws (target < 100 ms), and prints a table.
 * A benchmark, not a test: it fails only when the page does not load.
 *
 *   pnpm bench:viewer            BENCH_NODES=20000 BENCH_EDGES=100000 pnpm bench:viewer
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import generators from "graphology-generators";
import { createGraphServer } from "@xiezuo/graph";
import { chromium } from "playwright-core";
import { build } from "vite";

const ORDER = Number(process.env.BENCH_NODES ?? 10_000);
const SIZE = Number(process.env.BENCH_EDGES ?? 50_000);
const CLUSTERS = 40;
const SAMPLES = 20;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"];
const TYPES = ["province", "city", "district", "county", "town", "village", "person", "company", "school", "hospital", "government", "organization", "park"];
const RELATIONS = ["pairs_with", "funds", "builds", "located_in", "holds_position", "works_for", "invests_in", "agreement_with"];

/** mulberry32: a small seeded generator, so every run draws the same graph. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark graph in the shape `xiezuo build` writes, clusters placed on a circle so the picture looks like a built graph. */
function benchGraph() {
  const rng = seeded(42);
  const generated = generators.random.clusters(MultiDirectedGraph, { order: ORDER, size: SIZE, clusters: CLUSTERS, clusterDensity: 0.8, rng });
  const graph = new MultiDirectedGraph();
  graph.setAttribute("name", "bench");
  graph.setAttribute("documents", []);
  generated.forEachNode((node, a) => {
    const angle = (2 * Math.PI * a.cluster) / CLUSTERS;
    const r = Math.sqrt(rng()) * 120;
    const t = rng() * 2 * Math.PI;
    graph.addNode(`n${node}`, {
      label: `实体${node}`, type: TYPES[Number(node) % TYPES.length], aliases: [], placePath: [], mentions: 1, documents: [],
      x: 1000 * Math.cos(angle) + r * Math.cos(t), y: 1000 * Math.sin(angle) + r * Math.sin(t), size: 3, pagerank: rng() / ORDER, community: a.cluster,
    });
  });
  let e = 0;
  generated.forEachEdge((_, __, source, target) => {
    graph.addDirectedEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, { type: RELATIONS[e++ % RELATIONS.length], weight: 1, date: null, evidence: [] });
  });
  return graph;
}

const graph = benchGraph();
const dir = mkdtempSync(join(tmpdir(), "xiezuo-bench-"));
writeFileSync(join(dir, "graph.json"), JSON.stringify(graph.export()));
// The viewer from its current sources, as the browser tests build it.
const viewerDir = join(dir, "viewer");
await build({ root: fileURLToPath(new URL("../", import.meta.url)), logLevel: "error", build: { outDir: viewerDir, emptyOutDir: true } });
const server = createGraphServer({ graphDir: dir, viewerDir, port: 0 });
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;
const profile = join(dir, "profile");
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => window.xiezuo?.timings.readyAt > 0, null, { timeout: 120_000 });
const timings = await page.evaluate(() => ({ ...window.xiezuo.timings }));

/** In the page: dispatch real mouse events where nodes are drawn and time each to the next afterRender. */
const interactions = await page.evaluate(async (samples) => {
  const { renderer, graph } = window.xiezuo;
  const mouse = renderer.getCanvases().mouse;
  const box = mouse.getBoundingClientRect();
  const frame = () => new Promise((done) => renderer.once("afterRender", done));
  const idle = () => new Promise((done) => setTimeout(done, 50));
  const at = (node) => {
    const d = renderer.getNodeDisplayData(node);
    const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
    return { clientX: box.left + p.x, clientY: box.top + p.y };
  };
  const onScreen = graph.filterNodes((node) => {
    const { clientX, clientY } = at(node);
    return clientX > box.left + 20 && clientX < box.right - 20 && clientY > box.top + 20 && clientY < box.bottom - 20;
  });
  const pick = (i) => onScreen[(i * 7919) % onScreen.length];
  const time = async (dispatch) => {
    const drawn = frame();
    const start = performance.now();
    dispatch();
    await drawn;
    return performance.now() - start;
  };
  const hover = [];
  const select = [];
  let hits = 0;
  let entered = null;
  renderer.on("enterNode", ({ node }) => (entered = node));
  for (let i = 0; i < samples; i++) {
    const target = at(pick(i));
    // Leave whatever is hovered (an empty corner), then enter the node.
    if (entered) await time(() => document.dispatchEvent(new MouseEvent("mousemove", { clientX: box.left + 2, clientY: box.top + 2, bubbles: true })));
    entered = null;
    await idle();
    hover.push(await time(() => document.dispatchEvent(new MouseEvent("mousemove", { ...target, bubbles: true }))));
    if (entered) hits++;
    await idle();
    // Clicks farther apart than sigma's double-click delay.
    await new Promise((done) => setTimeout(done, 320));
    select.push(await time(() => mouse.dispatchEvent(new MouseEvent("click", { ...target, bubbles: true }))));
  }
  const toggle = document.querySelector('[data-entity-type="person"]');
  const filter = [];
  for (let i = 0; i < 4; i++) {
    filter.push(await time(() => toggle.click()));
    await idle();
  }
  const t = performance.now();
  window.xiezuo.select(null);
  const { EntitySearch } = window.xiezuo;
  const searchInput = document.querySelector("input[type=search]");
  const s0 = performance.now();
  searchInput.value = "st123";
  searchInput.dispatchEvent(new Event("input"));
  const searchMs = performance.now() - s0;
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], max: sorted.at(-1) };
  };
  return { hover: stats(hover), select: stats(select), filter: stats(filter), hits, onScreen: onScreen.length, searchMs, selectedAfter: Boolean(document.querySelector(".panel h2")), unused: [t, EntitySearch] && 0 };
}, SAMPLES);
await context.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const row = (s) => `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}`;
const verdict = (value, target) => (value < target ? "ok" : "over target");
const rows = [
  ["graph", `${graph.order} nodes, ${graph.size} edges (seeded clusters, positions given)`, ""],
  ["fetch + parse graph.json", ms(timings.loadMs), ""],
  ["first render (sigma constructor)", ms(timings.firstRenderMs), `target < 2000 ms: ${verdict(timings.firstRenderMs, 2000)}`],
  ["navigation → graph ready", ms(timings.readyAt), ""],
  [`hover → next frame (median/p95/max, ${SAMPLES}×)`, row(interactions.hover), `target < 100 ms: ${verdict(interactions.hover.p95, 100)} (${interactions.hits}/${SAMPLES} entered a node)`],
  [`click select → next frame (median/p95/max)`, row(interactions.select), `target < 100 ms: ${verdict(interactions.select.p95, 100)}`],
  ["type filter toggle → next frame (median/p95/max)", row(interactions.filter), "a full refresh of every node and edge"],
  ["first search (builds the pinyin index if idle time did not)", ms(interactions.searchMs), ""],
];
const width = Math.max(...rows.map((r) => r[0].length));
const width2 = Math.max(...rows.map((r) => r[1].length));
console.log(`${"measure".padEnd(width)}  ${"value".padEnd(width2)}  note`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(width2)}  ${note}`);
