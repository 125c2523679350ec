import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target amount". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => `${r.line} ${r.relation.amountYuan ?? "-"}`);
}

describe("a part of a total put to a use of its own (其中…用于)", () => {
  it("gives the part, not the total, to the receiver named after the part", () => {
    expect(funds("2023年常州市安排援疆资金1.2亿元，其中4500万元用于霍城县清水河镇现代农业产业园建设。")).toEqual([
      "funds 常州市 → 清水河镇现代农业产业园 45000000",
    ]);
    expect(funds("绍兴市越城区投入帮扶资金800万元，其中300万元用于丹寨县兴仁镇中心小学改造。")).toEqual([
      "funds 越城区 → 兴仁镇中心小学 3000000",
    ]);
  });

  it("still counts a total whose parts only say what kind of money it is", () => {
    expect(funds("绍兴市越城区向丹寨县投入帮扶资金800万元，其中财政资金500万元。")).toEqual(["funds 越城区 → 丹寨县 8000000"]);
  });
});

describe("a part of a total with a giver of its own and no receiver (其中丙公司捐款…)", () => {
  it("goes where the total went", () => {
    const found = funds("吴兴区社会各界向利州区捐款500万元，其中浙江金泰科技有限公司捐款300万元。");
    expect(found).toContain("funds 浙江金泰科技有限公司 → 利州区 3000000");
    expect(found).toContain("funds 吴兴区 → 利州区 5000000");
  });
});
