import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const builds = (text: string) => relationsOf(text).filter((r) => r.relation.type === "builds").map((r) => r.line).sort();

describe("what a relative clause built, named after a description and a dash", () => {
  it("is the name after the dash (共建的“飞地”产业园——甲乙协作产业园)", () => {
    expect(builds("鹿城区与青田县共建的“飞地”产业园——鹿城青田山海协作产业园已引进企业15家。")).toEqual([
      "builds 青田县 → 鹿城青田山海协作产业园",
      "builds 鹿城区 → 鹿城青田山海协作产业园",
    ]);
  });
  it("is nothing when no name follows the dash", () => {
    expect(builds("鹿城区与青田县共建的“飞地”产业园——目前已引进企业15家。")).toEqual([]);
  });
});

describe("a sentence that opens with the verb of building", () => {
  it("continues the previous sentence's builder (合作建成了…)", () => {
    expect(builds("旅顺口区与抚远市深化协作。合作建成了海青镇冷链物流产业园。")).toContain("builds 旅顺口区 → 海青镇冷链物流产业园");
  });

  it("does not when the verb opens a noun phrase (共建的丙园已…): it names no builder", () => {
    expect(builds("引导鞍山宏达钢构有限公司到抚远市投资建厂。共建的旅顺口—抚远产业园已入驻企业8家。")).toEqual([]);
  });
});

describe("who builds in what a speaker tells", () => {
  it("is the subject after the verb of telling, not the speaker's body (甲县县长张三介绍，乙区援建了…)", () => {
    expect(builds("抚远市副市长李红介绍，旅顺口区援建了浓桥镇中心小学。")).toEqual(["builds 旅顺口区 → 浓桥镇中心小学"]);
  });

  it("is the sentence's subject when nobody is named after the verb of telling", () => {
    expect(builds("旅顺口区委书记王强介绍，已援建浓桥镇中心小学。")).toEqual(["builds 旅顺口区委 → 浓桥镇中心小学"]);
  });

  it("is the team a bare 工作队 stands for", () => {
    expect(builds("吉林省第十批援藏工作队在康马县开展帮扶。领队孙立国说，工作队投入资金建设康马县人民医院住院楼。")).toEqual(["builds 吉林省援藏工作队 → 康马县人民医院"]);
  });
});
