import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "@xiezuo/extract";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../../../../bench/generate-corpus.mjs";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { OVERVIEW_FROM } from "../formats/foldParents.js";
import { toViewerFiles } from "../formats/viewerFile.js";
import type { OverviewFile } from "../formats/overviewFile.js";
import { discSize, discSpread } from "./discSize.js";
import { enrichGraph } from "./enrichGraph.js";
import { REFERENCE_PIXELS, separateOverviewDiscs } from "./separateOverviewDiscs.js";

/**
 * The pairs of discs that overlap in a picture whose larger side spans REFERENCE_PIXELS, each
 * disc sized as the page sizes it (rank share among the drawn nodes, entities folded into it).
 */
function overlaps(points: { x: number; y: number; share: number; folded: number }[]): [number, number][] {
  const spread = discSpread(points.length);
  const radius = points.map((p) => discSize(p.share, p.folded, spread));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const unit = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / REFERENCE_PIXELS;
  const found: [number, number][] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < (radius[i]! + radius[j]!) * unit) found.push([i, j]);
  return found;
}

/** The discs of an overview.json, as the page draws them first. */
function discsOf(overview: OverviewFile) {
  const maxRank = Math.max(...overview.nodes.rank) || 1;
  return overview.nodes.label.map((_, i) => ({ x: overview.nodes.x[i]!, y: overview.nodes.y[i]!, share: overview.nodes.rank[i]! / maxRank, folded: overview.nodes.folded[i]! }));
}

describe("the overview of a build of generated articles", () => {
  let dir: string;
  let overview: OverviewFile;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "xiezuo-discs-"));
    generateCorpus({ articles: 450, seed: 4, outDir: dir });
    const graph = enrichGraph(buildGraph(await extract([dir])));
    expect(graph.order).toBeGreaterThanOrEqual(OVERVIEW_FROM);
    overview = JSON.parse(toViewerFiles(graph).files.get("overview.json")!);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("has no two discs overlapping, sized as the page sizes them", () => {
    const discs = discsOf(overview);
    expect(discs.length).toBeGreaterThan(50);
    expect(overlaps(discs)).toEqual([]);
  });
});

describe("separateOverviewDiscs", () => {
  /** Places piled on one point and around it, each holding a few entities placed beside it. */
  function piled() {
    const graph = createGraph("piled");
    const parents = new Map<string, string | null>();
    for (let i = 0; i < 30; i++) {
      const place = `place:${i}`;
      graph.addNode(place, { label: place, type: "city", aliases: [], placePath: [], mentions: 1, documents: [], x: i % 3, y: 0, pagerank: 1 + i });
      parents.set(place, null);
      for (let k = 0; k < 3; k++) {
        graph.addNode(`${place}/${k}`, { label: `${place}/${k}`, type: "company", aliases: [], placePath: [], mentions: 1, documents: [], x: (i % 3) + k, y: 1, pagerank: 0 });
        parents.set(`${place}/${k}`, place);
      }
    }
    // One far away: the picture is wide, and the piled ones are tiny dots in it.
    graph.addNode("place:far", { label: "far", type: "city", aliases: [], placePath: [], mentions: 1, documents: [], x: 1000, y: 1000, pagerank: 1 });
    parents.set("place:far", null);
    return { graph, parents };
  }
  const discs = (graph: ReturnType<typeof piled>["graph"], parents: Map<string, string | null>) => {
    const roots = [...parents].filter(([, p]) => p === null).map(([n]) => n).sort();
    const maxRank = Math.max(...roots.map((n) => graph.getNodeAttribute(n, "pagerank")!));
    return roots.map((n) => {
      const a = graph.getNodeAttributes(n);
      return { x: a.x!, y: a.y!, share: a.pagerank! / maxRank, folded: [...parents].filter(([, p]) => p === n).length };
    });
  };

  test("pushes piled-up discs apart until none overlap", () => {
    const { graph, parents } = piled();
    expect(overlaps(discs(graph, parents)).length).toBeGreaterThan(100);
    separateOverviewDiscs(graph, parents);
    expect(overlaps(discs(graph, parents))).toEqual([]);
  });

  test("moves what is folded into a place along with it, and is the same on every run", () => {
    const { graph, parents } = piled();
    const before = graph.getNodeAttributes("place:7/2");
    const [bx, by, px, py] = [before.x!, before.y!, graph.getNodeAttribute("place:7", "x")!, graph.getNodeAttribute("place:7", "y")!];
    separateOverviewDiscs(graph, parents);
    const place = graph.getNodeAttributes("place:7");
    const member = graph.getNodeAttributes("place:7/2");
    expect(member.x! - place.x!).toBeCloseTo(bx - px, 9);
    expect(member.y! - place.y!).toBeCloseTo(by - py, 9);
    const again = piled();
    separateOverviewDiscs(again.graph, again.parents);
    expect(again.graph.mapNodes((_, a) => [a.x, a.y])).toEqual(graph.mapNodes((_, a) => [a.x, a.y]));
  });
});
