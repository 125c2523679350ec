import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { degrees, weightedDegrees } from "./degrees.js";

describe("degrees", () => {
  const graph = buildGraph(loadFixture("two-articles"));

  test("counts every relation in and out, parallel ones included", () => {
    // 龙岗区: pairs_with, funds, builds out; nothing in.
    expect(degrees(graph)["place:440307"]).toBe(3);
    // 那坡县: pairs_with, funds, invests_in, located_in (park) in; located_in out.
    expect(degrees(graph)["place:451026"]).toBe(5);
  });

  test("weights relations by their evidence", () => {
    expect(weightedDegrees(graph)["place:440307"]).toBe(2 + 2 + 1);
    expect(weightedDegrees(graph)["person:李明"]).toBe(1);
  });

  test("checks its input", () => {
    expect(() => degrees({} as never)).toThrow(/^@xiezuo\/graph\/degrees: the given graph is not a graphology instance/);
  });
});
