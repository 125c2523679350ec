import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { assignLayout, defaultIterations } from "./assignLayout.js";

const positions = (seed: number, reversed = false) => {
  const result = loadFixture("two-articles");
  if (reversed) result.entities.reverse();
  const graph = buildGraph(result);
  assignLayout(graph, { seed, iterations: 50 });
  return Object.fromEntries(graph.mapNodes((node, attributes) => [node, [attributes.x, attributes.y]]));
};

describe("assignLayout", () => {
  test("gives every node a finite position", () => {
    for (const [x, y] of Object.values(positions(1))) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  test("the same input and seed give the same picture; another seed another one", () => {
    expect(positions(1)).toEqual(positions(1));
    expect(positions(2)).not.toEqual(positions(1));
  });

  test("separates nodes (no two at the same spot)", () => {
    const spots = new Set(Object.values(positions(1)).map(([x, y]) => `${x},${y}`));
    expect(spots.size).toBe(14);
  });

  test("rejects bad iterations", () => {
    const graph = buildGraph(loadFixture("article-a"));
    expect(() => assignLayout(graph, { iterations: -1 })).toThrow(/^@xiezuo\/graph\/assignLayout: iterations must be/);
  });
});

describe("defaultIterations", () => {
  test.each([
    [10, 200],
    [2_000, 200],
    [5_000, 60],
    [50_000, 20],
  ])("%i nodes → %i iterations", (order, iterations) => {
    expect(defaultIterations(order)).toBe(iterations);
  });
});
