import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { comparable } from "../test-support/comparable.js";
import { loadFixture } from "../test-support/fixtures.js";
import { fromJson, toJson } from "./json.js";

describe("graphology JSON", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 20 });

  test("is graph.export() as text", () => {
    expect(JSON.parse(toJson(graph))).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });

  test("reads back an equal graph, from text or from the parsed object", () => {
    expect(comparable(fromJson(toJson(graph)))).toEqual(comparable(graph));
    expect(comparable(fromJson(graph.export()))).toEqual(comparable(graph));
    expect(fromJson(toJson(graph)).multi).toBe(true);
  });

  test.each([
    ["not json", /^@xiezuo\/graph\/fromJson: not valid JSON/],
    ['{"nodes": 3}', /^@xiezuo\/graph\/fromJson: not a graphology JSON graph/],
    ['{"nodes": [{"key": "x", "attributes": {"label": "X"}}], "edges": []}', /node "x" has no known entity type/],
  ])("rejects %s", (text, message) => {
    expect(() => fromJson(text)).toThrow(message);
  });

  test("an empty graph survives", () => {
    const empty = createGraph("empty");
    expect(comparable(fromJson(toJson(empty)))).toEqual(comparable(empty));
  });
});
