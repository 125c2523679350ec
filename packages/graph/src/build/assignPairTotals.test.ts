import { describe, expect, test } from "vitest";
import { loadFixture } from "../test-support/fixtures.js";
import { assignPairTotals } from "./assignPairTotals.js";
import { buildGraph } from "./buildGraph.js";

const PAIRING = "pairs_with:place:440307->place:451026";

describe("assignPairTotals", () => {
  test("sums the funds from the helper to the helped and counts their evidence", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    expect(graph.getEdgeAttributes(PAIRING)).toMatchObject({ fundsTotalYuan: 9_000_000, fundsSources: 2 });
  });

  test("ignores funds in the other direction and funds without an amount", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    graph.addDirectedEdgeWithKey("funds:place:451026->place:440307", "place:451026", "place:440307", {
      type: "funds",
      weight: 1,
      amountYuan: 50_000,
      date: null,
      evidence: [],
    });
    graph.addDirectedEdgeWithKey("funds:unstated", "place:440307", "place:451026", { type: "funds", weight: 1, date: null, evidence: [] });
    assignPairTotals(graph);
    expect(graph.getEdgeAttributes(PAIRING)).toMatchObject({ fundsTotalYuan: 9_000_000, fundsSources: 2 });
  });

  test("a pairing without stated funds totals zero from zero sources", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    graph.dropEdge("funds:place:440307->place:451026");
    assignPairTotals(graph);
    expect(graph.getEdgeAttributes(PAIRING)).toMatchObject({ fundsTotalYuan: 0, fundsSources: 0 });
  });
});
