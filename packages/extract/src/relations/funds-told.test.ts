import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const funds = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("funds"));

describe("who tells of the money (张三介绍，…)", () => {
  it("does not give it: the article's helper does", () => {
    const found = funds("立山区与抚松县结对帮扶。抚松县财政局局长张明介绍，这些资金中，600万元用于泉阳镇，400万元用于露水河镇。");
    expect(found).toEqual(expect.arrayContaining(["funds 立山区 → 泉阳镇", "funds 立山区 → 露水河镇"]));
    expect(found.filter((l) => l.includes("财政局"))).toEqual([]);
  });
  it("leaves a donor who pledges (表示，将…捐赠) the giver", () => {
    expect(funds("辽宁恒达实业有限公司董事长王强表示，公司将向抚松县捐赠100万元。")).toContain("funds 辽宁恒达实业有限公司 → 抚松县");
  });
});
