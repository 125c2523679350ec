#!/usr/bin/env node
/**
 * Screenshots of a build in the viewer, with headless Chromium as the browser tests and
 * `pnpm bench:viewer` drive it: the first picture (`<prefix>-overview.png`) and the picture after
 * a click on the entity named `open` (`<prefix>-expanded.png`: on an overview its place opens).
 *
 *   node packages/viewer/bench/screenshots.mjs BUILD_DIR PREFIX OPEN   e.g. out/sample docs/screens/sample 龙岗区
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGraphServer } from "@xiezuo/graph";
import { chromium } from "playwright-core";
import { build } from "vite";

const [dir, prefix, open] = process.argv.slice(2);
if (!dir || !prefix || !open) {
  console.error("usage: node packages/viewer/bench/screenshots.mjs BUILD_DIR PREFIX OPEN");
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
  const at = await page.evaluate((label) => {
    const { renderer, graph } = window.xiezuo;
    const node = graph.findNode((_n, a) => a.label === label);
    if (!node) return null;
    renderer.getCamera().setState({ ...renderer.getCamera().getState(), ...renderer.getNodeDisplayData(node), ratio: renderer.getCamera().getState().ratio });
    return node;
  }, open);
  if (!at) throw new Error(`no entity named ${open}`);
  await page.waitForTimeout(1000);
  const point = await page.evaluate((node) => {
    const { renderer } = window.xiezuo;
    const box = renderer.getCanvases().mouse.getBoundingClientRect();
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node));
    return { x: box.left + p.x, y: box.top + p.y };
  }, at);
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `${prefix}-expanded.png` });
  console.log(`${prefix}-overview.png, ${prefix}-expanded.png (${open} opened)`);
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
