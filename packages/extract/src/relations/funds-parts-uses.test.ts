import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const funds = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("funds"));

describe("the parts of a total, each used for its own receiver", () => {
  it("reads what an earlier part is used for as a receiver, never as the giver of the next part", () => {
    const found = funds("立山区与抚松县结对帮扶。立山区今年投入帮扶资金3000万元，实施项目10个。其中，投入1500万元用于松江河镇、泉阳镇，投入700万元用于露水河镇。");
    expect(found).toEqual(expect.arrayContaining(["funds 立山区 → 松江河镇", "funds 立山区 → 泉阳镇", "funds 立山区 → 露水河镇"]));
    expect(found).not.toContain("funds 泉阳镇 → 露水河镇");
    expect(found).not.toContain("funds 松江河镇 → 露水河镇");
  });
});

describe("a part of a total in the total's sentence", () => {
  it("gives the part to what it is used for, not to the total's receiver", () => {
    for (const text of ["立山区下达抚松县帮扶资金3000万元，其中1200万元用于松江河镇，800万元用于泉阳镇。", "立山区向抚松县拨付帮扶资金3000万元，其中1200万元用于松江河镇，800万元用于泉阳镇。"]) {
      const found = relationsOf(text).filter((r) => r.line.startsWith("funds"));
      const amountOf = (line: string) => found.find((r) => r.line === line)?.relation.amountYuan;
      expect(amountOf("funds 立山区 → 抚松县")).toBe(30000000);
      expect(amountOf("funds 立山区 → 松江河镇")).toBe(12000000);
      expect(amountOf("funds 立山区 → 泉阳镇")).toBe(8000000);
    }
  });
});

describe("the givers of a list of pairs", () => {
  it("are not the partner that closes the pair before (甲镇与乙县丙镇、丁镇与戊镇结对，丁镇…捐赠)", () => {
    const found = relationsOf("立山区友好街道与抚松县松江河镇、双山街道与泉阳镇建立结对关系，两个街道今年分别向结对镇拨付帮扶资金100万元。").map((r) => r.line).filter((l) => l.startsWith("funds"));
    expect(found).not.toContain("funds 松江河镇 → 泉阳镇");
  });
});

describe("money whose giver is not named, in an article whose towns pair too", () => {
  it("goes from the helper of the article's one pairing of districts and counties to the places it is used in", () => {
    const found = relationsOf("立山区与抚松县结对帮扶，立山区友好街道与抚松县松江河镇结对。\n三年来，协作资金累计到位6000万元，其中投入1500万元用于泉阳镇、露水河镇。").filter((r) => r.line.startsWith("funds"));
    const amountOf = (line: string) => found.find((r) => r.line === line)?.relation.amountYuan;
    expect(amountOf("funds 立山区 → 泉阳镇")).toBe(15000000);
    expect(amountOf("funds 立山区 → 露水河镇")).toBe(15000000);
    expect(found.map((r) => r.line)).not.toContain("funds 友好街道 → 泉阳镇");
  });
  it("has no giver when the article pairs two districts with counties", () => {
    const found = relationsOf("立山区与抚松县结对帮扶，铁东区与靖宇县结对帮扶。\n三年来，协作资金累计到位6000万元，其中投入1500万元用于泉阳镇、露水河镇。").filter((r) => r.line.startsWith("funds"));
    expect(found).toEqual([]);
  });
});
