#!/usr/bin/env node
/**
 * Screenshots of a build in the viewer, with headless Chromium as the browser tests and
 * `pnpm bench:viewer` drive it: the first picture (`<prefix>-overview.png`) and the picture after
 * the entity named `open` is found by search and chosen (`<prefix>-expanded.png`; with `--click`
 * it is clicked instead, which on an overview opens its place).
 *
 *   node packages/viewer/bench/screenshots.mjs out/sample docs/screens/sample NAME
 *   node packages/viewer/bench/screenshots.mjs out/bench-viewer-g2-10000-1 docs/screens/build-10k 甘孜藏族自治州 --click
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGraphServer } from "@xiezuo/graph";
import { chromium } from "playwright-core";
import { build } from "vite";

const [dir, prefix, open, how] = process.argv.slice(2);
if (!dir || !prefix || !open || (how !== undefined && how !== "--click")) {
  console.error("usage: node packages/viewer/bench/screenshots.mjs BUILD_DIR PREFIX OPEN [--click]");
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"];

const work = mkdtempSync(join(tmpdir(), "xiezuo-screens-"));
const viewerDir = join(work, "viewer");
await build({ root: fileURLToPath(new URL("../", import.meta.url)), logLevel: "error", build: { outDir: viewerDir, emptyOutDir: true } });
const server = createGraphServer({ graphDir: dir, viewerDir, port: 0 });
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const context = await chromium.launchPersistentContext(join(work, "profile"), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  // The whole graph in and the picture still: what a person sees once the page has opened.
  await page.waitForFunction(() => window.xiezuo?.timings.readyAt > 0 && window.xiezuo.labels.length > 0, null, { timeout: 300_000 });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${prefix}-overview.png` });
  if (how === "--click") await click(page, open);
  else {
    await page.fill("input[type=search]", open);
    await page.waitForTimeout(300);
    await page.keyboard.press("Enter");
  }
  // The pointer off the picture: a hover would fade the rest of it.
  await page.mouse.move(1, 799);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `${prefix}-expanded.png` });
  console.log(`${prefix}-overview.png, ${prefix}-expanded.png (${open} opened)`);
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

/** A click at the centre of the entity named `label`, with the camera first centred on it. */
async function click(page, label) {
  const node = await page.evaluate((label) => {
    const { renderer, graph } = window.xiezuo;
    const node = graph.findNode((_n, a) => a.label === label);
    if (node) renderer.getCamera().setState({ ...renderer.getCamera().getState(), x: renderer.getNodeDisplayData(node).x, y: renderer.getNodeDisplayData(node).y });
    return node;
  }, label);
  if (!node) throw new Error(`no entity named ${label}`);
  await page.waitForTimeout(1000);
  const point = await page.evaluate((node) => {
    const { renderer } = window.xiezuo;
    const box = renderer.getCanvases().mouse.getBoundingClientRect();
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node));
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
  await page.mouse.click(point.x, point.y);
}
