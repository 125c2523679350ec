import { describe, expect, test } from "vitest";
import { loadFixture } from "../test-support/fixtures.js";
import { buildGraph, createGraph } from "./buildGraph.js";

const NAPO = "place:451026";
const LONGGANG = "place:440307";

describe("buildGraph", () => {
  const result = loadFixture("two-articles");
  const graph = buildGraph(result, { name: "fixture" });

  test("one node per entity, one edge per relation, keyed by their ids", () => {
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    expect(graph.nodes().sort()).toEqual(result.entities.map((entity) => entity.id).sort());
    expect(graph.edges().sort()).toEqual(result.relations.map((relation) => relation.id).sort());
  });

  test("node attributes carry name, type, aliases, code, parent, mentions and documents", () => {
    const napo = graph.getNodeAttributes(NAPO);
    expect(napo).toMatchObject({ label: "那坡县", type: "county", aliases: ["那坡"], code: "451026", parent: "百色市" });
    expect(napo.mentions).toBe(result.mentions.filter((mention) => mention.entity === NAPO).length);
    expect(napo.documents).toEqual(["doc:1a2b3c4d", "doc:5e6f7a8b"]);
    expect(graph.getNodeAttributes("person:李明")).not.toHaveProperty("code");
  });

  test("placePath runs from the province down to the parent", () => {
    expect(graph.getNodeAttribute(NAPO, "placePath")).toEqual(["广西壮族自治区", "百色市"]);
    expect(graph.getNodeAttribute("place:451026100", "placePath")).toEqual(["广西壮族自治区", "百色市", "那坡县"]);
    expect(graph.getNodeAttribute("place:45", "placePath")).toEqual([]);
    // 广东省 is not in the graph: the path starts where the known places start.
    expect(graph.getNodeAttribute(LONGGANG, "placePath")).toEqual(["深圳市"]);
    // A school takes the path of the place it is located in.
    expect(graph.getNodeAttribute("school:那坡县明德小学", "placePath")).toEqual(["广西壮族自治区", "百色市", "那坡县", "城厢镇"]);
  });

  test("placePath falls back to the parent chain when codes are missing", () => {
    const chain = loadFixture("two-articles");
    for (const entity of chain.entities) delete entity.code;
    const built = buildGraph(chain);
    expect(built.getNodeAttribute("place:451026100", "placePath")).toEqual(["广西壮族自治区", "百色市", "那坡县"]);
  });

  test("edge attributes carry type, weight, amounts, title, date and evidence", () => {
    const funds = graph.getEdgeAttributes(`funds:${LONGGANG}->${NAPO}`);
    expect(funds).toMatchObject({ type: "funds", weight: 2, amountYuan: 9_000_000, approximate: false, date: "2021-05-10" });
    expect(funds.evidence.map((item) => item.sentence)).toEqual([
      "会上，龙岗区向那坡县捐赠600万元，用于产业发展。",
      "龙岗区持续对口帮扶那坡县，今年再向那坡县捐赠300万元。",
    ]);
    expect(graph.getEdgeAttributes("funds:government:龙岗区人民政府->school:那坡县明德小学")).toMatchObject({
      amountYuan: 1_500_000,
      approximate: true,
    });
    expect(graph.getEdgeAttributes("holds_position:person:李明->government:龙岗区人民政府")).toMatchObject({ title: "区长", weight: 1 });
    expect(graph.source(`funds:${LONGGANG}->${NAPO}`)).toBe(LONGGANG);
  });

  test("graph attributes name the graph and list its documents", () => {
    expect(graph.getAttribute("name")).toBe("fixture");
    expect(graph.getAttribute("documents").map((doc) => doc.title)).toEqual(["龙岗区与那坡县携手推进产业协作", "那坡县明德小学建成启用"]);
    expect(buildGraph(result).getAttribute("name")).toBe("xiezuo");
  });

  test("a bare amountYuan without amounts still counts as one amount", () => {
    const bare = loadFixture("article-a");
    const relation = bare.relations.find((item) => item.type === "funds")!;
    delete relation.amounts;
    expect(buildGraph(bare).getEdgeAttributes(relation.id)).toMatchObject({ amountYuan: 6_000_000, approximate: false });
  });

  test.each([
    [null, /expected an ExtractionResult object, got null/],
    [{ documents: [], entities: [] }, /mentions, relations must be arrays/],
    ["graph.json", /got string/],
  ])("rejects %j with a prefixed message", (input, message) => {
    expect(() => buildGraph(input as never)).toThrow(/^@xiezuo\/graph\/buildGraph: /);
    expect(() => buildGraph(input as never)).toThrow(message);
  });

  test("rejects relations and mentions that point to unknown entities", () => {
    const broken = loadFixture("article-a");
    broken.relations[0]!.target = "place:000000";
    expect(() => buildGraph(broken)).toThrow(/relation "pairs_with:place:440307->place:451026" points to unknown entity "place:000000"/);
    const orphan = loadFixture("article-a");
    orphan.mentions[0]!.entity = "person:nobody";
    expect(() => buildGraph(orphan)).toThrow(/mention of unknown entity "person:nobody"/);
  });

  test("createGraph makes an empty graph ready for merging", () => {
    const empty = createGraph("empty");
    expect(empty.order).toBe(0);
    expect(empty.getAttributes()).toEqual({ name: "empty", documents: [] });
  });
});
