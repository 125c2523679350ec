import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { communities } from "./communities.js";

describe("communities", () => {
  const graph = buildGraph(loadFixture("two-articles"));

  test("is deterministic for a seed and numbers communities by size", () => {
    const first = communities(graph, { seed: 7 });
    expect(communities(buildGraph(loadFixture("two-articles")), { seed: 7 })).toEqual(first);
    const sizes = new Map<number, number>();
    for (const community of Object.values(first)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const ordered = [...sizes].sort(([a], [b]) => a - b).map(([, size]) => size);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
    expect(Object.keys(first).sort()).toEqual(graph.nodes().sort());
  });

  test("keeps a tightly linked pair together", () => {
    const result = communities(graph);
    expect(result["person:王芳"]).toBe(result["hospital:那坡县人民医院"]);
  });

  test("an empty graph has no communities", () => {
    expect(communities(createGraph())).toEqual({});
  });
});
