import { readFileSync } from "node:fs";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { graphFromJson } from "../graph/load.js";
import { computeVisibility } from "../filters/visibility.js";
import { stateFromHash } from "../state.js";

// The browser build of graphology-gexf takes the page's DOMParser when loaded; writing needs none of it.
Object.assign(globalThis, { DOMParser: globalThis.DOMParser ?? class {}, Document: globalThis.Document ?? class {} });
const { visibleGexf } = await import("./gexf.js");

const { graph, documents } = graphFromJson(JSON.parse(readFileSync(new URL("../../test/fixtures/graph.json", import.meta.url), "utf8")));

describe("visibleGexf", () => {
  const visible = computeVisibility(graph, stateFromHash("#hide=person&hideRel=located_in"));
  const xml = visibleGexf(graph, visible, documents);
  const back = parse(Graph, xml);

  it("holds exactly the visible nodes and edges", () => {
    expect(back.order).toBe(visible.nodes.size);
    expect(back.size).toBe(visible.edges.size);
    expect(back.hasNode("person:陈立新")).toBe(false);
  });

  it("keeps types, positions, colours, lists and evidence", () => {
    const node = back.getNodeAttributes("place:440307");
    // graphology-gexf reads viz colours back as rgb(): #00897b → rgb(0,137,123).
    expect([node.type, node.x, node.y, node.color]).toEqual(["district", 5, 3, "rgb(0,137,123)"]);
    expect(JSON.parse(node.aliases)).toContain("龍崗");
    const edge = back.getEdgeAttributes("pairs_with:place:440307->place:451026");
    expect(edge.relationType).toBe("pairs_with");
    expect(JSON.parse(edge.evidence)).toHaveLength(2);
    // Only the articles cited by visible evidence travel along.
    expect(JSON.parse(back.getAttribute("documents")).map((d: { id: string }) => d.id)).toEqual(["doc:a1", "doc:a2", "doc:a3", "doc:a4"]);
  });

  it("writes the viz namespace Gephi and NetworkX read", () => {
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
  });
});
