import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { comparable } from "../test-support/comparable.js";
import { loadFixture } from "../test-support/fixtures.js";
import { graphs } from "../test-support/hostileGraphs.js";
import { fromJson, toJson, writeJson } from "./json.js";

describe("graphology JSON", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 20 });

  test("is graph.export() as text, byte for byte", () => {
    expect(toJson(graph)).toBe(JSON.stringify(graph.export()));
  });

  test("gives JSON.stringify(graph.export())'s bytes for hostile graphs, and for 0, 1, 2 and many elements", () => {
    fc.assert(fc.property(graphs, (hostile) => {
      expect(toJson(hostile)).toBe(JSON.stringify(hostile.export()));
    }), { numRuns: 300 });
    for (const order of [0, 1, 2, 300]) {
      const sized = createGraph("sized");
      for (let i = 0; i < order; i++) sized.addNode(`n${i}`, i % 2 ? ({} as never) : { label: `${i}`, type: "person", aliases: [], placePath: [], mentions: i, documents: [] });
      for (let i = 1; i < order; i++) sized.addDirectedEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, { type: "pairs_with", weight: 1, date: null, evidence: [] });
      expect(toJson(sized)).toBe(JSON.stringify(sized.export()));
    }
  });

  test("writeJson writes the same bytes to a file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "xiezuo-json-stream-")), "graph.json");
    await writeJson(graph, path);
    expect(readFileSync(path, "utf8")).toBe(JSON.stringify(graph.export()));
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
