import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const amountOf = (text: string, line: string) => relationsOf(text).find((r) => r.line === line)?.relation.amountYuan;

describe("the growth of a sum against another year", () => {
  it("is no gift of its own (比上年增加500万元, 较2022年增长, 同比增加)", () => {
    expect(amountOf("立山区向抚松县拨付帮扶资金3000万元，比上年增加500万元。", "funds 立山区 → 抚松县")).toBe(30000000);
    expect(amountOf("今年，立山区下达抚松县协作资金3000万元，较2022年增长了400万元，其中1200万元用于松江河镇。", "funds 立山区 → 抚松县")).toBe(30000000);
    expect(amountOf("立山区向抚松县捐赠物资价值300万元，同比增加50万元。", "funds 立山区 → 抚松县")).toBe(3000000);
  });
  it("keeps a sum raised to a new total (增加到) as the gift", () => {
    expect(amountOf("立山区向抚松县拨付的帮扶资金增加到3000万元。", "funds 立山区 → 抚松县")).toBe(30000000);
  });
});
