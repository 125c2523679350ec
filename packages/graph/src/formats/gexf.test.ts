import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildGraph, createGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { comparable } from "../test-support/comparable.js";
import { loadFixture } from "../test-support/fixtures.js";
import { GEXF_VIZ_NAMESPACE, fromGexf, toGexf } from "./gexf.js";

describe("toGexf", () => {
  const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 20 });
  const xml = toGexf(graph);

  test("writes GEXF 1.2 with the viz namespace readers look for", () => {
    expect(xml).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain(`xmlns:viz="${GEXF_VIZ_NAMESPACE}"`);
    expect(xml).not.toContain("http:///");
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(xml).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
  });

  test("writes lists as JSON text, never [object Object]", () => {
    expect(xml).not.toContain("[object Object]");
    expect(xml).toContain('<attvalue for="aliases" value="[&quot;那坡&quot;]"/>');
  });

  test("is well-formed XML (xmllint, when installed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-gexf-"));
    writeFileSync(join(dir, "graph.gexf"), xml);
    const lint = spawnSync("xmllint", ["--noout", join(dir, "graph.gexf")], { encoding: "utf8" });
    if (lint.error) return; // no xmllint here; the NetworkX test still parses the file
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(0);
  });

  test("survives text XML cannot hold", () => {
    const dirty = buildGraph(loadFixture("article-a"));
    dirty.setNodeAttribute("person:李明", "label", "李\u0001明");
    expect(fromGexf(toGexf(dirty)).getNodeAttribute("person:李明", "label")).toBe("李明");
  });
});

describe("fromGexf", () => {
  test("reads back an equal graph: same nodes, edges and attributes", () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 20 });
    const back = fromGexf(toGexf(graph));
    expect(comparable(back)).toEqual(comparable(graph));
  });

  test("an unenriched graph and an empty one also survive", () => {
    const graph = buildGraph(loadFixture("article-b"));
    expect(comparable(fromGexf(toGexf(graph)))).toEqual(comparable(graph));
    const empty = createGraph("empty");
    expect(comparable(fromGexf(toGexf(empty)))).toEqual(comparable(empty));
  });

  test("rejects text that is not GEXF, and nodes without a known type", () => {
    expect(() => fromGexf("{}")).toThrow(/^@xiezuo\/graph\/fromGexf: the given text is not GEXF/);
    expect(() => fromGexf("<gexf><graph>")).toThrow(/^@xiezuo\/graph\/fromGexf: not well-formed XML: /);
    const foreign = '<?xml version="1.0"?><gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/></nodes></graph></gexf>';
    expect(() => fromGexf(foreign)).toThrow(/^@xiezuo\/graph\/fromGexf: node "a" has no known entity type/);
  });
});

describe("markup in names and sentences", () => {
  test("survives toGexf and fromGexf unchanged", () => {
    const graph = buildGraph(loadFixture("article-a"));
    graph.setNodeAttribute("person:李明", "label", 'a <b> & "c"\nd\te');
    graph.updateEdgeAttribute("pairs_with:place:440307->place:451026", "evidence", (evidence) =>
      evidence!.map((item) => ({ ...item, sentence: `${item.sentence}</data>&amp;` })),
    );
    expect(comparable(fromGexf(toGexf(graph)))).toEqual(comparable(graph));
  });
});
