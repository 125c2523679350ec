import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const pairs = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("pairs_with"));

describe("a body written after its places (甲市乙区团区委与丙州丁县团县委结对)", () => {
  it("is a side of the pair, the places before it its own", () => {
    expect(pairs("鞍山市铁东区团区委与齐齐哈尔市泰来县团县委举行结对帮扶活动。")).toContain("pairs_with 铁东区团区委 → 泰来县团县委");
  });
});

describe("a venue between the pair and its trigger (甲区与乙县在乙县丙镇举行结对…)", () => {
  it("is neither side of the pair", () => {
    const found = pairs("鞍山市铁东区与泰来县在泰来县平洋镇举行结对帮扶签约仪式。");
    expect(found).toContain("pairs_with 铁东区 → 泰来县");
    expect(found.filter((l) => l.includes("平洋镇"))).toEqual([]);
  });
});
