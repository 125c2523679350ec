import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Chromium } from "./chromium.js";
import { buildViewer, inkRatio, nodePosition, overlaps, waitForGraph } from "./page-helpers.js";
import { fixtureDir, serveGraph } from "./serve-graph.js";

const OUTPUT = fileURLToPath(new URL("../../../test-output/", import.meta.url));
const LONGGANG = "place:440307";

let chromium: Chromium;
let server: Server;
let url: string;
let page: Page;
let viewerDir: string;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  viewerDir = await buildViewer();
  ({ server, url } = await serveGraph(fixtureDir(), viewerDir));
  chromium = await launchChromium();
  page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Fail fast: a missing element should not eat the whole test timeout.
  page.setDefaultTimeout(5_000);
  await page.goto(url);
  await waitForGraph(page);
  // Pinyin is worked out in a worker after the graph is on the screen: the pinyin searches below need it in.
  await page.waitForFunction(() => (window as any).xiezuo.timings.pinyinAt > 0, null, { timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((done) => server?.close(done));
});

async function search(query: string): Promise<string[]> {
  await page.fill("input[type=search]", query);
  return page.locator(".results li .label").allTextContents();
}

async function selectByName(name: string): Promise<void> {
  await search(name);
  await page.locator(".results li", { has: page.locator(".label", { hasText: new RegExp(`^${name}$`) }) }).first().click();
  await expect.poll(() => page.locator(".panel h2").textContent()).toBe(name);
}

const visibleCount = () => page.evaluate(() => (window as any).xiezuo.visible.nodes.size as number);
const hash = () => page.evaluate(() => decodeURIComponent(location.hash));

describe("viewer in Chromium (fixture graph)", () => {
  it("draws the graph on the canvas", async () => {
    // An empty stage is white: drawn nodes, edges and labels cover a visible share of it.
    expect(await inkRatio(page, ".stage")).toBeGreaterThan(0.01);
    expect(await page.locator(".status").textContent()).toMatch(/18 实体 entities · 23 关系 relations/);
    expect(await page.locator(".controls [data-entity-type]").count()).toBe(11);
  });

  it("finds 龙岗区 by pinyin, initials, traditional script, name parts and place path", async () => {
    expect(await search("longgang")).toContain("龙岗区");
    expect((await search("lgq"))[0]).toBe("龙岗区");
    expect(await search("龍崗")).toContain("龙岗区");
    expect(await search("龙岗")).toEqual(expect.arrayContaining(["龙岗区", "龙岗街道", "龙岗区委"]));
    expect((await search("深圳市龙岗区"))[0]).toBe("龙岗区");
    expect(await page.locator(".results li", { hasText: "龙岗区" }).first().locator(".context").textContent()).toBe("广东省 › 深圳市");
  });

  it("moves through results with the keyboard; Escape closes them", async () => {
    await search("龙岗");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.locator(".results li.active .label").textContent()).toBe("龙岗区");
    await page.keyboard.press("Enter");
    expect(await page.locator(".panel h2").textContent()).toBe("龙岗区");
    expect(await page.locator(".results li").count()).toBe(0);
    expect(await hash()).toContain(`selected=${LONGGANG}`);
    await search("nap");
    await page.keyboard.press("Escape");
    expect(await page.locator(".results li").count()).toBe(0);
  });

  it("lifts a hovered node and its neighbours and fades the rest", async () => {
    await page.evaluate(() => (window as any).xiezuo.select(null));
    const at = await nodePosition(page, "place:451081");
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (window as any).xiezuo.renderer.getNodeDisplayData("place:451081").highlighted)).toBe(true);
    const [neighbour, far] = await page.evaluate(() => {
      const { renderer } = (window as any).xiezuo;
      return [renderer.getNodeDisplayData("place:440307").color, renderer.getNodeDisplayData("person:李晓梅").color];
    });
    expect(neighbour).not.toBe("#e4e4e4");
    expect(far).toBe("#e4e4e4");
    await page.mouse.move(5, 5);
  });

  it("opens the panel on a click: path, counts, pairing with evidence and article, amounts, links", async () => {
    const at = await nodePosition(page, LONGGANG);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator(".panel h2").textContent()).toBe("龙岗区");
    expect(await page.locator(".panel .path").textContent()).toBe("广东省 › 深圳市 › 龙岗区");
    expect(await page.locator(".panel .aliases").textContent()).toContain("龍崗");
    const pairing = page.locator('.relations[data-relation="pairs_with"]');
    expect(await pairing.locator(".relation").count()).toBe(2);
    const napo = pairing.locator(".relation", { has: page.locator('a[data-node="place:451026"]') });
    expect(await napo.locator(".ends").textContent()).toMatch(/^→ 那坡县 资金合计 600万元/);
    expect(await napo.locator(".evidence").first().textContent()).toBe("2021年5月，深圳市龙岗区与广西百色市那坡县在那坡签订新一轮结对帮扶协议。");
    expect(await napo.locator(".evidence").first().locator("mark").allTextContents()).toEqual(["龙岗区", "那坡县"]);
    expect(await napo.locator("cite").first().textContent()).toBe("龙岗区与那坡县签约深化结对帮扶 · 2021-05-18 · 示例日报 · 2021-05-longgang-napo.txt");
    expect(await page.locator('.relations[data-relation="funds"] .ends').textContent()).toContain("600万元");
    expect(await page.locator('.relations[data-relation="located_in"] .ends').first().textContent()).toMatch(/^→ 深圳市/);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, "viewer-selected.png") });
    await napo.locator("a").click();
    await expect.poll(() => page.locator(".panel h2").textContent()).toBe("那坡县");
    expect(await page.locator(".panel .path").textContent()).toBe("广西壮族自治区 › 百色市 › 那坡县");
    await selectByName("深圳市");
    expect(await page.locator('.relations[data-relation="funds"] .ends').textContent()).toContain("2.592亿元");
    await selectByName("陈立新");
    expect(await page.locator('.relations[data-relation="holds_position"] .ends').textContent()).toContain("「区委书记」");
  });

  it("hides the nodes of an entity type turned off in the legend", async () => {
    const before = await visibleCount();
    await page.locator('[data-entity-type="person"]').click();
    const people = await page.evaluate(() => {
      const { graph, renderer } = (window as any).xiezuo;
      return graph.filterNodes((_: string, a: any) => a.entityType === "person").map((n: string) => Boolean(renderer.getNodeDisplayData(n)?.hidden));
    });
    expect(people).toEqual([true, true]);
    expect(await visibleCount()).toBe(before - 2);
    expect(await hash()).toContain("hide=person");
    await page.locator('[data-entity-type="person"]').click();
    expect(await visibleCount()).toBe(before);
  });

  it("filters by relation type, minimum degree, date range and neighbourhood", async () => {
    const edges = () => page.evaluate(() => (window as any).xiezuo.visible.edges.size as number);
    await page.locator('[data-relation-type="located_in"]').click();
    expect(await edges()).toBe(23 - 12);
    await page.locator('[data-relation-type="located_in"]').click();
    await page.fill('input[aria-label="从 from"]', "2022-01-01");
    await page.locator('input[aria-label="从 from"]').dispatchEvent("change");
    // Relations stated only in 2020 or 2021 go; the pairing also stated in 2023 and undated ones stay.
    expect(await edges()).toBe(23 - 10);
    await page.fill('input[aria-label="从 from"]', "");
    await page.locator('input[aria-label="从 from"]').dispatchEvent("change");
    await page.fill('input[aria-label="最小度数 min degree"]', "4");
    await page.locator('input[aria-label="最小度数 min degree"]').dispatchEvent("change");
    expect(await visibleCount()).toBeLessThan(8);
    await page.fill('input[aria-label="最小度数 min degree"]', "0");
    await page.locator('input[aria-label="最小度数 min degree"]').dispatchEvent("change");
    await selectByName("靖西市");
    await page.selectOption('select[aria-label="邻域 neighbourhood"]', "1");
    expect(await visibleCount()).toBe(4);
    expect(await hash()).toContain("depth=1");
    await page.selectOption('select[aria-label="邻域 neighbourhood"]', "0");
    expect(await visibleCount()).toBe(18);
  });

  it("keeps the selection and filters in the URL across a reload", async () => {
    await selectByName("靖西市");
    await page.locator('[data-relation-type="located_in"]').click();
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator(".panel h2").textContent()).toBe("靖西市");
    expect(await page.locator('[data-relation-type="located_in"]').getAttribute("aria-pressed")).toBe("false");
    await page.locator('[data-relation-type="located_in"]').click();
    expect(await hash()).not.toContain("hideRel");
  });

  it("exports the visible graph as a GEXF that graphology reads back, and opens it again", async () => {
    await page.locator('[data-entity-type="person"]').click();
    const visible = await visibleCount();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-gexf"]')]);
    const file = (await download.path())!;
    const graph = parseGexf(Graph, readFileSync(file, "utf8"));
    expect(graph.order).toBe(visible);
    expect(graph.getNodeAttribute(LONGGANG, "type")).toBe("district");
    await page.locator('[data-entity-type="person"]').click();
    // The file picker: the same GEXF, opened as a user would, gives the same graph.
    await page.setInputFiles('input[type="file"]', file);
    await expect.poll(() => page.evaluate(() => (window as any).xiezuo.graph.order)).toBe(visible);
    const types = await page.evaluate(() => (window as any).xiezuo.graph.mapEdges((_: string, a: any) => a.relationType));
    expect(new Set(types)).toContain("pairs_with");
    await page.goto(url);
    await waitForGraph(page);
  });

  it("exports the view as a PNG", async () => {
    // Sigma renders the export anew on software WebGL: seconds on a loaded machine, more than the page's default wait.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.click('[data-action="export-png"]')]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5_000);
  });

  it("shows markup from an article as text and runs none of it", async () => {
    await selectByName("凌云县");
    const evidence = (await page.locator(".panel .evidence").allTextContents()).join("\n");
    expect(evidence).toContain("<img src=x onerror=alert(1)><script>window.__xss=1</script>");
    expect((await page.locator(".panel cite").allTextContents()).join("\n")).toContain("<img src=x onerror=alert(1)>宝安区帮扶凌云县");
    expect(await page.locator("img, script:not([type=module])").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("runs ForceAtlas2 in a worker, and stops and kills it", async () => {
    const positions = () => page.evaluate(() => (window as any).xiezuo.graph.mapNodes((_: string, a: any) => [a.x, a.y]));
    const before = await positions();
    await page.click('[data-action="layout"]');
    expect(await page.locator('[data-action="layout"]').getAttribute("aria-pressed")).toBe("true");
    await page.waitForTimeout(400);
    await page.click('[data-action="layout"]');
    expect(await page.locator('[data-action="layout"]').getAttribute("aria-pressed")).toBe("false");
    const after = await positions();
    expect(after).not.toEqual(before);
    await page.waitForTimeout(200);
    expect(await positions()).toEqual(after);
  });

  it("says so when ?graph= names a file that is not there", async () => {
    const other = await chromium.context.newPage();
    await other.goto(`${url}?graph=missing.json`);
    await expect.poll(() => other.locator(".status").textContent()).toContain("missing.json: HTTP 404");
    await other.close();
  });

  it.each([
    [1280, 800],
    [1920, 1080],
  ])("fits header, legend, graph and panel in %i×%i without overlap", async (width, height) => {
    await page.setViewportSize({ width, height });
    await selectByName("龙岗区");
    const boxes = [];
    for (const name of ["header", ".controls", ".stage", ".panel"]) {
      const box = await page.locator(name).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(width + 1);
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(height + 1);
      boxes.push({ name, ...box! });
    }
    expect(overlaps(boxes)).toEqual([]);
    expect(boxes.find((b) => b.name === ".stage")!.width).toBeGreaterThan(width / 2);
    // The panel scrolls inside itself; the page never does.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: join(OUTPUT, `viewer-${width}x${height}.png`) });
  });

  it("had no errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
