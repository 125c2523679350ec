import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

describe("the abbreviations of a pair of provinces (京蒙协作资金)", () => {
  it("neither give nor receive: the place before the verb gives to its object", () => {
    const funds = relationsOf("今年，顺义区下达巴林右旗京蒙协作资金5600万元，支持建设大板镇肉羊产业园。").filter((r) => r.relation.type === "funds");
    expect(funds.map((r) => r.line)).toEqual(["funds 顺义区 → 巴林右旗"]);
    expect(funds[0]!.relation.amountYuan).toBe(56000000);
  });
});
