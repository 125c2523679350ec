import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphFromCompact } from "./compact.js";
import { ENTITY_COLORS, graphFromJson } from "./load.js";

const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/graph.json", import.meta.url), "utf8"));

describe("graphFromJson", () => {
  const { graph, documents } = graphFromJson(fixture);

  it("keeps every node, edge and document", () => {
    expect([graph.order, graph.size, documents.length]).toEqual([18, 23, 4]);
  });

  it("moves entity and relation types off `type`, which sigma reads as a program name", () => {
    graph.forEachNode((_, a) => expect((a as unknown as Record<string, unknown>).type).toBeUndefined());
    graph.forEachEdge((_, a) => expect((a as unknown as Record<string, unknown>).type).toBeUndefined());
    expect(graph.getNodeAttribute("place:440307", "entityType")).toBe("district");
    expect(graph.getEdgeAttribute("pairs_with:place:440307->place:451026", "relationType")).toBe("pairs_with");
  });

  it("colours by type, styles edges by type and keeps stored positions", () => {
    const a = graph.getNodeAttributes("place:440307");
    expect(a.color).toBe(ENTITY_COLORS.district);
    expect([a.x, a.y]).toEqual([5, 3]);
    expect(graph.getEdgeAttribute("pairs_with:place:440307->place:451026", "size")).toBeGreaterThan(graph.getEdgeAttribute("located_in:place:440307->place:440300", "size"));
  });

  it("collects the dates of a relation from its articles", () => {
    expect(graph.getEdgeAttribute("pairs_with:place:440307->place:451026", "dates")).toEqual(["2021-05-18", "2023-03-10"]);
    expect(graph.getEdgeAttribute("located_in:place:440300->place:440000", "dates")).toEqual([]);
  });

  it("places nodes without positions on a circle, the same way every time", () => {
    const bare = { ...fixture, nodes: fixture.nodes.map((n: { key: string; attributes: object }) => ({ key: n.key, attributes: { ...n.attributes, x: undefined, y: undefined } })) };
    const first = graphFromJson(bare).graph.mapNodes((_, a) => [a.x, a.y]);
    expect(first.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(graphFromJson(bare).graph.mapNodes((_, a) => [a.x, a.y])).toEqual(first);
  });
});

describe("a compact file's pinyin column", () => {
  /** A compact file of three nodes and no edges, with the pinyin column given. */
  const file = (pinyin: unknown) => ({
    format: "xiezuo-viewer", version: 1, name: "t", entityTypes: ["county"], relationTypes: [], paths: [], dates: [], shards: 1, documents: 0,
    nodes: { id: ["a", "b", "c"], label: ["西林县", "桂平市", "凌云县"], type: [0, 0, 0], x: [0, 1, 2], y: [0, 0, 0], size: [3, 3, 3], rank: [0, 0, 0], community: [0, 0, 0], fold: [-1, -1, -1], path: [-1, -1, -1], shard: [0, 0, 0], aliases: {}, code: {}, pinyin },
    edges: { source: [], target: [], type: [], weight: [], amount: [], dates: [], key: {} },
  });

  it("gives a line per node, in node order", () => {
    expect(graphFromCompact(file("napoxian npx\njingxishi jxs\nlingyunxian lyx")).pinyin).toEqual(["napoxian npx", "jingxishi jxs", "lingyunxian lyx"]);
  });

  it("reads labels and ids as the fetch worker joins them, and refuses a joined column of the wrong count", () => {
    const joined = file(undefined);
    Object.assign(joined.nodes, { label: { joined: "西林县\u0001桂平市\u0001凌云县", count: 3 }, id: { joined: "a\u0001b\u0001c", count: 3 } });
    const { graph } = graphFromCompact(joined);
    expect(graph.mapNodes((node, a) => `${node} ${a.label}`)).toEqual(["a 西林县", "b 桂平市", "c 凌云县"]);
    const wrong = file(undefined);
    Object.assign(wrong.nodes, { label: { joined: "西林县\u0001桂平市", count: 3 } });
    expect(() => graphFromCompact(wrong)).toThrow(/2 entries where 3 were joined/);
  });

  it("reads codes and aliases as the fetch worker packs them, the same as the file's objects, and refuses a packed column that does not add up", () => {
    const plain = file(undefined);
    Object.assign(plain.nodes, { aliases: { 0: ["西林", "西林縣"], 2: ["凌雲縣"] }, code: { 0: "451030", 1: "451081" } });
    const packed = file(undefined);
    Object.assign(packed.nodes, {
      aliases: { at: Int32Array.of(0, 2), counts: Int32Array.of(2, 1), joined: "西林\u0001西林縣\u0001凌雲縣" },
      code: { at: Int32Array.of(0, 1), counts: Int32Array.of(1, 1), joined: "451030\u0001451081" },
    });
    const read = (json: unknown) => graphFromCompact(json).graph.mapNodes((node, a) => [node, a.aliases, a.code ?? null]);
    expect(read(packed)).toEqual(read(plain));
    expect(read(packed)[0]).toEqual(["a", ["西林", "西林縣"], "451030"]);
    const wrong = file(undefined);
    Object.assign(wrong.nodes, { aliases: { at: Int32Array.of(0, 2), counts: Int32Array.of(2, 2), joined: "西林\u0001西林縣\u0001凌雲縣" } });
    expect(() => graphFromCompact(wrong)).toThrow(/nodes.aliases does not match its packed texts/);
  });

  it("is optional, and refused when it does not fit the nodes", () => {
    expect(graphFromCompact(file(undefined)).pinyin).toBeNull();
    expect(() => graphFromCompact(file("napoxian npx\njingxishi jxs"))).toThrow(/nodes.pinyin has 2 lines for 3 nodes/);
    expect(() => graphFromCompact(file(["napoxian"]))).toThrow(/not a text/);
  });
});
