import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

describe("该公司", () => {
  it("is the firm named 公司 or 集团 before, over a nearer firm named otherwise (乙加工厂)", () => {
    const found = relationsOf("由哈尔滨北方农牧集团有限公司出资的康马县青稞加工厂今年投产，该公司还为南尼乡捐赠了价值15万元的种子。").map((r) => r.line);
    expect(found).toContain("funds 哈尔滨北方农牧集团有限公司 → 南尼乡");
    expect(found).not.toContain("funds 康马县青稞加工厂 → 南尼乡");
  });
});
