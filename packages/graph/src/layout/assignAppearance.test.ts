import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { assignAppearance } from "./assignAppearance.js";
import { enrichGraph } from "./enrichGraph.js";
import { ENTITY_COLORS } from "./palette.js";

describe("assignAppearance", () => {
  test("colours by type and sizes by PageRank within the bounds", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    assignAppearance(graph, { minSize: 2, maxSize: 20 });
    const sizes = graph.mapNodes((_node, attributes) => attributes.size!);
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBe(20);
    expect(graph.getNodeAttribute("place:451026", "color")).toBe(ENTITY_COLORS.county);
    expect(graph.getNodeAttribute("place:451026", "size")!).toBeGreaterThan(graph.getNodeAttribute("person:李明", "size")!);
  });

  test("the palette has a distinct hex colour for every entity type", () => {
    const colours = Object.values(ENTITY_COLORS);
    expect(colours).toHaveLength(13);
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  test("enrichGraph writes metrics, position, size and colour", () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 10 });
    graph.forEachNode((_node, attributes) => {
      for (const key of ["degree", "weightedDegree", "pagerank", "community", "x", "y", "size", "color"] as const)
        expect(attributes[key]).toBeDefined();
    });
  });

  test("rejects impossible sizes", () => {
    expect(() => assignAppearance(buildGraph(loadFixture("article-a")), { minSize: 5, maxSize: 1 })).toThrow(
      /^@xiezuo\/graph\/assignAppearance: need 0 < minSize ≤ maxSize/,
    );
  });
});
