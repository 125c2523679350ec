import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "@xiezuo/extract";
import { buildGraph, enrichGraph, toJson } from "@xiezuo/graph";
import { launchChromium } from "./chromium.js";
import { serveGraph } from "./serve-graph.js";

const OUTPUT = fileURLToPath(new URL("../../../test-output/", import.meta.url));

/** Articles written for this test: a pairing in both scripts, and one whose text carries markup. */
const ARTICLES: Record<string, string> = {
  "pairing.txt": "深圳市龙岗区与广西百色市靖西市结对帮扶。龙岗区向靖西市捐赠300万元，用于乡村学校建设。区委书记王建军到靖西市调研。",
  "traditional.txt": "龍崗區與那坡縣攜手推進協作，龍崗區向那坡縣捐贈200萬元。",
  "markup.txt": "宝安区与凌云县结对帮扶。宝安区向凌云县捐赠500万元<img src=x onerror=alert(1)><script>window.__xss=1</script>用于产业发展。",
};

let browser: Browser;
let server: Server;
let url: string;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-viewer-"));
  mkdirSync(join(dir, "articles"));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, "articles", name), text);
  const graph = enrichGraph(buildGraph(await extract([join(dir, "articles")]), { name: "viewer-test" }), { iterations: 50 });
  writeFileSync(join(dir, "graph.json"), toJson(graph));
  ({ server, url } = await serveGraph(dir));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as any).xiezuo?.renderer !== undefined, null, { timeout: 20_000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function search(query: string): Promise<string[]> {
  await page.fill("input[type=search]", query);
  return page.locator(".results li").allTextContents();
}

async function selectByName(name: string): Promise<void> {
  await search(name);
  await page.locator(".results li", { hasText: name }).first().click();
}

describe("viewer in Chromium", () => {
  it("renders the graph on the canvas", async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const shot = await page.locator(".stage").screenshot();
    await page.addStyleTag({ content: ".stage canvas { visibility: hidden; }" });
    const blank = await page.locator(".stage").screenshot();
    await page.evaluate(() => document.head.lastElementChild?.remove());
    // Drawn nodes, edges and labels make a much bigger PNG than the empty stage.
    expect(shot.length).toBeGreaterThan(blank.length * 3);
    const shown = await page.evaluate(() => {
      const { graph, renderer } = (window as any).xiezuo;
      return graph.nodes().filter((n: string) => renderer.getNodeDisplayData(n) && !renderer.getNodeDisplayData(n).hidden).length;
    });
    expect(shown).toBeGreaterThan(5);
  });

  it("finds 龙岗区 by pinyin, initials and traditional script", async () => {
    expect(await search("longgang")).toContain("龙岗区");
    expect(await search("lgq")).toContain("龙岗区");
    expect(await search("龍崗")).toContain("龙岗区");
  });

  it("moves through results with the keyboard", async () => {
    await search("龙岗");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.locator(".panel h2").textContent()).toBe("龙岗区");
    expect(await page.evaluate(() => location.hash)).toContain("selected=");
  });

  it("shows the selected entity's pairing with its evidence sentence", async () => {
    await selectByName("龙岗区");
    const pairing = page.locator('.relations[data-relation="pairs_with"]');
    await expect.poll(() => pairing.count()).toBe(1);
    expect((await pairing.locator(".evidence").allTextContents()).join("\n")).toContain("结对帮扶");
    expect(await pairing.locator("mark").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".panel .path").textContent()).toMatch(/深圳市 › 龙岗区$/);
    await page.screenshot({ path: join(OUTPUT, "viewer-selected.png") });
  });

  it("hides the nodes of a type turned off in the legend", async () => {
    await page.locator('[data-entity-type="person"]').click();
    const people = await page.evaluate(() => {
      const { graph, renderer } = (window as any).xiezuo;
      return graph.filterNodes((_: string, a: any) => a.entityType === "person").map((n: string) => Boolean(renderer.getNodeDisplayData(n)?.hidden));
    });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every(Boolean)).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain("hide=person");
    await page.locator('[data-entity-type="person"]').click();
  });

  it("exports the visible graph as a GEXF that graphology reads back", async () => {
    await page.locator('[data-entity-type="person"]').click();
    const visible = await page.evaluate(() => (window as any).xiezuo.visible.nodes.size);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-gexf"]')]);
    const file = await download.path();
    const graph = parseGexf(Graph, readFileSync(file!, "utf8"));
    expect(graph.order).toBe(visible);
    await page.locator('[data-entity-type="person"]').click();
    expect(pageErrors).toEqual([]);
  });

  it("shows markup from an article as text and runs none of it", async () => {
    await selectByName("凌云县");
    const evidence = await page.locator(".panel .evidence").allTextContents();
    expect(evidence.join("\n")).toContain("<img src=x onerror=alert(1)>");
    expect(evidence.join("\n")).toContain("<script>window.__xss=1</script>");
    expect(await page.locator(".panel img, .panel script").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("keeps the selection and filters in the URL across a reload", async () => {
    await selectByName("靖西市");
    await page.locator('[data-relation-type="located_in"]').click();
    await page.reload();
    await page.waitForFunction(() => (window as any).xiezuo?.renderer !== undefined);
    expect(await page.locator(".panel h2").textContent()).toBe("靖西市");
    expect(await page.locator('[data-relation-type="located_in"]').getAttribute("aria-pressed")).toBe("false");
    await page.locator('[data-relation-type="located_in"]').click();
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const before = await page.evaluate(() => {
      const { graph } = (window as any).xiezuo;
      return graph.mapNodes((_: string, a: any) => [a.x, a.y]);
    });
    await page.click('[data-action="layout"]');
    await page.waitForTimeout(500);
    await page.click('[data-action="layout"]');
    expect(await page.locator('[data-action="layout"]').textContent()).toContain("ForceAtlas2");
    const after = await page.evaluate(() => (window as any).xiezuo.graph.mapNodes((_: string, a: any) => [a.x, a.y]));
    expect(after).not.toEqual(before);
  });

  it.each([
    [1280, 800],
    [1920, 1080],
  ])("lays out header, legend, graph and panel without overlap at %i×%i", async (width, height) => {
    await page.setViewportSize({ width, height });
    const boxes = await Promise.all(["header", ".controls", ".stage", ".panel"].map((s) => page.locator(s).boundingBox()));
    for (const box of boxes) {
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height + 1);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        expect(overlapX <= 1 || overlapY <= 1, `boxes ${i} and ${j} overlap`).toBe(true);
      }
    }
  });
});
