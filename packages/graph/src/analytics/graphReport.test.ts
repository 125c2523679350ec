import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { assignMetrics } from "./assignMetrics.js";
import { graphReport } from "./graphReport.js";

describe("graphReport", () => {
  test("counts, top entities, communities and pairing totals", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    const report = graphReport(graph, { top: 3 });
    expect(report).toMatchObject({ entities: 14, relations: 12, documents: 2, components: { count: 4, largest: 10 } });
    expect(report.relationsByType).toMatchObject({ funds: 2, located_in: 3, pairs_with: 1 });
    expect(report.topEntities).toHaveLength(3);
    expect(report.topEntities[0]!.pagerank).toBeGreaterThanOrEqual(report.topEntities[2]!.pagerank);
    expect(report.communities.reduce((sum, group) => sum + group.size, 0)).toBe(14);
    expect(report.pairings).toEqual([
      expect.objectContaining({ fundsTotalYuan: 9_000_000, fundsSources: 2, evidence: 2, helper: expect.objectContaining({ label: "龙岗区" }) }),
    ]);
  });

  test("uses the stored metrics when the graph has them", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    assignMetrics(graph);
    graph.setNodeAttribute("person:王芳", "pagerank", 1);
    expect(graphReport(graph).topEntities[0]!.id).toBe("person:王芳");
  });

  test("rejects a bad top", () => {
    expect(() => graphReport(buildGraph(loadFixture("article-a")), { top: 0 })).toThrow(/^@xiezuo\/graph\/graphReport: top must be/);
  });
});
