import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { toEdgesCsv, toNodesCsv } from "./csv.js";

describe("CSV tables", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles")), { iterations: 10 });

  test("one row per node with its attributes; lists joined with |", () => {
    const rows: Record<string, string>[] = parse(toNodesCsv(graph), { columns: true });
    expect(rows).toHaveLength(graph.order);
    const napo = rows.find((row) => row.id === "place:451026")!;
    expect(napo).toMatchObject({ label: "那坡县", type: "county", code: "451026", placePath: "广西壮族自治区|百色市", aliases: "那坡" });
    expect(Number(napo.pagerank)).toBeCloseTo(graph.getNodeAttribute("place:451026", "pagerank")!, 12);
    expect(napo.color).toBe(graph.getNodeAttribute("place:451026", "color"));
  });

  test("one row per edge; evidence sentences survive quoting and new lines", () => {
    const rows: Record<string, string>[] = parse(toEdgesCsv(graph), { columns: true });
    expect(rows).toHaveLength(graph.size);
    const funds = rows.find((row) => row.id === "funds:place:440307->place:451026")!;
    expect(funds).toMatchObject({ source: "place:440307", target: "place:451026", relation: "funds", amountYuan: "9000000", approximate: "false", weight: "2" });
    expect(funds.evidence!.split("\n")).toEqual(graph.getEdgeAttribute(funds.id!, "evidence").map((item) => item.sentence));
    expect(rows.find((row) => row.relation === "pairs_with")).toMatchObject({ fundsTotalYuan: "9000000", fundsSources: "2" });
  });

  test("a byte order mark only on request", () => {
    expect(toNodesCsv(graph).startsWith("id,")).toBe(true);
    expect(toNodesCsv(graph, { bom: true }).startsWith("\ufeffid,")).toBe(true);
  });
});
