import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string, types: string[]) => relationsOf(text).filter((r) => types.includes(r.relation.type)).map((r) => r.line);

describe("a firm that invests an amount at a site", () => {
  const text = "晋中恒泰食品有限公司计划投资2亿元，在榆社县工业园区建设年产3万吨杂粮加工基地。";
  it("invests in the park named after 在, and gives no funds", () => {
    expect(lines(text, ["invests_in", "funds"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 榆社县工业园区"]);
  });
  it("does not build the park it builds in, nor reads a site's capacity as its name", () => {
    expect(lines(text, ["builds"])).toEqual([]);
    expect(relationsOf(text).flatMap((r) => [r.source, r.target]).join()).not.toContain("年产");
  });
});

describe("a fund a company sets up in a place", () => {
  it("is a gift, not an investment (甲公司在乙县设立200万元教育发展基金)", () => {
    const found = relationsOf("天津宝坻恒昌集团有限公司在秦安县设立200万元教育发展基金。").map((r) => r.line);
    expect(found).not.toContain("invests_in 天津宝坻恒昌集团有限公司 → 秦安县");
    expect(relationsOf("天津宝坻恒昌集团有限公司在秦安县建设服装加工厂。").map((r) => r.line)).toContain("invests_in 天津宝坻恒昌集团有限公司 → 秦安县");
  });
});

describe("a firm that settles in a park written whole (落户乙县丙产业园)", () => {
  it("invests in the park", () => {
    expect(relationsOf("寿光宏达种业有限公司落户巫溪县古路镇蔬菜产业园。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 古路镇蔬菜产业园");
  });
});

describe("a firm a place brings in (乙县引进甲公司)", () => {
  it("invests in that place, also when a helper brings it in for the place (甲市为乙县引进…)", () => {
    expect(relationsOf("巫溪县引进寿光宏达种业有限公司。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 巫溪县");
    expect(relationsOf("寿光市为巫溪县成功引进寿光宏达种业有限公司。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 巫溪县");
  });
});
