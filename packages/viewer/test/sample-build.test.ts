import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerBuild } from "../../graph/src/cli/commands/build.js";
import { launchChromium, type Chromium } from "./chromium.js";
import { buildViewer, inkRatio, waitForGraph } from "./page-helpers.js";
import { serveGraph } from "./serve-graph.js";

const CORPUS = fileURLToPath(new URL("../../../examples/corpus/", import.meta.url));

let chromium: Chromium;
let out: string;
let server: Server;
let url: string;
let page: Page;
const pageErrors: string[] = [];
/** Paths the page asked the server for, its workers' requests (viewer.json is fetched in one) included. */
const requested: string[] = [];

// The sample corpus through the real `xiezuo build` (extraction, graph, metrics, layout, files), then served.
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "xiezuo-sample-"));
  const program = new Command().exitOverride();
  registerBuild(program);
  const quiet = vi.spyOn(console, "log").mockImplementation(() => {});
  await program.parseAsync(["node", "xiezuo", "build", CORPUS, "--out", out, "--iterations", "50"]);
  quiet.mockRestore();
  ({ server, url } = await serveGraph(out, await buildViewer()));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(5_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => void requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await waitForGraph(page);
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((done) => server?.close(done));
});

describe("viewer on the sample corpus built by xiezuo build", () => {
  it("draws the graph", async () => {
    expect(await page.evaluate(() => (window as any).xiezuo.graph.order)).toBeGreaterThan(20);
    expect(await inkRatio(page, ".stage")).toBeGreaterThan(0.01);
  });

  it("opens on the compact viewer.json, which holds no evidence sentence", async () => {
    expect(requested).toContain("/viewer.json");
    expect(requested).not.toContain("/graph.json");
    expect(requested.filter((path) => path.startsWith("/evidence/"))).toEqual([]);
    expect(readFileSync(join(out, "viewer.json"), "utf8")).not.toContain("sentence");
  });

  it("finds a helper by pinyin initials and shows its pairing with the evidence sentence, fetched when opened", async () => {
    // The evidence is read from graph.json on disk: the page has none of it until a node is opened.
    const built = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const edge = built.edges.find((e: any) => e.attributes.type === "pairs_with" && e.attributes.evidence.length > 0);
    const source = built.nodes.find((n: any) => n.key === edge.source);
    const pairing = { label: source.attributes.label, node: edge.source, sentence: edge.attributes.evidence[0].sentence };
    const { pinyinForms } = await import("@xiezuo/graph/pinyin");
    await page.fill("input[type=search]", pinyinForms(pairing.label)[1]);
    await page.locator(`.results li[data-node="${pairing.node}"]`).click();
    expect(await page.locator(".panel h2").textContent()).toBe(pairing.label);
    await expect.poll(() => page.locator('.relations[data-relation="pairs_with"] .evidence').allTextContents()).toContain(pairing.sentence);
    expect(requested.filter((path) => path.startsWith("/evidence/")).length).toBe(1);
    expect(await page.locator('.relations[data-relation="pairs_with"] .evidence mark').count()).toBeGreaterThanOrEqual(1);
  });

  it("reads the build's graph.gexf into the same graph as its graph.json", async () => {
    const fromJson = await page.evaluate(() => {
      const { graph } = (window as any).xiezuo;
      return { order: graph.order, size: graph.size, types: graph.mapNodes((n: string, a: any) => `${n} ${a.entityType}`).sort() };
    });
    await page.goto(`${url}?graph=graph.gexf`);
    await waitForGraph(page);
    const fromGexf = await page.evaluate(() => {
      const { graph } = (window as any).xiezuo;
      return { order: graph.order, size: graph.size, types: graph.mapNodes((n: string, a: any) => `${n} ${a.entityType}`).sort(), relations: graph.mapEdges((_: string, a: any) => a.relationType) };
    });
    expect({ order: fromGexf.order, size: fromGexf.size, types: fromGexf.types }).toEqual(fromJson);
    expect(fromGexf.relations).toContain("pairs_with");
    expect(pageErrors).toEqual([]);
  });
});
