import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const pairs = (text: string) => relationsOf(text).filter((r) => r.relation.type === "pairs_with").map((r) => `${r.line} ${r.relation.rule}`);

describe("a body named for a pairing (pairs.in-name)", () => {
  it("pairs the helper with the innermost place of the chain after the verb", () => {
    expect(pairs("黑龙江省对口支援新疆阿勒泰地区前方指挥部在福海县召开会议。")).toEqual(["pairs_with 黑龙江省 → 阿勒泰地区 pairs.in-name"]);
    expect(pairs("辽宁省对口支援新疆塔城地区前方指挥部召开会议。")).toEqual(["pairs_with 辽宁省 → 塔城地区 pairs.in-name"]);
  });
});
