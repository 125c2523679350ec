import { describe, expect, test } from "vitest";
import { OVERVIEW_FROM } from "../formats/foldParents.js";
import { plantedPartition } from "../test-support/plantedPartition.js";
import { seededRandom } from "../util/seededRandom.js";
import { assignLayout } from "./assignLayout.js";
import { clusterSeparation } from "./clusterSeparation.js";
import { overviewSeparation } from "./overviewSeparation.js";

describe("clusterSeparation", () => {
  test("is the mean distance between centroids over the mean radius; groups of one point are left out", () => {
    const square = (cx: number, group: number) => [[1, 0], [-1, 0], [0, 1], [0, -1]].map(([dx, dy]) => ({ x: cx + dx!, y: dy!, group }));
    const separation = clusterSeparation([...square(0, 1), ...square(10, 2), { x: 500, y: 500, group: 3 }]);
    expect(separation.groups).toBe(2);
    expect(separation.betweenCentroids).toBeCloseTo(10);
    expect(separation.withinRadius).toBeCloseTo(1);
    expect(separation.ratio).toBeCloseTo(10);
    // The same picture, scaled and moved: the same ratio.
    const moved = clusterSeparation([...square(0, 1), ...square(10, 2)].map((p) => ({ ...p, x: p.x * 3 + 7, y: p.y * 3 - 2 })));
    expect(moved.ratio).toBeCloseTo(10);
    expect(Number.isNaN(clusterSeparation(square(0, 1)).ratio)).toBe(true);
  });

  test("a planted partition laid out as a big graph reads as separate clusters; random positions do not", () => {
    const { graph, cities } = plantedPartition(6, 130, 3);
    expect(graph.order).toBeGreaterThanOrEqual(OVERVIEW_FROM);
    assignLayout(graph, { seed: 1 });
    const cluster = new Map(cities.map((c) => [c.key, c.cluster]));
    const laidOut = clusterSeparation(cities.map(({ key }) => ({ ...graph.getNodeAttributes(key), group: cluster.get(key)! }) as { x: number; y: number; group: number }));
    const random = seededRandom(5);
    const scattered = clusterSeparation(cities.map(({ key }) => ({ x: random(), y: random(), group: cluster.get(key)! })));
    expect(laidOut.groups).toBe(6);
    expect(scattered.ratio).toBeLessThan(1.5);
    expect(laidOut.ratio).toBeGreaterThan(3);
  });

  test("on an overview file: by the whole graph's communities and by the clusters of the drawn relations", () => {
    // Two triangles far apart, each linked inside; the communities split them otherwise.
    const overview = {
      nodes: { x: [0, 1, 0, 20, 21, 20], y: [0, 0, 1, 0, 0, 1], community: [0, 1, 0, 1, 0, 1] },
      edges: { source: [0, 1, 2, 3, 4, 5, 0], target: [1, 2, 0, 4, 5, 3, 3], weight: [5, 5, 5, 5, 5, 5, 1] },
    };
    const { communities, drawnClusters } = overviewSeparation(overview);
    expect(drawnClusters.groups).toBe(2);
    expect(drawnClusters.ratio).toBeGreaterThan(20);
    expect(communities.ratio).toBeLessThan(1);
  });
});
