import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphFromJson } from "../graph/load.js";
import { EntitySearch, normalizeQuery } from "./index.js";
import { pinyinForms, pinyinOfNames } from "@xiezuo/graph/pinyin";

const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/graph.json", import.meta.url), "utf8"));
/** A search with its pinyin put in at once, as the page's worker does in parts. */
function withPinyin(search: EntitySearch): EntitySearch {
  search.addPinyin(0, search.pinyinSources().map(pinyinOfNames));
  return search;
}
const search = withPinyin(new EntitySearch(graphFromJson(fixture).graph));
const labels = (query: string) => search.find(query).map((hit) => hit.label);

describe("EntitySearch", () => {
  it.each([
    ["龙岗", ["龙岗区", "龙岗区委", "龙岗街道"]],
    ["龍崗", ["龙岗区", "龙岗区委", "龙岗街道"]],
    ["longgang", ["龙岗区", "龙岗区委", "龙岗街道"]],
    ["lgq", ["龙岗区", "龙岗区委"]],
    ["LongGang Qu", ["龙岗区", "龙岗区委"]],
    ["ｌｇｑ", ["龙岗区", "龙岗区委"]],
    ["深圳市龙岗区", ["龙岗区", "龙岗街道"]],
    ["那坡縣", ["那坡县"]],
    ["产业园", ["那坡县深那产业园"]],
    ["鹏程农业", ["深圳市鹏程农业科技有限公司"]],
    ["jxs", ["靖西市"]],
    ["", []],
    ["xyz", []],
  ])("%s → %j", (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it("ranks an exact name before names that only contain it", () => {
    expect(labels("那坡县")[0]).toBe("那坡县");
    expect(labels("那坡县")).toContain("那坡县人民医院");
  });

  it("gives the place path as context", () => {
    expect(search.find("lgq")[0]).toEqual({ node: "place:440307", label: "龙岗区", context: "广东省 › 深圳市" });
  });

  it("does not match two letters inside a pinyin", () => {
    expect(labels("an")).toEqual([]);
  });
});

describe("query and pinyin forms", () => {
  it("normalizes width, case and spaces", () => {
    expect(normalizeQuery(" Long Gang ")).toBe("longgang");
    expect(normalizeQuery("ＬＧＱ")).toBe("lgq");
  });
  it("gives full pinyin and initials, traditional too", () => {
    expect(pinyinForms("龙岗区")).toEqual(["longgangqu", "lgq"]);
    expect(pinyinForms("龍崗區")).toEqual(["longgangqu", "lgq"]);
  });

  it("takes its pinyin in parts that add up to the whole, and finds the same as with it all at once", () => {
    // 900 names: the fixture's, numbered (names themselves matter little; the parts do).
    const names = fixture.nodes.map((node: { attributes: { label: string } }) => node.attributes.label);
    const many = { nodes: Array.from({ length: 900 }, (_, i) => ({ key: `n${i}`, attributes: { label: `${names[i % names.length]}${i}`, type: "company" } })), edges: [] };
    const [parted, whole] = [new EntitySearch(graphFromJson(many).graph), withPinyin(new EntitySearch(graphFromJson(many).graph))];
    const sources = parted.pinyinSources();
    expect(sources.length).toBe(900);
    // Parts come in the order the worker sends them; the index is complete with the last.
    for (let start = 0; start < 900; start += 200) {
      expect(parted.pinyinReady).toBe(false);
      parted.addPinyin(start, sources.slice(start, start + 200).map(pinyinOfNames));
    }
    expect(parted.pinyinReady).toBe(true);
    for (const query of ["龙岗", "lgq", "产业园", "45"]) {
      expect(parted.find(query).length).toBeGreaterThan(0);
      expect(parted.find(query)).toEqual(whole.find(query));
    }
  });

  it("takes a file's pinyin (a line per node, forms joined by spaces) and finds what the worker's pinyin finds", () => {
    const graph = graphFromJson(fixture).graph;
    const lines = graph.mapNodes((_node, a) => pinyinOfNames([a.label, ...a.aliases]).join(" "));
    const fromFile = new EntitySearch(graph, lines);
    expect(fromFile.pinyinReady).toBe(true);
    for (const query of ["longgang", "lgq", "jxs", "napo", "an", "xyz"]) expect(fromFile.find(query)).toEqual(search.find(query));
    // Lines for another graph are not taken: the search waits for the worker's pinyin instead.
    expect(new EntitySearch(graph, lines.slice(1)).pinyinReady).toBe(false);
  });

  it("answers a query in Latin letters before its pinyin is in, from the names alone", () => {
    const latin = { nodes: [{ key: "a", attributes: { label: "龙岗区", type: "district" } }, { key: "b", attributes: { label: "ABC科技有限公司", type: "company" } }], edges: [] };
    const early = new EntitySearch(graphFromJson(latin).graph);
    expect(early.pinyinReady).toBe(false);
    expect(early.find("lgq")).toEqual([]);
    expect(early.find("abc").map((hit) => hit.node)).toEqual(["b"]);
    withPinyin(early);
    expect(early.find("lgq").map((hit) => hit.node)).toEqual(["a"]);
  });
});
