import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { comparable } from "../test-support/comparable.js";
import { loadFixture } from "../test-support/fixtures.js";
import { fromGraphml, toGraphml } from "./graphml.js";

describe("GraphML", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 20 });
  const xml = toGraphml(graph);

  test("declares one typed key per attribute and colour as r, g, b", () => {
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(xml).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(xml).toContain('<key id="n_r" for="node" attr.name="r" attr.type="int"/>');
    expect(xml).toContain('<key id="e_approximate" for="edge" attr.name="approximate" attr.type="boolean"/>');
    expect(xml).not.toContain("n_color");
  });

  test("is well-formed XML (xmllint, when installed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-graphml-"));
    writeFileSync(join(dir, "graph.graphml"), xml);
    const lint = spawnSync("xmllint", ["--noout", join(dir, "graph.graphml")], { encoding: "utf8" });
    if (lint.error) return;
    expect(lint.stderr).toBe("");
  });

  test("reads back an equal graph through graphology-graphml", () => {
    expect(comparable(fromGraphml(xml))).toEqual(comparable(graph));
  });

  test("rejects text that is not GraphML", () => {
    expect(() => fromGraphml("<gexf/>")).toThrow(/^@xiezuo\/graph\/fromGraphml: the given text is not GraphML/);
    expect(() => fromGraphml("<graphml><graph")).toThrow(/^@xiezuo\/graph\/fromGraphml: not well-formed XML: /);
    const undirected = '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    expect(() => fromGraphml(undirected)).toThrow(/^@xiezuo\/graph\/fromGraphml: /);
  });

  test("an empty graph survives", () => {
    const empty = createGraph("empty");
    expect(comparable(fromGraphml(toGraphml(empty)))).toEqual(comparable(empty));
  });
});

describe("markup in names and sentences", () => {
  test("survives toGraphml and fromGraphml unchanged", () => {
    const graph = buildGraph(loadFixture("article-a"));
    graph.setNodeAttribute("person:李明", "label", 'a <b> & "c"\nd\te');
    graph.updateEdgeAttribute("pairs_with:place:440307->place:451026", "evidence", (evidence) =>
      evidence!.map((item) => ({ ...item, sentence: `${item.sentence}</data>&amp;` })),
    );
    expect(comparable(fromGraphml(toGraphml(graph)))).toEqual(comparable(graph));
  });
});
