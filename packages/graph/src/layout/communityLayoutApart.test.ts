import { describe, expect, it } from "vitest";
import { assignMetrics } from "../analytics/assignMetrics.js";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { communityLayout } from "./communityLayout.js";
import { communityLayoutApart } from "./communityLayoutApart.js";

describe("communityLayoutApart", () => {
  it("gives, from its thread, the positions communityLayout gives here", async () => {
    const graph = buildGraph(loadFixture("two-articles"));
    assignMetrics(graph, { seed: 3 });
    const apart = communityLayoutApart(graph, 3)!;
    const here = communityLayout(graph, (node) => graph.getNodeAttribute(node, "community")!, 3);
    expect(await apart.positions).toEqual(here);
    expect(here.size).toBe(graph.order);
  });

  it("declines a graph the arrays cannot carry exactly: a node without its metrics", () => {
    expect(communityLayoutApart(buildGraph(loadFixture("two-articles")), 1)).toBeUndefined();
  });
});
