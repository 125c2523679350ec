import { mkdtempSync, readFileSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCorpus } from "../../../bench/generate-corpus.mjs";
import { registerBuild } from "../../graph/src/cli/commands/build.js";
import { graphFromCompact } from "../src/graph/compact.js";
import { launchChromium, type Chromium } from "./chromium.js";
import { overlappingLabels } from "./labels.js";
import { buildViewer, inkRatio, nodePosition, waitForGraph } from "./page-helpers.js";
import { serveGraph } from "./serve-graph.js";

/** Generated articles: enough for a graph well above the overview threshold, few enough for CI's two cores. */
const ARTICLES = Number(process.env.VIEWER_BIG_ARTICLES ?? 1500);

let chromium: Chromium;
let server: Server;
let url: string;
let page: Page;
let out: string;
const pageErrors: string[] = [];
/** Paths the page asked the server for, its workers' requests (viewer.json is fetched in one) included. */
const requested: string[] = [];

const xiezuo = <T>(fn: string): Promise<T> => page.evaluate(`(() => { const x = window.xiezuo; return ${fn}; })()`) as Promise<T>;

// A generated corpus through the real `xiezuo build`, then served: the big-graph path of the viewer end to end.
beforeAll(async () => {
  const corpus = mkdtempSync(join(tmpdir(), "xiezuo-big-corpus-"));
  generateCorpus({ articles: ARTICLES, seed: 11, outDir: corpus });
  out = mkdtempSync(join(tmpdir(), "xiezuo-big-build-"));
  const program = new Command().exitOverride();
  registerBuild(program);
  const quiet = vi.spyOn(console, "log").mockImplementation(() => {});
  await program.parseAsync(["node", "xiezuo", "build", corpus, "--out", out, "--iterations", "20"]);
  quiet.mockRestore();
  ({ server, url } = await serveGraph(out, await buildViewer()));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => void requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await waitForGraph(page);
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((done) => server?.close(done));
});

/** A node of the whole graph that is folded away on the current overview, with a name search finds it by. */
async function foldedPerson(): Promise<{ key: string; label: string }> {
  return xiezuo(`(() => {
    const key = x.graph.findNode((n, a) => a.entityType === "person" && a.fold !== null && !x.drawn.hasNode(n) && x.graph.degree(n) > 1);
    return { key, label: x.graph.getNodeAttribute(key, "label") };
  })()`);
}

describe(`viewer on a build of ${ARTICLES} generated articles`, () => {
  it("transfers the small overview.json first, then the compact file, a fraction of graph.json", async () => {
    const viewerBytes = statSync(join(out, "viewer.json")).size;
    expect(viewerBytes).toBeLessThan(statSync(join(out, "graph.json")).size / 4);
    expect(statSync(join(out, "overview.json")).size).toBeLessThan(viewerBytes / 10);
    expect(requested.filter((path) => /\.json$/.test(path))).toEqual(["/overview.json", "/viewer.json"]);
    // The first frame is drawn from overview.json, before viewer.json has arrived.
    const timings = await xiezuo<{ overviewAt: number; labelsAt: number; fetchedAt: number }>("x.timings");
    expect(timings.overviewAt).toBeGreaterThan(0);
    expect(timings.labelsAt).toBeLessThan(timings.fetchedAt);
  });

  it("draws from overview.json the overview the whole graph gives: same places, counts and ties in view", async () => {
    const file = JSON.parse(readFileSync(join(out, "overview.json"), "utf8"));
    const { graph: fromFile, overview } = graphFromCompact(file);
    const shown = await xiezuo<{ nodes: [string, number][]; edges: string[] }>(`({
      nodes: x.drawn.mapNodes((n, a) => [n, a.folded]),
      edges: [...x.visible.edges],
    })`);
    expect(new Map(shown.nodes)).toEqual(overview!.folded);
    expect(shown.edges.sort()).toEqual(fromFile.edges().sort());
    expect(overview!.entities).toBe(await xiezuo<number>("x.graph.order"));
  });

  it("gives sigma the drawn nodes and only the edges in view; a hovered place lifts its quiet ones too, on the hover layer", async () => {
    const count = () => xiezuo<{ nodes: number; edges: string[]; drawn: number; inView: number }>(
      "({ nodes: x.renderer.getGraph().order, edges: x.renderer.getGraph().edges(), drawn: x.drawn.order, inView: x.visible.edges.size })");
    const before = await count();
    expect(before.nodes).toBe(before.drawn);
    expect(before.edges.length).toBe(before.inView);
    expect(await xiezuo<number>("x.drawn.size")).toBeGreaterThan(before.inView);
    // The place with the most quiet edges, hovered with the real pointer.
    const hub = await xiezuo<string>("x.drawn.nodes().sort((a, b) => x.drawn.edges(b).filter((e) => x.visible.quiet.has(e)).length - x.drawn.edges(a).filter((e) => x.visible.quiet.has(e)).length)[0]");
    const ties = await xiezuo<{ quiet: string[]; inView: string[] }>(`({
      quiet: x.drawn.edges(${JSON.stringify(hub)}).filter((e) => x.visible.quiet.has(e)),
      inView: x.drawn.edges(${JSON.stringify(hub)}).filter((e) => x.visible.edges.has(e)),
    })`);
    expect(ties.quiet.length).toBeGreaterThan(0);
    const at = await nodePosition(page, hub);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => xiezuo<string[]>("x.hoverEdges").then((edges) => edges.sort())).toEqual([...ties.quiet, ...ties.inView].sort());
    // Sigma's own graph, and so its WebGL layers, do not change on hover.
    expect((await count()).edges.sort()).toEqual(before.edges.sort());
    expect(await page.locator(".stage").getAttribute("class")).toContain("dimmed");
    // Off the node, onto an empty corner of the stage.
    const stage = (await page.locator(".stage").boundingBox())!;
    await page.mouse.move(stage.x + 3, stage.y + 3);
    await expect.poll(() => xiezuo<number>("x.hoverEdges.length")).toBe(0);
    expect(await page.locator(".stage").getAttribute("class")).not.toContain("dimmed");
  });

  it("opens on an overview of places, with the rest folded into them", async () => {
    const [order, drawn] = await Promise.all([xiezuo<number>("x.graph.order"), xiezuo<number>("x.drawn.order")]);
    expect(order).toBeGreaterThan(3000);
    expect(drawn).toBeLessThan(order / 3);
    expect(await page.locator(".status").textContent()).toMatch(/概览 overview: \d+ shown/);
    expect(await inkRatio(page, ".stage")).toBeGreaterThan(0.01);
    // Every drawn node is a place or stands for entities folded into nothing else.
    const types = await xiezuo<Record<string, number>>(`x.drawn.reduceNodes((c, n, a) => (c[a.entityType] = (c[a.entityType] ?? 0) + 1, c), {})`);
    expect((types.province ?? 0) + (types.city ?? 0)).toBeGreaterThan(drawn / 2);
    // A map, not a ball of wool: each place keeps its few heaviest relations in view.
    const shown = await xiezuo<number>("x.visible.edges.size");
    expect(shown).toBeLessThanOrEqual(4 * drawn);
  });

  it("draws no two labels over each other, on the overview and zoomed in", async () => {
    for (const ratio of [1, 0.3, 0.08]) {
      // Listen first, then move the camera: the frame it causes must not be missed.
      await page.evaluate((r) => {
        const { renderer, drawn: shownGraph } = (window as any).xiezuo;
        const drawn = new Promise((done) => renderer.once("afterRender", done));
        // Zoomed in, look at the biggest drawn node's neighbourhood: the middle of the frame may be empty sea.
        let centre = { x: 0.5, y: 0.5 };
        if (r < 1) {
          let biggest = -1;
          shownGraph.forEachNode((node: string) => {
            const data = renderer.getNodeDisplayData(node);
            if (data && !data.hidden && data.size > biggest) (biggest = data.size), (centre = { x: data.x, y: data.y });
          });
        }
        renderer.getCamera().setState({ ...centre, ratio: r, angle: 0 });
        // The camera may already be there (no event then): a refresh always draws a frame.
        renderer.refresh();
        return drawn;
      }, ratio);
      const boxes = await xiezuo<any[]>("x.labels");
      // Zoomed in twelvefold only a handful of nodes are in the frame at all: labels there, and none on another.
      expect(boxes.length, `labels at ratio ${ratio}`).toBeGreaterThan(ratio < 0.1 ? 0 : 3);
      expect(overlappingLabels(boxes), `ratio ${ratio}`).toEqual([]);
    }
  });

  it("widens lines half as fast as discs when zoomed in: by the fourth root of the zoom", async () => {
    const widthAt = (ratio: number) =>
      page.evaluate((r) => {
        const { renderer, drawn: shownGraph } = (window as any).xiezuo;
        renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: r, angle: 0 });
        const edge = shownGraph.edges().sort().find((e: string) => renderer.getEdgeDisplayData(e) && !renderer.getEdgeDisplayData(e).hidden);
        return { edge, size: renderer.getEdgeDisplayData(edge).size, raw: shownGraph.getEdgeAttribute(edge, "size") };
      }, ratio);
    const wide = await widthAt(1);
    expect(wide.size).toBeGreaterThan(0);
    // The lines are re-sized in the frame after the camera moved: until then they keep their width.
    await expect.poll(async () => (await widthAt(0.08)).size / wide.size).toBeCloseTo(0.08 ** 0.25, 2);
    await expect.poll(async () => (await widthAt(1)).size).toBeCloseTo(wide.size, 5);
  });

  it("finds a folded person by name, opens what holds it and shows its evidence", async () => {
    const person = await foldedPerson();
    await page.fill("input[type=search]", person.label);
    await page.locator(`.results li[data-node="${person.key}"]`).click();
    await expect.poll(() => xiezuo<boolean>(`x.drawn.hasNode(${JSON.stringify(person.key)})`)).toBe(true);
    expect(await page.locator(".panel h2").textContent()).toBe(person.label);
    await expect.poll(() => page.locator(".panel .evidence").count()).toBeGreaterThan(0);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain("open=");
  });

  it("expands a place on a click: what was folded into it is drawn, and the panel says so", async () => {
    await page.evaluate(() => (location.hash = ""));
    await expect.poll(() => xiezuo<number>("x.drawn.order")).toBeLessThan(await xiezuo<number>("x.graph.order") / 3);
    // The overview is a map of provinces and cities; a city holds its districts and counties.
    const place = await xiezuo<string>(`x.drawn.findNode((n, a) => a.entityType === "city" && a.folded > 3)`);
    const before = await xiezuo<number>("x.drawn.order");
    const at = await nodePosition(page, place);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => xiezuo<number>("x.drawn.order")).toBeGreaterThan(before);
    const opened = await xiezuo<string[]>(`x.drawn.filterNodes((n, a) => a.fold === ${JSON.stringify(place)}).map((n) => x.drawn.getNodeAttribute(n, "entityType"))`);
    expect(opened.length).toBeGreaterThan(0);
    expect(await page.locator('.panel [data-action="expand"]').getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".panel .folded a").count()).toBeGreaterThan(0);
    await page.locator('.panel [data-action="expand"]').click();
    await expect.poll(() => xiezuo<number>("x.drawn.order")).toBe(before);
  });

  it("writes three sentences of a relation at once, and the others on a click", async () => {
    // The best-connected places: one of them has a relation stated in more than three sentences.
    const hubs = await xiezuo<string[]>(`x.drawn.nodes().sort((m, n) => x.graph.degree(n) - x.graph.degree(m)).slice(0, 10)`);
    let checked = false;
    for (const hub of hubs) {
      await page.evaluate((node) => (window as any).xiezuo.select(node), hub);
      await expect.poll(() => page.locator(".panel .loading").count()).toBe(0);
      const index = await page.evaluate(() => [...document.querySelectorAll(".panel .relation")].findIndex((r) => r.querySelector(".more-evidence")));
      if (index < 0) continue;
      const relation = page.locator(".panel .relation").nth(index);
      expect(await relation.locator(".evidence").count()).toBe(3);
      const rest = Number(/\d+/.exec((await relation.locator(".more-evidence").textContent())!)![0]);
      expect(rest).toBeGreaterThan(0);
      await relation.locator(".more-evidence").click();
      expect(await relation.locator(".evidence").count()).toBe(3 + rest);
      expect(await relation.locator(".more-evidence").count()).toBe(0);
      checked = true;
      break;
    }
    expect(checked).toBe(true);
  });

  it("fetches the evidence shard of a node the pointer rests on, before any click", async () => {
    await page.evaluate(() => (window as any).xiezuo.select(null));
    const fetched = async () => requested.filter((path) => path.startsWith("/evidence/"));
    const before = await fetched();
    // A drawn place whose shard has not been fetched, with no other place near it on the screen.
    const place = await xiezuo<string>(`(() => {
      const shardOf = (n) => "/evidence/" + x.graph.getNodeAttribute(n, "shard") + ".json";
      const done = new Set(${JSON.stringify(before)});
      const shown = x.drawn.filterNodes((n) => x.visible.nodes.has(n));
      const room = (n) => Math.min(...shown.filter((m) => m !== n).map((m) => Math.hypot(x.drawn.getNodeAttribute(m, "x") - x.drawn.getNodeAttribute(n, "x"), x.drawn.getNodeAttribute(m, "y") - x.drawn.getNodeAttribute(n, "y"))));
      return shown.filter((n) => !done.has(shardOf(n))).sort((m, n) => room(n) - room(m))[0];
    })()`);
    const shard = await xiezuo<number>(`x.graph.getNodeAttribute(${JSON.stringify(place)}, "shard")`);
    const at = await nodePosition(page, place);
    await page.mouse.move(at.x, at.y);
    await expect.poll(fetched).toContain(`/evidence/${shard}.json`);
    expect(await page.evaluate(() => location.hash)).not.toContain("selected=");
    await page.mouse.move(1, 1);
  });

  it("filters and neighbourhoods work on the overview, and the URL keeps them across a reload", async () => {
    const place = await xiezuo<string>(`x.drawn.findNode((n, a) => a.entityType === "city" && x.drawn.degree(n) > 1)`);
    await page.evaluate((node) => (window as any).xiezuo.select(node), place);
    await page.selectOption('select[aria-label="邻域 neighbourhood"]', "1");
    const near = await xiezuo<number>("x.visible.nodes.size");
    expect(near).toBeGreaterThan(1);
    expect(near).toBeLessThan(await xiezuo<number>("x.drawn.order"));
    await page.selectOption('select[aria-label="邻域 neighbourhood"]', "0");
    await page.locator('[data-entity-type="city"]').click();
    const cities = await xiezuo<boolean[]>(`x.drawn.filterNodes((n, a) => a.entityType === "city").map((n) => x.visible.nodes.has(n))`);
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.every((shown) => !shown)).toBe(true);
    const person = await foldedPerson();
    await page.evaluate((node) => (window as any).xiezuo.select(node), person.key);
    await page.reload();
    await waitForGraph(page);
    expect(await page.locator(".panel h2").textContent()).toBe(person.label);
    expect(await xiezuo<boolean>(`x.drawn.hasNode(${JSON.stringify(person.key)})`)).toBe(true);
    expect(await page.locator('[data-entity-type="city"]').getAttribute("aria-pressed")).toBe("false");
  });

  it("had no errors on the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
