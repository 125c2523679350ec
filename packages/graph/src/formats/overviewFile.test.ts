import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { STRONGEST_PER_NODE } from "./foldParents.js";
import { toOverviewFile } from "./overviewFile.js";
import { impliedKey, toViewerFiles } from "./viewerFile.js";

describe("the overview file of a viewer file", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 20 });
  const { viewer } = toViewerFiles(graph);
  const overview = toOverviewFile(viewer);
  const keyOf = (file: typeof viewer, i: number) => file.nodes.id[i] || impliedKey(file.entityTypes[file.nodes.type[i]!]!, file.nodes.label[i]!, file.nodes.code[i]);
  const keys = viewer.nodes.label.map((_, i) => keyOf(viewer, i));
  const rootOf = (i: number): number => (viewer.nodes.fold[i]! < 0 ? i : rootOf(viewer.nodes.fold[i]!));

  test("holds the nodes that fold into nothing, with their layout, what they hold and their whole degree", () => {
    const roots = keys.filter((_, i) => viewer.nodes.fold[i] === -1);
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.length).toBeLessThan(keys.length);
    expect(overview.nodes.label.map((_, j) => keyOf(overview, j))).toEqual(roots);
    expect(overview.overview).toMatchObject({ entities: graph.order, relations: graph.size });
    overview.nodes.label.forEach((_, j) => {
      const i = keys.indexOf(keyOf(overview, j));
      expect([overview.nodes.x[j], overview.nodes.y[j], overview.nodes.fold[j]]).toEqual([viewer.nodes.x[i], viewer.nodes.y[i], -1]);
      expect(overview.nodes.folded[j]).toBe(keys.filter((_, k) => k !== i && rootOf(k) === i).length);
      expect(overview.nodes.degree[j]).toBe(graph.degree(keys[i]!));
    });
    expect(overview.nodes.folded.reduce((a, b) => a + b, 0)).toBe(keys.length - roots.length);
  });

  test("merges the relations of folded entities by type between drawn nodes, keeping each node's heaviest", () => {
    // Every edge between drawn nodes, as the viewer's overview builds it.
    const all = new Map<string, { from: string; to: string; weight: number }>();
    graph.forEachEdge((edge, a, source, target) => {
      const [from, to] = [keys[rootOf(keys.indexOf(source))]!, keys[rootOf(keys.indexOf(target))]!];
      if (from === to) return;
      const key = from === source && to === target ? edge : `≈${a.type}:${from}->${to}`;
      const known = all.get(key);
      if (known) known.weight += a.weight;
      else all.set(key, { from, to, weight: a.weight });
    });
    expect([...all.keys()].some((key) => key.startsWith("≈"))).toBe(true);
    const written = overview.edges.source.map((s, e) => {
      const [from, to] = [keyOf(overview, s), keyOf(overview, overview.edges.target[e]!)];
      return { key: overview.edges.key[e] ?? `${overview.relationTypes[overview.edges.type[e]!]}:${from}->${to}`, from, to, weight: overview.edges.weight[e]! };
    });
    for (const edge of written) expect(all.get(edge.key)).toEqual({ from: edge.from, to: edge.to, weight: edge.weight });
    // Kept: an edge among the STRONGEST_PER_NODE heaviest (weight, then key) of one of its ends.
    const strongest = (node: string) =>
      [...all].filter(([, e]) => e.from === node || e.to === node).sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1)).slice(0, STRONGEST_PER_NODE).map(([key]) => key);
    const expected = new Set([...all.values()].flatMap((e) => [e.from, e.to]).flatMap(strongest));
    expect(new Set(written.map((edge) => edge.key))).toEqual(expected);
    expect(overview.overview.drawnRelations).toBe(all.size);
  });
});
