import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The agreements of a short invented article, as "agreement_with source → target". */
function agreements(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "agreement_with").map((r) => r.line);
}

describe("双方/两地 signing", () => {
  it("are the helper and the helped of the article's one pairing", () => {
    expect(agreements("顺义区对口帮扶巴林右旗。两地领导出席签约仪式，双方签订了劳务协作协议。")).toEqual(["agreement_with 顺义区 → 巴林右旗"]);
  });

  it("name no one when the article states no single pairing, or only a pair of provinces (京蒙协作)", () => {
    expect(agreements("双方签订了劳务协作协议。")).toEqual([]);
    expect(agreements("顺义区对口帮扶巴林右旗，西青区对口帮扶丰宁满族自治县。双方签订了协议。")).toEqual([]);
    expect(agreements("京蒙协作不断深化。双方签订了劳务协作协议。")).toEqual([]);
  });
});

describe("a list of parties that sign as three or more (三方签署)", () => {
  it("gives every party an agreement with every other", () => {
    const found = relationsOf("吴兴区农业农村局、利州区农业农村局和广元市农业科学研究院三方签署了战略合作协议。").filter((r) => r.relation.type === "agreement_with").map((r) => r.line).sort();
    expect(found).toEqual([
      "agreement_with 利州区农业农村局 → 广元市农业科学研究院",
      "agreement_with 吴兴区农业农村局 → 利州区农业农村局",
      "agreement_with 吴兴区农业农村局 → 广元市农业科学研究院",
    ]);
  });
});

describe("agreements whose parties are set off by a comma or located by the places before them", () => {
  it("reads 甲，与乙签订 and 乙市丙区的丁公司 as the party 丁公司", () => {
    expect(agreements("抚远市浓桥镇新华村的鹏程种植专业合作社，与鞍山市铁东区的鞍山绿源食品有限公司签订了蓝莓收购协议。")).toEqual([
      "agreement_with 鹏程种植专业合作社 → 鞍山绿源食品有限公司",
    ]);
  });

  it("still reads a chain of places as its innermost place", () => {
    expect(agreements("抚远市与鞍山市铁东区签订了合作协议。")).toEqual(["agreement_with 抚远市 → 铁东区"]);
  });
});
