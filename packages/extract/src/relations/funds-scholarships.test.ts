import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => r.line);
}

describe("findScholarships", () => {
  it("gives to the school the fund is set up at", () => {
    expect(funds("常州恒达机械有限公司在石阡县民族中学设立“恒达奖学金”，每年出资20万元奖励优秀学生。")).toContain("funds 常州恒达机械有限公司 → 石阡县民族中学");
  });

  it("gives to the school the fund's name opens with, with the amount", () => {
    const found = relationsOf("武进区教育基金会出资50万元，设立石阡县花桥镇中心小学助学金。").find((r) => r.line === "funds 武进区教育基金会 → 花桥镇中心小学");
    expect(found?.relation.amountYuan).toBe(500000);
  });

  it("gives nothing for a fund that names no receiver", () => {
    expect(funds("武进区教育基金会设立专项奖学金。")).toEqual([]);
  });
});

describe("a fund named for the giver's own place", () => {
  it("is not given to that place (甲区商会设立“甲区助学基金”)", () => {
    const found = relationsOf("湖州市吴兴区与广元市利州区结对帮扶。吴兴区商会出资50万元设立“吴兴助学基金”，资助利州区贫困学生。").filter((r) => r.relation.type === "funds").map((r) => r.line);
    expect(found).not.toContain("funds 吴兴区商会 → 吴兴区");
    expect(found).toContain("funds 吴兴区商会 → 利州区");
  });
});
