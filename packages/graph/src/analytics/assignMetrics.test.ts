import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { assignMetrics } from "./assignMetrics.js";
import { communities } from "./communities.js";
import { pageranks } from "./pageranks.js";

describe("assignMetrics", () => {
  test("writes degree, weightedDegree, pagerank and community on every node", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    assignMetrics(graph, { seed: 3 });
    const rank = pageranks(graph);
    const community = communities(graph, { seed: 3 });
    graph.forEachNode((node, attributes) => {
      expect(attributes.degree).toBe(graph.degree(node));
      expect(attributes.weightedDegree).toBeGreaterThanOrEqual(attributes.degree!);
      expect(attributes.pagerank).toBe(rank[node]);
      expect(attributes.community).toBe(community[node]);
    });
  });
});
