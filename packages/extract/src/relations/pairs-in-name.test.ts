import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const pairs = (text: string) => relationsOf(text).filter((r) => r.relation.type === "pairs_with").map((r) => `${r.line} ${r.relation.rule}`);

describe("a body named for a pairing (pairs.in-name)", () => {
  it("pairs the helper with the innermost place of the chain after the verb", () => {
    expect(pairs("江苏省对口支援新疆伊犁哈萨克自治州前方指挥部在霍城县召开会议。")).toEqual(["pairs_with 江苏省 → 伊犁哈萨克自治州 pairs.in-name"]);
    expect(pairs("辽宁省对口支援新疆塔城地区前方指挥部召开会议。")).toEqual(["pairs_with 辽宁省 → 塔城地区 pairs.in-name"]);
  });
});
