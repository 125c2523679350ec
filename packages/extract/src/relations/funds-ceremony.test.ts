import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target ¥amount". */
function funds(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.relation.type === "funds")
    .map((r) => `${r.line}${r.relation.amountYuan ? ` ¥${r.relation.amountYuan}` : ""}`)
    .sort();
}

describe("findCeremonyGifts", () => {
  it("gives the gifts of a donation ceremony's paragraph that name no receiver to the site it was held at", () => {
    expect(funds("9月8日，爱心企业捐赠仪式在抚远市第一中学举行。其中，鞍山绿源食品有限公司捐款20万元，鞍山宏达钢构有限公司捐资10万元设立助学金。")).toEqual([
      "funds 鞍山宏达钢构有限公司 → 抚远市第一中学 ¥100000",
      "funds 鞍山绿源食品有限公司 → 抚远市第一中学 ¥200000",
    ]);
    expect(funds("当天，抚远市人民医院举行爱心捐赠仪式，旅顺口区红十字会捐赠价值30万元的医疗设备。")).toEqual(["funds 旅顺口区红十字会 → 抚远市人民医院 ¥300000"]);
  });

  it("leaves a gift that names its receiver to the other rules, and a gift of another paragraph alone", () => {
    expect(funds("捐赠仪式在抚远市第一中学举行。鞍山绿源食品有限公司向浓桥镇中心小学捐款5万元。")).toEqual(["funds 鞍山绿源食品有限公司 → 浓桥镇中心小学 ¥50000"]);
    expect(funds("捐赠仪式在抚远市第一中学举行。\n鞍山绿源食品有限公司捐款5万元。")).toEqual([]);
  });

  it("takes no site from a meeting that is no ceremony of giving", () => {
    expect(funds("座谈会在抚远市第一中学举行。鞍山绿源食品有限公司捐款5万元。")).toEqual([]);
  });
});
