import { describe, expect, it } from "vitest";
import { assignMetrics } from "../analytics/assignMetrics.js";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { foldParents, OVERVIEW_FROM } from "../formats/foldParents.js";
import { plantedPartition } from "../test-support/plantedPartition.js";
import { layoutGroups } from "./assignLayout.js";
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
    expect(apart.folds).toBeUndefined();
  });

  it("lays a graph that opens on its overview out by the overview's places, as assignLayout does", async () => {
    const { graph } = plantedPartition(6, 130, 2);
    expect(graph.order).toBeGreaterThanOrEqual(OVERVIEW_FROM);
    assignMetrics(graph, { seed: 2 });
    const apart = communityLayoutApart(graph, 2)!;
    const { communityOf, clusterOf } = layoutGroups(graph, 2);
    expect(clusterOf).toBeDefined();
    expect(await apart.positions).toEqual(communityLayout(graph, communityOf, 2, clusterOf));
    // The fold parents it grouped by, which the viewer file reuses, are foldParents' own.
    expect(apart.folds).toEqual(foldParents(graph, { nodeType: (a) => String(a.type), edgeType: (a) => String(a.type) }));
  });

  it("declines a graph the arrays cannot carry exactly: a node without its metrics", () => {
    expect(communityLayoutApart(buildGraph(loadFixture("two-articles")), 1)).toBeUndefined();
  });
});
