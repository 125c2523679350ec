import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const funds = (text: string) => relationsOf(text).filter((r) => r.relation.type === "funds");

describe("money that arrived, said of the helper (甲区对口帮扶乙县以来，累计到位资金…)", () => {
  it("goes from the helper of the sentence's pairing to the one it helps", () => {
    const found = funds("鞍山市铁东区与齐齐哈尔市泰来县召开联席会议。铁东区对口帮扶泰来县以来，累计到位资金4.6亿元。");
    expect(found.map((r) => r.line)).toEqual(["funds 铁东区 → 泰来县"]);
    expect(found[0]!.relation.amountYuan).toBe(460000000);
    expect(found[0]!.relation.rule).toBe("funds.arrived-from-helper");
  });
  it("reads the money of a sentence that names the helper's city first", () => {
    expect(funds("鞍山市铁东区对口帮扶泰来县以来，累计到位资金4.6亿元。").map((r) => r.line)).toEqual(["funds 铁东区 → 泰来县"]);
  });
  it("needs a pairing in the sentence", () => {
    expect(funds("鞍山市铁东区今年到位资金3000万元。")).toEqual([]);
  });
});
