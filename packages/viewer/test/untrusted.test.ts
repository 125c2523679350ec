import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Chromium } from "./chromium.js";
import { buildViewer, waitForGraph } from "./page-helpers.js";
import { FIXTURE_GRAPH, fixtureDir, serveGraph } from "./serve-graph.js";

// The viewer treats every graph file as untrusted: hostile or broken files, opened with the file
// picker or served as the build's graph, give a clear message or are shown as text; nothing runs.
let chromium: Chromium;
let server: Server;
let url: string;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const fixture = JSON.parse(readFileSync(FIXTURE_GRAPH, "utf8"));
const MARKUP = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

beforeAll(async () => {
  ({ server, url } = await serveGraph(fixtureDir(), await buildViewer()));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(5_000);
  page.on("dialog", (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(url);
  await waitForGraph(page);
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((done) => server?.close(done));
});

/** Opens a file through the file picker, as a user would, and gives the status line. */
async function open(name: string, content: string): Promise<string> {
  await page.evaluate(() => (document.querySelector(".status")!.textContent = ""));
  await page.setInputFiles('input[type="file"]', { name, mimeType: name.endsWith(".gexf") ? "application/xml" : "application/json", buffer: Buffer.from(content) }, { timeout: 20_000 });
  await expect.poll(() => page.locator(".status").textContent()).not.toBe("");
  return (await page.locator(".status").textContent()) ?? "";
}

const withNodes = (nodes: unknown[], edges: unknown[] = []) => JSON.stringify({ attributes: { name: "x", documents: [] }, nodes, edges });
const compact = (patch: Record<string, unknown>) =>
  JSON.stringify({
    format: "xiezuo-viewer", version: 1, name: "x", entityTypes: ["county"], relationTypes: ["pairs_with"], paths: [], dates: [], shards: 1, documents: 0,
    nodes: { id: ["", ""], label: ["甲县", "乙县"], type: [0, 0], x: [0, 1], y: [0, 1], size: [3, 3], rank: [1, 1], community: [0, 0], fold: [-1, -1], path: [-1, -1], shard: [0, 0], aliases: {}, code: {} },
    edges: { source: [0], target: [1], type: [0], weight: [1], amount: [0], dates: [[]], key: {} },
    ...patch,
  });

describe("hostile and broken graph files", () => {
  it.each([
    ["bad JSON", "graph.json", '{"nodes": [', /^无法读取 cannot read graph\.json: not valid JSON/],
    ["a JSON array", "graph.json", "[1, 2, 3]", /not a graph: the file holds no JSON object/],
    ["no nodes list", "graph.json", '{"nodes": 3, "edges": []}', /not a graph: no `nodes` list/],
    ["a node without a key", "graph.json", withNodes([{ attributes: { label: "甲" } }]), /node 1 has no key/],
    ["a repeated key", "graph.json", withNodes([{ key: "a" }, { key: "a" }]), /node 2: the key "a" is used twice/],
    ["an edge to a missing node", "graph.json", withNodes([{ key: "a" }], [{ source: "a", target: "b" }]), /edge 1: its target "b" is not a node of the file/],
    ["edges not a list", "graph.json", '{"nodes": [], "edges": {}}', /`edges` is not a list/],
    ["broken XML", "graph.gexf", "<gexf><graph><nodes><node id='a'></nodes>", /not well-formed XML/],
    ["XML that is not GEXF", "graph.gexf", "<svg xmlns='http://www.w3.org/2000/svg'/>", /not a GEXF file: its root element is <svg>/],
    ["a viewer file of another version", "viewer.json", compact({ version: 9 }), /viewer file version 9 is not one this viewer reads/],
    ["a viewer file with a short column", "viewer.json", compact({ nodes: { ...JSON.parse(compact({})).nodes, x: [0] } }), /nodes\.x has 1 entries for 2 nodes/],
    ["a viewer file pointing outside its nodes", "viewer.json", compact({ edges: { ...JSON.parse(compact({})).edges, target: [7] } }), /edge 0 target points to 7, outside 0…1/],
    ["a viewer file without edges", "viewer.json", compact({ edges: "none" }), /`nodes` or `edges` is missing/],
  ])("%s gives a clear message", async (_what, name, content, message) => {
    const status = await open(name, content);
    expect(status).toMatch(message);
    expect(await page.locator(".status").getAttribute("class")).toContain("error");
  });

  it("a file of odd values still opens: wrong types become text or defaults, bad evidence is dropped", async () => {
    const nodes = [
      { key: "a", attributes: { label: { nested: true }, type: 42, x: "far", y: null, size: -Infinity, aliases: "not a list", placePath: [1, { a: 1 }, "某省"] } },
      { key: "b", attributes: { label: "乙", type: "county", x: 1, y: 1 } },
    ];
    const edges = [{ key: "e", source: "a", target: "b", attributes: { type: "funds", amountYuan: "lots", evidence: [{ sentence: 5 }, "x", { document: "d", sentence: "甲向乙捐款。", start: 0, end: 6, sourceSpan: "bad", targetSpan: [3, 4] }] } }];
    expect(await open("odd.json", withNodes(nodes, edges))).toMatch(/^2 实体 entities · 1 关系 relations/);
    const [a, evidence] = await page.evaluate(() => {
      const { graph } = (window as any).xiezuo;
      return [graph.getNodeAttributes("a"), graph.getEdgeAttribute("e", "evidence")];
    });
    expect([typeof a.label, a.entityType, Number.isFinite(a.x), a.aliases, a.placePath]).toEqual(["string", "42", true, [], ["1", "某省"]]);
    expect(evidence.map((e: any) => e.sentence)).toEqual(["甲向乙捐款。"]);
    await page.evaluate(() => (window as any).xiezuo.select("b"));
    await expect.poll(() => page.locator(".panel .evidence").allTextContents()).toEqual(["甲向乙捐款。"]);
  });

  it("shows markup in labels, aliases, titles, rules and sentences as text, and cuts huge strings", async () => {
    const huge = "长".repeat(200_000);
    const graph = structuredClone(fixture);
    const node = graph.nodes.find((n: any) => n.key === "place:440307");
    node.attributes.label = `${MARKUP}龙岗区`;
    node.attributes.aliases = [MARKUP, huge];
    const edge = graph.edges.find((e: any) => e.source === "place:440307" && e.attributes.type === "pairs_with");
    edge.attributes.rule = MARKUP;
    edge.attributes.confidence = 0.75;
    edge.attributes.evidence[0].sentence = `${MARKUP}${huge}`;
    graph.nodes.push({ key: "huge", attributes: { label: huge, type: "person", x: 0, y: 0 } });
    await open("hostile.json", JSON.stringify(graph));
    await page.fill("input[type=search]", "龙岗区");
    const hit = page.locator('.results li[data-node="place:440307"]');
    expect(await hit.locator(".label").textContent()).toBe(`${MARKUP}龙岗区`);
    await hit.click();
    expect(await page.locator(".panel h2").textContent()).toBe(`${MARKUP}龙岗区`);
    expect(await page.locator(".panel .aliases").textContent()).toContain(MARKUP);
    expect(await page.locator('.relations[data-relation="pairs_with"] .rule').first().textContent()).toBe(`规则 rule: ${MARKUP} · 置信度 confidence 0.75`);
    const sentence = (await page.locator('.relations[data-relation="pairs_with"] .evidence').allTextContents()).find((t) => t.startsWith(MARKUP))!;
    expect(sentence.length).toBeLessThan(5_000);
    expect(await page.evaluate(() => (window as any).xiezuo.graph.getNodeAttribute("huge", "label").length)).toBeLessThanOrEqual(120);
    expect(await page.locator("img, script:not([type=module])").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("a hostile evidence shard is checked too: bad entries dropped, markup shown as text", async () => {
    const shard = {
      documents: { "doc:1": { file: MARKUP, title: MARKUP, date: 7, source: null } },
      nodes: { 0: { mentions: "x", documents: 2, edges: { 0: { evidence: [{ document: "doc:1", sentence: `${MARKUP}甲县与乙县结对。`, start: 0, sourceSpan: [0, 1e9], targetSpan: null }, { sentence: {} }], rule: MARKUP } }, 99: { edges: { 5: {} } } } },
    };
    await page.route("**/evidence/0.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(shard) }));
    await open("viewer.json", compact({}));
    await page.evaluate(() => (window as any).xiezuo.select("county:甲县"));
    await expect.poll(() => page.locator(".panel .evidence").allTextContents()).toEqual([`${MARKUP}甲县与乙县结对。`]);
    expect(await page.locator(".panel cite").textContent()).toContain(MARKUP);
    expect(await page.locator(".panel .relation > .rule").textContent()).toBe(`规则 rule: ${MARKUP}`);
    expect(await page.locator("img, script:not([type=module])").count()).toBe(0);
    await page.unroute("**/evidence/0.json");
  });

  it("a shard that is not JSON says the evidence is unavailable, and the page goes on", async () => {
    await page.route("**/evidence/0.json", (route) => route.fulfill({ contentType: "application/json", body: "<html>" }));
    await open("viewer2.json", compact({ name: "y" }));
    await page.evaluate(() => (window as any).xiezuo.select("county:乙县"));
    await expect.poll(() => page.locator(".panel .error").textContent()).toMatch(/^证据不可用 evidence unavailable/);
    expect(await page.locator(".panel h2").textContent()).toBe("乙县");
    await page.unroute("**/evidence/0.json");
  });

  it("a hostile build folder file gives the same clear message as a hostile file opened", async () => {
    const other = await chromium.context.newPage();
    await other.route("**/viewer.json", (route) => route.fulfill({ status: 404, body: "" }));
    await other.route("**/graph.json", (route) => route.fulfill({ contentType: "application/json", body: '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "zz"}]}' }));
    await other.goto(url);
    await expect.poll(() => other.locator(".status").textContent()).toBe('无法读取 cannot read graph.json: edge 1: its target "zz" is not a node of the file');
    await other.close();
  });

  it("a broken or lying overview.json is only a first picture: the page opens the folder's graph as it is", async () => {
    const clean = await chromium.context.newPage();
    await clean.goto(url);
    await waitForGraph(clean);
    const expected = await clean.locator(".status").textContent();
    await clean.close();
    // One place with markup for a name, claiming a graph of 99,999 entities (a preview is drawn), and one that is not a viewer file at all.
    const lying = {
      format: "xiezuo-viewer", version: 1, name: "x", entityTypes: ["city"], relationTypes: [], paths: [], dates: [], shards: 0, documents: 0,
      overview: { entities: 99_999, relations: 5, drawnRelations: 0 },
      nodes: { id: ["city:x"], label: ["<img src=x onerror=alert(1)>"], type: [0], x: [0], y: [0], size: [3], rank: [1], community: [0], fold: [-1], path: [-1], shard: [0], aliases: {}, code: {}, folded: [7], degree: [1] },
      edges: { source: [], target: [], type: [], weight: [], amount: [], dates: [], key: {} },
    };
    for (const body of [JSON.stringify(lying), '{"format": "xiezuo-viewer", "version": 1, "overview": {"entities": 99999}, "nodes": {"label": [1]}}']) {
      const other = await chromium.context.newPage();
      const errors: string[] = [];
      other.on("pageerror", (error) => errors.push(error.message));
      other.on("dialog", (dialog) => (errors.push(`dialog: ${dialog.message()}`), void dialog.dismiss()));
      await other.route("**/overview.json", (route) => route.fulfill({ contentType: "application/json", body }));
      await other.goto(url);
      await waitForGraph(other);
      await expect.poll(() => other.locator(".status").textContent()).toBe(expected);
      expect(await other.evaluate(() => (window as any).xiezuo.drawn.hasNode("city:x"))).toBe(false);
      expect(errors).toEqual([]);
      await other.close();
    }
  });

  it("a file opened while the camera still flies to a chosen node replaces the picture without an error", async () => {
    await open("fixture.json", JSON.stringify(fixture));
    const before = pageErrors.length;
    await page.fill("input[type=search]", "龙岗区");
    // A click on a search result zooms to the node in 400 ms; the next file is on the screen sooner.
    await page.locator('.results li[data-node="place:440307"]').click();
    expect(await open("other.json", compact({ name: "z" }))).toMatch(/^2 实体 entities/);
    await page.waitForTimeout(600);
    expect(pageErrors.slice(before)).toEqual([]);
  });

  it("had no errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
