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

describe("a firm that signs first and invests in the next clause", () => {
  it("invests where the clause with no subject of its own says (…签订投资协议，计划投资8000万元在…)", () => {
    const text = "晋中恒泰食品有限公司与榆社县人民政府签订投资协议，计划投资8000万元在榆社县工业园区建设杂粮加工车间。";
    expect(lines(text, ["invests_in"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 榆社县工业园区"]);
  });
  it("leaves a clause with a subject of its own to that subject (…，乙公司投资…)", () => {
    const text = "晋中恒泰食品有限公司与榆社县人民政府签订框架协议，太谷宏达农业有限公司投资5000万元在榆社县工业园区建设冷库。";
    expect(lines(text, ["invests_in"])).toEqual(["invests_in 太谷宏达农业有限公司 → 榆社县工业园区"]);
  });
});

