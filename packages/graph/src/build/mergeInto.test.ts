import { describe, expect, test } from "vitest";
import { loadFixture } from "../test-support/fixtures.js";
import type { XiezuoGraph } from "../types.js";
import { buildGraph } from "./buildGraph.js";
import { mergeInto } from "./mergeInto.js";

function snapshot(graph: XiezuoGraph) {
  return {
    nodes: Object.fromEntries(graph.mapNodes((node, attributes) => [node, attributes]).sort(([a], [b]) => (a! < b! ? -1 : 1))),
    edges: Object.fromEntries(
      graph
        .mapEdges((edge, attributes, source, target) => [edge, { ...attributes, source, target, evidence: attributes.evidence.length }])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    ),
    documents: graph.getAttribute("documents").map((doc) => doc.id),
  };
}

describe("mergeInto", () => {
  test("a tally per entity (mentions, and every document naming it or stating one of its relations) gives the graph of the mentions", () => {
    const result = loadFixture("two-articles");
    const documents = new Map<string, Set<string>>();
    const mentions = new Map<string, number>();
    const add = (entity: string, document: string) => documents.set(entity, (documents.get(entity) ?? new Set()).add(document));
    for (const mention of result.mentions) {
      mentions.set(mention.entity, (mentions.get(mention.entity) ?? 0) + 1);
      add(mention.entity, mention.document);
    }
    for (const relation of result.relations) for (const item of relation.evidence) (add(relation.source, item.document), add(relation.target, item.document));
    const entityTally = [...documents].map(([entity, set]) => ({ entity, mentions: mentions.get(entity) ?? 0, documents: [...set].sort() }));
    const { mentions: _mentions, ...rest } = result;
    const tallied = buildGraph({ ...rest, entityTally });
    expect(snapshot(tallied)).toEqual(snapshot(buildGraph(result)));
    expect(tallied.nodes()).toEqual(buildGraph(result).nodes());
    // Its counts cover all of its documents: it cannot go into a graph that holds some of them.
    expect(() => mergeInto(tallied, { ...rest, entityTally })).toThrow(/holds some of them already/);
  });

  test("merging two articles one by one gives the graph of both at once", () => {
    const merged = mergeInto(buildGraph(loadFixture("article-a")), loadFixture("article-b"));
    expect(snapshot(merged)).toEqual(snapshot(buildGraph(loadFixture("two-articles"))));
  });

  test("merging a result again duplicates nothing", () => {
    const graph = buildGraph(loadFixture("two-articles"));
    const before = snapshot(graph);
    mergeInto(graph, loadFixture("two-articles"));
    mergeInto(graph, loadFixture("article-b"));
    expect(snapshot(graph)).toEqual(before);
  });

  test("merges aliases, mentions, documents and evidence of the same entity and relation", () => {
    const graph = buildGraph(loadFixture("article-a"));
    const extra = loadFixture("article-b");
    extra.entities.find((entity) => entity.id === "place:440307")!.aliases.push("龍崗");
    mergeInto(graph, extra);
    const longgang = graph.getNodeAttributes("place:440307");
    expect(longgang.aliases).toEqual(["龍崗", "龙岗"].sort());
    expect(longgang.documents).toEqual(["doc:1a2b3c4d", "doc:5e6f7a8b"]);
    const pairing = graph.getEdgeAttributes("pairs_with:place:440307->place:451026");
    expect(pairing.weight).toBe(2);
    expect(pairing.evidence.map((item) => item.document)).toEqual(["doc:1a2b3c4d", "doc:5e6f7a8b"]);
    // The earliest date wins: the pairing was first reported in May.
    expect(pairing.date).toBe("2021-05-10");
  });

  test("recomputes pairing totals and place paths over the whole graph", () => {
    const graph = buildGraph(loadFixture("article-b"));
    expect(graph.getEdgeAttribute("pairs_with:place:440307->place:451026", "fundsTotalYuan")).toBe(3_000_000);
    // Only the parent is known until the article naming 百色市 and 广西 arrives.
    expect(graph.getNodeAttribute("place:451026", "placePath")).toEqual(["百色市"]);
    mergeInto(graph, loadFixture("article-a"));
    expect(graph.getEdgeAttribute("pairs_with:place:440307->place:451026", "fundsTotalYuan")).toBe(9_000_000);
    expect(graph.getNodeAttribute("place:451026", "placePath")).toEqual(["广西壮族自治区", "百色市"]);
  });

  test("checks its inputs first", () => {
    expect(() => mergeInto({} as never, loadFixture("article-a"))).toThrow(/^@xiezuo\/graph\/mergeInto: the given graph is not a graphology instance/);
    expect(() => mergeInto(buildGraph(loadFixture("article-a")), { relations: [] } as never)).toThrow(/^@xiezuo\/graph\/mergeInto: .*documents, entities, mentions must be arrays/);
  });
});
