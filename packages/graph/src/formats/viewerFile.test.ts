import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { assignMetrics } from "../analytics/assignMetrics.js";
import { assignAppearance } from "../layout/assignAppearance.js";
import { assignLayout } from "../layout/assignLayout.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { foldParents, OVERVIEW_TYPES } from "./foldParents.js";
import { impliedKey, startViewerFile, toViewerFiles, viewerFile, type Shard } from "./viewerFile.js";

describe("the compact viewer file", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 20 });
  const { viewer, files } = toViewerFiles(graph);
  const keyOf = (i: number) => viewer.nodes.id[i] || impliedKey(viewer.entityTypes[viewer.nodes.type[i]!]!, viewer.nodes.label[i]!, viewer.nodes.code[i]);

  test("lists every node and edge with its key, type and ends", () => {
    expect(viewer.nodes.label.length).toBe(graph.order);
    expect(viewer.nodes.label.map((_, i) => keyOf(i))).toEqual(graph.nodes());
    graph.forEachEdge((key, a, source, target) => {
      const i = graph.edges().indexOf(key);
      expect([keyOf(viewer.edges.source[i]!), keyOf(viewer.edges.target[i]!), viewer.relationTypes[viewer.edges.type[i]!]]).toEqual([source, target, a.type]);
      expect(viewer.edges.amount[i]).toBe(a.amountYuan ?? 0);
    });
  });

  test("holds no evidence: every sentence is in a shard, under both ends of its relation", () => {
    expect(files.get("viewer.json")).not.toContain("sentence");
    const shards = [...files].filter(([name]) => name.startsWith("evidence/")).map(([, text]) => JSON.parse(text) as Shard);
    expect(shards.length).toBe(viewer.shards);
    graph.forEachEdge((key, a, source, target) => {
      const i = String(graph.edges().indexOf(key));
      for (const end of [source, target]) {
        const n = graph.nodes().indexOf(end);
        const shard = shards[viewer.nodes.shard[n]!]!;
        expect(shard.nodes[n]!.edges[i]!.evidence).toEqual(a.evidence);
        for (const evidence of a.evidence) expect(shard.documents[evidence.document]?.file).toBeTruthy();
      }
    });
  });

  test("folds every node into one of a smaller level, ending on the overview or an orphan", () => {
    const parents = foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) });
    for (const [node, parent] of parents) {
      if (OVERVIEW_TYPES.has(graph.getNodeAttribute(node, "type"))) expect(parent).toBeNull();
      let steps = 0;
      for (let at = parent; at !== null && at !== undefined; at = parents.get(at) ?? null) expect(++steps).toBeLessThan(10);
    }
    viewer.nodes.fold.forEach((parent, i) => expect(parent === -1 ? null : keyOf(parent)).toBe(parents.get(keyOf(i))));
  });

  test("gives each node's pinyin, full and initials, of its label and aliases, one line per node", () => {
    const lines = viewer.nodes.pinyin!.split("\n");
    expect(lines.length).toBe(graph.order);
    const napo = graph.nodes().indexOf("place:451026");
    // 那坡县, alias 那坡.
    expect(lines[napo]!.split(" ")).toEqual(["napoxian", "npx", "napo", "np"]);
    for (const line of lines) expect(line).toMatch(/^[^\s]+( [^\s]+)*$/);
  });

  test("written in two steps, shards before the layout and positions after, is the same file", () => {
    const unplaced = buildGraph(loadFixture("two-articles"));
    assignMetrics(unplaced, { seed: 1 });
    const shards: string[] = [];
    const pending = startViewerFile(unplaced, (bytes) => void shards.push(Buffer.from(bytes).toString("utf8")));
    // The layout and the sizes assigned after the shards were written, as a build does.
    assignLayout(unplaced, { seed: 1, iterations: 20 });
    assignAppearance(unplaced);
    const later = pending.finish();
    const whole: string[] = [];
    expect(later).toEqual(viewerFile(unplaced, (bytes) => void whole.push(Buffer.from(bytes).toString("utf8"))));
    expect(later.nodes.x.some((x) => x !== 0)).toBe(true);
    expect(shards).toEqual(whole);
  });

  test("takes the fold parents worked out already instead of working them out again", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    assignMetrics(graph, { seed: 1 });
    const own = viewerFile(graph, () => {});
    const folds = foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) });
    expect(startViewerFile(graph, () => {}, undefined, folds).finish()).toEqual(own);
    const none = new Map(graph.mapNodes((node) => [node, null] as const));
    expect(startViewerFile(graph, () => {}, undefined, none).finish().nodes.fold.every((fold) => fold === -1)).toBe(true);
    expect(own.nodes.fold.some((fold) => fold >= 0)).toBe(true);
  });

  test("refuses to finish on a graph whose nodes changed after its shards were written", () => {
    const changing = buildGraph(loadFixture("two-articles"));
    const pending = startViewerFile(changing, () => {});
    changing.addNode("person:新来的人", { ...changing.getNodeAttributes(changing.nodes()[0]!), label: "新来的人" });
    expect(() => pending.finish()).toThrow(/nodes/);
  });
});
