import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string) => relationsOf(text).map((r) => r.line);

describe("a site counted right after its head (援建种植基地2处) is a kind of site, no name", () => {
  it("is no receiver of the money, so the partner is", () => {
    const found = lines("鞍山市铁东区与泰来县结对帮扶以来，先后投入帮扶资金800万元，援建黑木耳种植基地2处。");
    expect(found).toContain("funds 铁东区 → 泰来县");
    expect(found.filter((l) => l.includes("基地"))).toEqual([]);
  });
  it("is no site built either (建成种植基地3个)", () => {
    expect(lines("铁东区在泰来县建成黑木耳种植基地3个。").filter((l) => l.includes("加工厂"))).toEqual([]);
  });
  it("leaves the names of a list the count counts (甲中学、乙医院两个项目)", () => {
    expect(lines("泰来县启动泰来县第一中学、泰来县中医院两个整体搬迁建设项目。")).toContain("located_in 泰来县中医院 → 泰来县");
  });
});
