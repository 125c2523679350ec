import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { pageranks } from "./pageranks.js";

describe("pageranks", () => {
  test("sums to one and ranks the helped county above its helper", () => {
    const rank = pageranks(buildGraph(loadFixture("two-articles")));
    expect(Object.values(rank).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(rank["place:451026"]!).toBeGreaterThan(rank["place:440307"]!);
  });

  test("an empty graph has no ranks", () => {
    expect(pageranks(createGraph())).toEqual({});
  });
});
