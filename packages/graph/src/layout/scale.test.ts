import { UndirectedGraph } from "graphology";
import { clusters } from "graphology-generators/random/index.js";
import { describe, expect, test } from "vitest";
import { createGraph } from "../build/buildGraph.js";
import { fromGexf, toGexf } from "../formats/gexf.js";
import { fromJson, toJson } from "../formats/json.js";
import { seededRandom } from "../util/seededRandom.js";
import { enrichGraph } from "./enrichGraph.js";
import { ENTITY_COLORS, RELATION_COLORS } from "./palette.js";

// A corpus of a few thousand articles gives a graph of this order; the whole chain must stay fast.
describe("a graph of 3,000 entities and 12,000 relations", () => {
  const random = seededRandom(42);
  const shape = clusters(UndirectedGraph, { order: 3_000, size: 12_000, clusters: 30, rng: random });
  const entityTypes = Object.keys(ENTITY_COLORS) as (keyof typeof ENTITY_COLORS)[];
  const relationTypes = Object.keys(RELATION_COLORS) as (keyof typeof RELATION_COLORS)[];
  const graph = createGraph("synthetic");
  shape.forEachNode((node) =>
    graph.addNode(`n${node}`, { label: `实体${node}`, type: entityTypes[Number(node) % entityTypes.length]!, aliases: [], placePath: [], mentions: 1, documents: [] }),
  );
  shape.forEachEdge((_edge, _attributes, source, target) => {
    const type = relationTypes[Math.floor(random() * relationTypes.length)]!;
    graph.addDirectedEdgeWithKey(`${type}:n${source}->n${target}`, `n${source}`, `n${target}`, { type, weight: 1, date: null, evidence: [] });
  });

  // How long it takes is `pnpm bench`'s to say; a timed assertion would fail on a loaded CI machine.
  test("enriches, writes and reads back GEXF and JSON", () => {
    enrichGraph(graph);
    const gexf = toGexf(graph);
    const json = toJson(graph);
    expect(fromGexf(gexf).size).toBe(graph.size);
    expect(fromJson(json).order).toBe(graph.order);
  });
});
