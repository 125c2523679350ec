import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

describe("the abbreviations of a pair of provinces (京蒙协作资金)", () => {
  it("neither give nor receive: the place before the verb gives to its object", () => {
    const funds = relationsOf("今年，顺义区下达巴林右旗京蒙协作资金5600万元，支持建设大板镇肉羊产业园。").filter((r) => r.relation.type === "funds");
    expect(funds.map((r) => r.line)).toEqual(["funds 顺义区 → 巴林右旗"]);
    expect(funds[0]!.relation.amountYuan).toBe(56000000);
  });
});

describe("the abbreviations of a pair of provinces in a pairing's sentence", () => {
  it("are no side of the pairing a trigger states (岢岚县携手奏响辽晋协作新乐章: no pair of 岢岚县 with 辽宁省 or 山西省)", () => {
    const provinces = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("pairs_with") && /辽宁省|山西省/.test(l));
    expect(provinces("立山区与岢岚县结对。岢岚县携手奏响辽晋协作新乐章。")).toEqual(["pairs_with 辽宁省 → 山西省"]);
    expect(provinces("立山区结对帮扶辽晋协作重点县岢岚县。")).toEqual(["pairs_with 辽宁省 → 山西省"]);
  });
});
