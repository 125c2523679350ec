import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { graphs, hostile } from "../test-support/hostileGraphs.js";
import { referenceGexf } from "../test-support/referenceGexf.js";
import { toGexf, writeGexf } from "./gexf.js";

// The streaming writer must give the bytes graphology-gexf gave (with toGexf's clean-up): the
// contract of graph.gexf across this change, and what Gephi and NetworkX were checked against.
describe("the streaming GEXF writer", () => {
  it("gives the reference writer's bytes for hostile graphs, with and without positions and colours", () => {
    const viz = fc.record({
      color: fc.constantFrom(undefined, "#a1b2c3", "#abc", "rgb(1, 2, 3)", "rgba(4,5,6,0.5)", "red", ""),
      size: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
      x: fc.option(fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100), { nil: undefined }),
      y: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
      community: fc.option(fc.integer({ min: -3, max: 3e9 }), { nil: undefined }),
      code: fc.option(hostile, { nil: undefined }),
    });
    fc.assert(
      fc.property(graphs, fc.array(viz, { maxLength: 3 }), (graph, looks) => {
        graph.forEachNode((node, attributes) => {
          const look = looks[graph.nodes().indexOf(node)];
          if (look) for (const [key, value] of Object.entries(look)) if (value !== undefined) (attributes as unknown as Record<string, unknown>)[key] = value;
        });
        expect(toGexf(graph)).toBe(referenceGexf(graph));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the reference writer's bytes for an enriched graph and for an empty one", () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 20 });
    expect(toGexf(graph)).toBe(referenceGexf(graph));
    const empty = createGraph("empty");
    expect(toGexf(empty)).toBe(referenceGexf(empty));
    const nodesOnly = createGraph("a\r\n<b>=\"c\td\"");
    nodesOnly.addNode("n", { label: "", type: "person", aliases: [], placePath: [], mentions: 0, documents: [] });
    expect(toGexf(nodesOnly)).toBe(referenceGexf(nodesOnly));
  });

  it("writes the same bytes to a file", async () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 20 });
    const path = join(mkdtempSync(join(tmpdir(), "xiezuo-gexf-stream-")), "graph.gexf");
    await writeGexf(graph, path);
    expect(readFileSync(path, "utf8")).toBe(referenceGexf(graph));
  });
});
