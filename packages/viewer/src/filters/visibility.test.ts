import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphFromJson } from "../graph/load.js";
import { stateFromHash } from "../state.js";
import { computeVisibility } from "./visibility.js";

const { graph } = graphFromJson(JSON.parse(readFileSync(new URL("../../test/fixtures/graph.json", import.meta.url), "utf8")));
const visible = (hash: string) => computeVisibility(graph, stateFromHash(hash));

describe("computeVisibility", () => {
  it("lets everything through by default", () => {
    expect([visible("").nodes.size, visible("").edges.size]).toEqual([graph.order, graph.size]);
  });

  it("hides entity types with their edges, and relation types", () => {
    const noPeople = visible("#hide=person");
    expect(noPeople.nodes.has("person:陈立新")).toBe(false);
    expect(noPeople.edges.has("holds_position:person:陈立新->government:龙岗区委")).toBe(false);
    expect(visible("#hideRel=located_in").edges.size).toBe(graph.size - 12);
  });

  it("keeps nodes of at least the minimum degree", () => {
    for (const node of visible("#minDegree=4").nodes) expect(graph.degree(node)).toBeGreaterThanOrEqual(4);
  });

  it("keeps relations stated by an article in the date range, and undated ones", () => {
    const later = visible("#from=2022-01-01");
    expect(later.edges.has("pairs_with:place:440307->place:451026")).toBe(true);
    expect(later.edges.has("funds:place:440307->place:451026")).toBe(false);
    expect(later.edges.has("located_in:place:440300->place:440000")).toBe(true);
    expect(visible("#to=2020-12-31").edges.has("funds:place:440306->place:451027")).toBe(true);
  });

  it("keeps a relation dated only to a year or a month when that span meets the range", () => {
    const edge = "funds:place:440307->place:451026";
    const dates = graph.getEdgeAttribute(edge, "dates");
    try {
      graph.setEdgeAttribute(edge, "dates", ["2022"]);
      expect(visible("#from=2022-06-01").edges.has(edge)).toBe(true);
      expect(visible("#from=2023-01-01").edges.has(edge)).toBe(false);
      graph.setEdgeAttribute(edge, "dates", ["2022-05"]);
      expect(visible("#from=2022-05-20&to=2022-07-01").edges.has(edge)).toBe(true);
      expect(visible("#to=2022-04-30").edges.has(edge)).toBe(false);
    } finally {
      graph.setEdgeAttribute(edge, "dates", dates);
    }
  });

  it("shows the selection's neighbourhood to depth 1 or 2", () => {
    expect([...visible("#selected=place%3A451081&depth=1").nodes].sort()).toEqual(["place:440307", "place:451000", "place:451081", "school:龙靖实验小学"]);
    expect(visible("#selected=place%3A451081&depth=2").nodes.size).toBeGreaterThan(4);
    expect(visible("#selected=nowhere&depth=1").nodes.size).toBe(graph.order);
  });
});
