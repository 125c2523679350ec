import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The relations of a short invented article, as "type source → target rule". */
function lines(text: string): string[] {
  return relationsOf(text).map((r) => r.line);
}

describe("findJointBuilds", () => {
  it("lets both partners of the article's pairing build what 两市/双方 built together", () => {
    const found = lines("湖州市与丽江市结对帮扶已有五年。由两市共同建设的湖丽产业园，已引进企业20家。");
    expect(found).toContain("builds 湖州市 → 湖丽产业园");
    expect(found).toContain("builds 丽江市 → 湖丽产业园");
  });

  it("names no builders when the article states no single pairing", () => {
    const found = lines("由两市共同建设的湖丽产业园，已引进企业20家。");
    expect(found.filter((l) => l.startsWith("builds"))).toEqual([]);
  });
});

describe("builds in a relative clause", () => {
  it("takes the builder before 在, not the place after it", () => {
    const found = lines("其中，萧山区在来凤县援建的翔凤镇扶贫车间已吸纳300余人就业。");
    expect(found).toContain("builds 萧山区 → 翔凤镇扶贫车间");
    expect(found).not.toContain("builds 来凤县 → 翔凤镇扶贫车间");
  });
});

describe("the builders a sentence opens with", () => {
  it("are the innermost places of their chains: 双方 after A与B builds with both", () => {
    const found = lines("湖州市长兴县与广元市青川县结对以来，双方共建长青产业园。");
    expect(found).toEqual(expect.arrayContaining(["builds 长兴县 → 长青产业园", "builds 青川县 → 长青产业园"]));
    expect(found).not.toContain("builds 湖州市 → 长青产业园");
  });

  it("is the innermost place of a chain for one builder too", () => {
    expect(lines("无锡市江阴市援建紫阳县向阳镇中心小学。")).toContain("builds 江阴市 → 向阳镇中心小学");
  });
});

describe("a site written before 建设", () => {
  it("is built when 建设 is a noun (推进乙产业园建设), not when it takes an object of its own", () => {
    expect(lines("西青区全力推进大阁镇食用菌产业园建设。")).toContain("builds 西青区 → 大阁镇食用菌产业园");
    expect(lines("瑞安市教育局下拨专项资金180万元，资助理塘县民族中学建设智慧教室。").filter((l) => l.startsWith("builds"))).toEqual([]);
  });
});

describe("a list of sites with a building after a name (乙医院门诊楼和丙中心)", () => {
  it("builds every site of the list", () => {
    const found = lines("黑龙江省重点建设康马县人民医院门诊楼和南尼乡农牧民培训中心。");
    expect(found).toEqual(expect.arrayContaining(["builds 黑龙江省 → 康马县人民医院", "builds 黑龙江省 → 南尼乡农牧民培训中心"]));
  });
});
