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
