import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { toGexf } from "../formats/gexf.js";
import { toGraphml } from "../formats/graphml.js";
import { toJson } from "../formats/json.js";
import { loadFixture } from "../test-support/fixtures.js";
import { readGraphFile } from "./readGraphFile.js";
import { UsageError } from "./usage-error.js";

describe("readGraphFile", () => {
  const graph = buildGraph(loadFixture("two-articles"));
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-read-"));
  mkdirSync(join(dir, "build"));
  writeFileSync(join(dir, "build", "graph.json"), toJson(graph));
  writeFileSync(join(dir, "g.gexf"), toGexf(graph));
  writeFileSync(join(dir, "g.graphml"), toGraphml(graph));
  writeFileSync(join(dir, "broken.gexf"), "<gexf><graph>");

  test.each(["build", "build/graph.json", "g.gexf", "g.graphml"])("reads %s", (path) => {
    const read = readGraphFile(join(dir, path));
    expect([read.order, read.size]).toEqual([graph.order, graph.size]);
  });

  test.each([
    ["missing.json", /^no such graph file or folder: /],
    ["broken.gexf", /broken\.gexf is not a readable graph: /],
    [".", /cannot read .*graph\.json/],
  ])("%s is a usage error", (path, message) => {
    expect(() => readGraphFile(join(dir, path))).toThrow(UsageError);
    expect(() => readGraphFile(join(dir, path))).toThrow(message);
  });
});
