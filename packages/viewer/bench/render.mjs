#!/usr/bin/env node
/**
 * `pnpm bench:viewer`: the viewer on a real build of generated articles (bench/generate-corpus.mjs,
 * the generator of `pnpm bench`), served by `xiezuo serve`'s code to headless Chromium. Prints
 * bytes transferred before the first readable frame, time to that frame (labels drawn), search
 * latency, click to evidence panel and hover, against the targets of issue 10.
 * A benchmark, not a test: it fails only when the page does not load.
 *
 *   pnpm bench:viewer                         10,000 articles, seed 1 (the build is kept in out/bench-viewer-g2-10000-1,
 *                                             g2 the generator's version)
 *   BENCH_ARTICLES=2000 pnpm bench:viewer     another size
 *   BENCH_BUILD=out/sample pnpm bench:viewer  any build folder
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGraphServer, overviewSeparation } from "@xiezuo/graph";
import { chromium } from "playwright-core";
import { build } from "vite";
import { GENERATOR_VERSION, generateCorpus } from "../../../bench/generate-corpus.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const SAMPLES = 15;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"];

/** The build folder to measure: given, kept from an earlier run, or generated and built now. */
function buildFolder() {
  if (process.env.BENCH_BUILD) return { dir: process.env.BENCH_BUILD, how: "given" };
  // Under the generator's version: a build of an older generator's corpus is never reused.
  const dir = join(ROOT, "out", `bench-viewer-g${GENERATOR_VERSION}-${ARTICLES}-${SEED}`);
  if (existsSync(join(dir, "viewer.json"))) return { dir, how: "kept from an earlier run (delete it to rebuild)" };
  const corpus = mkdtempSync(join(tmpdir(), "xiezuo-bench-corpus-"));
  const started = performance.now();
  generateCorpus({ articles: ARTICLES, seed: SEED, outDir: corpus });
  execFileSync(process.execPath, [join(ROOT, "packages/graph/dist/cli/main.js"), "build", corpus, "--out", dir], { stdio: ["ignore", "ignore", "inherit"] });
  rmSync(corpus, { recursive: true, force: true });
  return { dir, how: `generated and built in ${((performance.now() - started) / 1000).toFixed(0)} s` };
}

/**
 * Hover while the page is still loading: from the first frame until the whole graph and the pinyin
 * are in, the pointer goes (through the browser's own input, which is queued while the page's thread
 * is busy) onto a drawn node and away again. Each sample runs from the event's timestamp (when the
 * browser took it in) to the frame sigma draws after the node is entered (a whole frame, or on big
 * pictures its hover layer alone).
 */
async function hoverWhileLoading(page) {
  await page.waitForFunction(() => window.xiezuo?.shown && window.xiezuo.labels.length > 0, null, { timeout: 300_000 });
  await page.evaluate(() => {
    const samples = (window.__hoverSamples = { before: [], after: [], moves: 0, enters: 0 });
    let moved = 0;
    let entered = 0;
    const watched = new WeakSet();
    const watch = () => {
      const renderer = window.xiezuo.shown;
      if (!renderer || watched.has(renderer)) return;
      watched.add(renderer);
      renderer.getCanvases().mouse.addEventListener("mousemove", (event) => ((moved = event.timeStamp), samples.moves++), { capture: true });
      // Before the page's own handler, which may draw at once.
      renderer.prependListener("enterNode", () => ((entered = moved), samples.enters++));
      // A hover is drawn by a whole frame (small graphs) or by sigma's hover layer alone (big pictures: afterHoverRender, graph/renderer.ts).
      const drawn = () => {
        if (!entered) return;
        // Before or after the whole graph is in (search, panel, filters), and pinyin.
        const { readyAt, pinyinAt } = window.xiezuo.timings;
        (readyAt && pinyinAt ? samples.after : samples.before).push({ ms: performance.now() - entered, at: performance.now(), ready: readyAt > 0 });
        entered = 0;
      };
      renderer.on("afterRender", drawn);
      renderer.on("afterHoverRender", drawn);
    };
    watch();
    window.__watchHover = watch;
  });
  const box = await page.locator(".stage").boundingBox();
  const targets = await page.evaluate(() => {
    const renderer = window.xiezuo.shown;
    const graph = renderer.getGraph();
    const { width, height } = renderer.getDimensions();
    const points = [];
    graph.forEachNode((node) => {
      const d = renderer.getNodeDisplayData(node);
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      if (p.x > 30 && p.y > 30 && p.x < width - 30 && p.y < height - 30 && renderer.getNodeAtPosition(p) === node) points.push(p);
    });
    return points.filter((_, i) => i % 7 === 0).slice(0, 12);
  });
  // Whether loading is over, watched by one waiting call: the loop below sends browser input only, and
  // never waits for the page's thread itself (a call into the page would queue behind the work it measures).
  let loaded = false;
  const over = page.waitForFunction(() => window.xiezuo.timings.readyAt > 0 && window.xiezuo.timings.pinyinAt > 0, null, { timeout: 120_000 }).then(() => (loaded = true));
  let moves = 0;
  for (let i = 0; targets.length && !loaded; i++) {
    moves++;
    const p = targets[i % targets.length];
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.waitForTimeout(120);
    await page.mouse.move(box.x + 3, box.y + 3);
    await page.waitForTimeout(80);
  }
  await over;
  const seen = await page.evaluate(() => ({ ms: window.__hoverSamples.before.map((s) => s.ms), events: window.__hoverSamples.moves, enters: window.__hoverSamples.enters }));
  // BENCH_VERBOSE=1: each sample with when it was drawn (ms since navigation), against the load's milestones.
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(await page.evaluate(() => ({ timings: window.xiezuo.timings, samples: window.__hoverSamples.before.map((s) => [Math.round(s.at), Math.round(s.ms)]) }))));
  return { ...seen, moves };
}

const folder = buildFolder();
const work = mkdtempSync(join(tmpdir(), "xiezuo-bench-"));
// The viewer from its current sources, as the browser tests build it.
const viewerDir = join(work, "viewer");
await build({ root: fileURLToPath(new URL("../", import.meta.url)), logLevel: "error", build: { outDir: viewerDir, emptyOutDir: true } });
const server = createGraphServer({ graphDir: folder.dir, viewerDir, port: 0 });
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;
const context = await chromium.launchPersistentContext(join(work, "profile"), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
const page = context.pages()[0] ?? (await context.newPage());
page.on("crash", () => console.error("bench:viewer: the page crashed"));
page.on("pageerror", (error) => console.error(`bench:viewer: page error: ${error.message}`));
await page.goto(url);
const loadingHover = await hoverWhileLoading(page);
await page.waitForFunction(() => (window.xiezuo?.timings.readyAt > 0 && window.xiezuo.labels.length > 0) || document.querySelector(".status.error"), null, { timeout: 300_000 });
const failed = await page.evaluate(() => document.querySelector(".status.error")?.textContent);
if (failed) throw new Error(`the page did not open the build: ${failed}`);
// A person looks at the page a moment before searching (the pinyin index is worked out in a worker meanwhile; a query never waits for it).
await page.waitForTimeout(1500);

const load = await page.evaluate(() => {
  const { timings, graph, drawn, labels } = window.xiezuo;
  const firstFrame = timings.labelsAt;
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  const before = entries.filter((e) => e.responseEnd <= firstFrame);
  // The graph file is fetched in a worker: the page's resource timing does not list it, its own timings do.
  const graphFirst = timings.graphBytes > 0 && timings.fetchedAt <= firstFrame;
  return {
    timings: { ...timings },
    bytes: before.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0) + (graphFirst ? timings.graphBytes : 0),
    files: [...before.map((e) => new URL(e.name).pathname), ...(graphFirst ? ["(the graph file, in a worker)"] : [])],
    order: graph.order, size: graph.size, drawn: drawn.order, labels: labels.length,
  };
});

/** In the page: search, click to evidence panel and hover, each timed from the event to what the user sees. */
const interactions = await page.evaluate(async (samples) => {
  const { renderer, graph, drawn } = window.xiezuo;
  const mouse = renderer.getCanvases().mouse;
  const box = mouse.getBoundingClientRect();
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
  // The next frame sigma draws, or after a second if none comes (nothing changed on screen).
  // (A hover on a big picture draws sigma's hover layer only: afterHoverRender, graph/renderer.ts.)
  const frame = () => Promise.race([new Promise((done) => renderer.once("afterRender", done)), new Promise((done) => renderer.once("afterHoverRender", done)), pause(1000)]);
  const stats = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN, max: sorted.at(-1) ?? NaN, n: xs.length };
  };
  // Search: names of every kind, typed whole, by prefix and in pinyin initials; timed to the result list on the page.
  const input = document.querySelector("input[type=search]");
  const queries = [];
  graph.forEachNode((n, a) => {
    if (queries.length < samples && graph.degree(n) > 1 && n.length % 7 === 0) queries.push(a.label, a.label.slice(0, 2));
  });
  queries.push("lgq", "zhen", "gongsi");
  const search = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event("input"));
    const shown = document.querySelectorAll(".results li").length;
    search.push(performance.now() - start);
    if (shown) found++;
    await pause(20);
  }
  input.value = "";
  input.dispatchEvent(new Event("input"));

  const at = (node) => {
    const d = renderer.getNodeDisplayData(node);
    const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
    return { clientX: box.left + p.x, clientY: box.top + p.y };
  };
  const onScreen = () => drawn.filterNodes((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return false;
    const { clientX, clientY } = at(node);
    return clientX > box.left + 20 && clientX < box.right - 20 && clientY > box.top + 20 && clientY < box.bottom - 20;
  });
  // Hover: dispatch real mouse events where nodes are drawn, timed to the next frame sigma draws.
  const hover = [];
  let entered = null;
  renderer.on("enterNode", ({ node }) => (entered = node));
  let candidates = onScreen();
  for (let i = 0; i < samples && candidates.length; i++) {
    const target = at(candidates[(i * 7919) % candidates.length]);
    if (entered) {
      const left = frame();
      mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: box.left + 2, clientY: box.top + 2, bubbles: true }));
      await left;
    }
    entered = null;
    await pause(50);
    const drawnAgain = frame();
    const start = performance.now();
    mouse.dispatchEvent(new MouseEvent("mousemove", { ...target, bubbles: true }));
    await drawnAgain;
    if (entered) hover.push(performance.now() - start);
  }
  mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: box.left + 2, clientY: box.top + 2, bubbles: true }));
  await pause(100);

  // Click to evidence panel: a click on a drawn node whose relations have evidence, timed until the
  // frame that paints its sentences (the first animation frame after they are in the panel).
  const evidence = [];
  const missed = [];
  const panel = document.querySelector(".panel");
  const shown = () => new Promise((done) => {
    const painted = () => requestAnimationFrame(() => done(performance.now()));
    if (panel.querySelector(".evidence")) return painted();
    const observer = new MutationObserver(() => panel.querySelector(".evidence") && (observer.disconnect(), painted()));
    observer.observe(panel, { childList: true, subtree: true });
  });
  /**
   * Until no frame has been drawn for 300 ms, none is pending and the camera is still (at least
   * 350 ms, at most 5 s). Each round waits for an animation frame, so a redraw the page has put
   * off to the next frame is drawn (and seen) before the page counts as settled.
   */
  const settled = async () => {
    let last = performance.now();
    const drawn = () => (last = performance.now());
    renderer.on("afterRender", drawn);
    const start = performance.now();
    await pause(350);
    do {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      await pause(50);
    } while (performance.now() - start < 5000 && (performance.now() - last < 300 || renderer.getCamera().isAnimated()));
    renderer.off("afterRender", drawn);
  };
  let clicked = null;
  renderer.on("clickNode", ({ node }) => (clicked = node));
  renderer.on("clickStage", () => (clicked = "(the stage)"));
  let aside = 0;
  for (let i = 0; i < samples; i++) {
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    window.xiezuo.select(null);
    // A click on a settled page: the previous click's refold and camera animation (frames that can take
    // seconds in software WebGL on a loaded machine) are over, as they are when a person has read a panel.
    await settled();
    candidates = onScreen().filter((n) => graph.degree(n) > 0);
    if (!candidates.length) break;
    // A node a click at its centre reaches (drawn nodes can cover one another): the first from a spread-out start.
    let node = null;
    for (let k = 0; k < candidates.length && node === null; k++) {
      const candidate = candidates[(i * 104729 + k) % candidates.length];
      const { clientX, clientY } = at(candidate);
      if (renderer.getNodeAtPosition({ x: clientX - box.left, y: clientY - box.top }) === candidate) node = candidate;
      else aside++;
    }
    if (node === null) break;
    const target = at(node);
    clicked = null;
    const start = performance.now();
    mouse.dispatchEvent(new MouseEvent("mousedown", { ...target, bubbles: true }));
    mouse.dispatchEvent(new MouseEvent("mouseup", { ...target, bubbles: true }));
    mouse.dispatchEvent(new MouseEvent("click", { ...target, bubbles: true }));
    const done = await Promise.race([shown(), pause(5000).then(() => null)]);
    if (done !== null) evidence.push(done - start);
    else missed.push(`${node} (sigma's click: ${clicked ?? "none"}; panel: ${panel.textContent.slice(0, 80)})`);
  }
  const picks = { aside };
  return { search: stats(search), found, queries: queries.length, hover: stats(hover), evidence: stats(evidence), missed, picks };
}, SAMPLES);
// Pinyin may come in while the interactions run: read when it did at the end.
load.timings.pinyinAt = await page.evaluate(() => window.xiezuo.timings.pinyinAt);
await context.close();
server.close();
rmSync(work, { recursive: true, force: true });

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN, max: sorted.at(-1) ?? NaN, n: xs.length };
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : "—");
const row = (s) => `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)} (${s.n}×)`;
const verdict = (value, target) => (value < target ? "ok" : "OVER TARGET");
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const graphJson = existsSync(join(folder.dir, "graph.json")) ? statSync(join(folder.dir, "graph.json")).size : 0;
// How well the overview's layout shows its structure (the graph package's overviewSeparation): centroid distance / radius.
const separation = existsSync(join(folder.dir, "overview.json")) ? overviewSeparation(JSON.parse(readFileSync(join(folder.dir, "overview.json"), "utf8"))) : undefined;
const separated = (s) => `${s.ratio.toFixed(2)} (${s.groups} groups: centroids ${s.betweenCentroids.toFixed(0)} apart, radius ${s.withinRadius.toFixed(0)})`;
const rows = [
  ["build", `${folder.dir} (${folder.how})`, ""],
  ["graph", `${load.order} entities, ${load.size} relations; overview draws ${load.drawn}, ${load.labels} labels`, ""],
  ...(separation
    ? [
        ["overview separation, clusters of its drawn relations", separated(separation.drawnClusters), "mean distance between cluster centroids / mean radius of a cluster (Louvain on the overview's relations, seed 1); ~1 or less is a ball"],
        ["overview separation, the graph's communities", separated(separation.communities), "the same, grouped by the community each drawn node has in the whole graph"],
      ]
    : []),
  ["bytes before the first readable frame", `${mb(load.bytes)} (${load.bytes} B)`, `${load.files.join(" ")}; graph.json would be ${mb(graphJson)}`],
  ["overview.json fetched (since navigation)", load.timings.overviewAt ? ms(load.timings.overviewAt) : "—", load.timings.overviewAt ? "drawn first" : "none: the first frame waits for the whole graph"],
  ["whole graph file fetched (since navigation)", ms(load.timings.fetchedAt), load.timings.overviewAt ? "fetched after the first frame" : ""],
  ["parse + check the graph", ms(load.timings.loadMs), "parsed in a worker, then nodes into graphology and relations read and checked in slices (the first picture stays live)"],
  ["overview + filters", ms(load.timings.prepareMs), "in slices, relations into graphology included"],
  ["sigma's first frame", ms(load.timings.firstRenderMs), load.timings.overviewAt ? "of overview.json" : ""],
  ["relations into graphology", ms(load.timings.edgesMs ?? NaN), load.timings.overviewAt ? "after overview.json's frame, before the whole graph is in" : "after the first frame"],
  ["navigation → first readable frame (labels drawn)", ms(load.timings.labelsAt), `target < 5000 ms: ${verdict(load.timings.labelsAt, 5000)}`],
  ["navigation → whole graph in (search, panel, filters)", ms(load.timings.readyAt), ""],
  ["navigation → pinyin of every name in (web worker)", load.timings.pinyinAt ? ms(load.timings.pinyinAt) : "not by the end", "until then a query in Latin letters matches names only"],
  ["search → results on the page (median/p95/max)", row(interactions.search), `target < 200 ms: ${verdict(interactions.search.p95, 200)} (${interactions.found}/${interactions.queries} queries found something)`],
  ["click → evidence painted in the panel (median/p95/max)", row(interactions.evidence), `target < 500 ms: ${verdict(interactions.evidence.p95, 500)} (shards fetched on demand; each click on a settled page${interactions.missed.length ? `; NO EVIDENCE within 5 s after ${interactions.missed.length} click(s)` : ""})`],
  ["hover → next frame (median/p95/max)", row(interactions.hover), `target < 100 ms: ${verdict(interactions.hover.p95, 100)}`],
  ["hover while the graph and pinyin load (browser input)", row(stats(loadingHover.ms)), `target < 100 ms: ${verdict(stats(loadingHover.ms).p95, 100)} (from the first frame until the whole graph and pinyin are in; ${loadingHover.moves} times onto a node; the page saw ${loadingHover.events} mousemove events and ${loadingHover.enters} node entries)`],
];
const width = Math.max(...rows.map((r) => r[0].length));
const width2 = Math.max(...rows.map((r) => r[1].length));
console.log(`${"measure".padEnd(width)}  ${"value".padEnd(width2)}  note`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(width2)}  ${note}`);
for (const miss of interactions.missed) console.log(`no evidence after a click on ${miss}`);
if (interactions.picks.aside) console.log(`(${interactions.picks.aside} click candidates passed over: another node is drawn over their centre)`);
