import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The builds of a short invented article, as "builds source → target". */
function builds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "builds").map((r) => r.line);
}

describe("findPassiveBuilds", () => {
  it("reads the builder after 由 and the site before it", () => {
    expect(builds("花桥镇卫生院由武进区援建。")).toContain("builds 武进区 → 花桥镇卫生院");
    expect(builds("石阡县京苏产业园由武进区和石阡县共同建设。")).toEqual(expect.arrayContaining(["builds 武进区 → 石阡县京苏产业园", "builds 石阡县 → 石阡县京苏产业园"]));
  });

  it("reads 是…援建的 as a relative clause about the site", () => {
    expect(builds("石阡县中医院是武进区援建的重点项目。")).toContain("builds 武进区 → 石阡县中医院");
  });

  it("needs the verb of building right after the builders", () => {
    expect(builds("石阡县中医院是武进区的定点帮扶单位。")).toEqual([]);
    expect(builds("花桥镇卫生院由武进区负责管理。")).toEqual([]);
  });

  it("lets the supporter of 在甲区的帮扶下 build the site the sentence says was completed", () => {
    expect(builds("在武进区的帮扶下，石阡县白沙镇卫生院建成并投入使用。")).toContain("builds 武进区 → 白沙镇卫生院");
    expect(builds("在武进区的帮扶下，石阡县白沙镇卫生院医疗水平不断提升。")).toEqual([]);
  });
});

describe("builds by the verb", () => {
  it("is no building when the subject only visits the works (考察/参观X建设)", () => {
    expect(builds("萧山区代表团参观了鹤峰县京浙产业园建设现场。")).toEqual([]);
  });

  it("lets both parties of A与B共建 build", () => {
    expect(builds("萧山区与鹤峰县共建鹤峰县京浙产业园。")).toEqual(expect.arrayContaining(["builds 萧山区 → 鹤峰县京浙产业园", "builds 鹤峰县 → 鹤峰县京浙产业园"]));
    expect(builds("鹤峰县与萧山区共建的鹤峰县京浙产业园已入驻企业10家。")).toEqual(expect.arrayContaining(["builds 萧山区 → 鹤峰县京浙产业园", "builds 鹤峰县 → 鹤峰县京浙产业园"]));
  });
});

describe("a passive site named by a pronoun (该校由甲市援建)", () => {
  it("is the school or hospital named before", () => {
    const found = relationsOf("巧马镇温岭小学迎来了800余名学生。该校由温岭市援建，总投资3200万元。").map((r) => r.line);
    expect(found).toContain("builds 温岭市 → 巧马镇温岭小学");
  });
});

describe("a passive site with a part of it before 由 (乙卫生院新院区由…)", () => {
  it("is built by those after 由, with or without 的", () => {
    expect(relationsOf("巫溪县古路镇卫生院新院区由寿光市出资800万元建设。").map((r) => r.line)).toContain("builds 寿光市 → 古路镇卫生院");
    expect(relationsOf("巫溪县文峰中学综合楼由寿光市援建。").map((r) => r.line)).toContain("builds 寿光市 → 巫溪县文峰中学");
  });
});

describe("在甲区的支援下，建成了乙医院", () => {
  it("lets the supporter build the site written after the verb of completion", () => {
    expect(relationsOf("莎车县在宝山区的支援下，建成了莎车县第二人民医院。").map((r) => r.line)).toContain("builds 宝山区 → 莎车县第二人民医院");
  });
});
