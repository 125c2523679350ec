import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { findEntity } from "./findEntity.js";
import { shortestPath } from "./shortestPath.js";

describe("findEntity", () => {
  const graph = buildGraph(loadFixture("two-articles"));
  test.each([
    ["place:451026", "place:451026"],
    ["那坡县", "place:451026"],
    ["那坡", "place:451026"],
    ["明德小学", "school:那坡县明德小学"],
    ["nowhere", undefined],
  ])("%s → %s", (query, expected) => {
    expect(findEntity(graph, query)).toBe(expected);
  });
});

describe("shortestPath", () => {
  const graph = buildGraph(loadFixture("two-articles"));

  test("finds a chain by names, ignoring direction, with the relation of each step", () => {
    const path = shortestPath(graph, "李明", "那坡明德产业园")!;
    expect(path.nodes[0]).toBe("person:李明");
    expect(path.nodes.at(-1)).toBe("park:那坡明德产业园");
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    path.edges.forEach((edge, index) => {
      expect([graph.source(edge), graph.target(edge)].sort()).toEqual([path.nodes[index], path.nodes[index + 1]].sort());
    });
  });

  test("prefers the relation with most evidence between two neighbours", () => {
    expect(shortestPath(graph, "龙岗", "那坡")).toEqual({
      nodes: ["place:440307", "place:451026"],
      edges: ["funds:place:440307->place:451026"],
    });
  });

  test("null when not connected, a single node for the same entity", () => {
    expect(shortestPath(graph, "王芳", "龙岗区")).toBeNull();
    expect(shortestPath(graph, "那坡", "那坡县")).toEqual({ nodes: ["place:451026"], edges: [] });
  });

  test("names the entity it cannot find", () => {
    expect(() => shortestPath(graph, "龙岗区", "火星")).toThrow('@xiezuo/graph/shortestPath: no entity has the id, name or alias "火星".');
  });
});
