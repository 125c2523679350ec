import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

describe("该公司", () => {
  it("is the firm named 公司 or 集团 before, over a nearer firm named otherwise (乙加工厂)", () => {
    const found = relationsOf("由哈尔滨北方农牧集团有限公司出资的康马县青稞加工厂今年投产，该公司还为南尼乡捐赠了价值15万元的种子。").map((r) => r.line);
    expect(found).toContain("funds 哈尔滨北方农牧集团有限公司 → 南尼乡");
    expect(found).not.toContain("funds 康马县青稞加工厂 → 南尼乡");
  });
});

describe("工作队 opening a clause that gives", () => {
  it("is the team named before, not the person who tells of it", () => {
    const found = relationsOf("吉林省第十批援藏工作队在康马县开展帮扶。工作队领队孙立国介绍，工作队投入援藏资金5600万元，建设康马县人民医院住院楼。").map((r) => r.line);
    expect(found).toContain("funds 吉林省援藏工作队 → 康马县人民医院");
    expect(found).not.toContain("funds 孙立国 → 康马县人民医院");
  });

  it("is nobody when no team is named before", () => {
    const found = relationsOf("工作队投入资金50万元，建设南尼乡卫生院。").map((r) => r.line);
    expect(found.filter((l) => l.startsWith("funds"))).toEqual([]);
  });
});
