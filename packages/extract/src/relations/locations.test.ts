import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The located_in relations of a short article, as "source → target" with names. */
function locatedIn(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.relation.type === "located_in")
    .map((r) => `${r.source} → ${r.target}`);
}

describe("located_in from places chained inside a name", () => {
  it("places a city named only at the head of a party committee's name", () => {
    const found = locatedIn("山西省晋中市市委常委、副市长王某某到榆社县调研。");
    expect(found).toEqual(expect.arrayContaining(["晋中市 → 山西省", "榆社县 → 晋中市"]));
    expect(found).not.toContain("榆社县 → 山西省");
  });
  it("places a district named only at the head of a school's name", () => {
    expect(locatedIn("湖南省岳阳市君山区甲乙小学的老师来到学校。")).toEqual(expect.arrayContaining(["君山区 → 岳阳市"]));
  });
  it("places a county named only at the head of a site's name, and the towns in it", () => {
    const found = locatedIn("晋中市代表团走访了榆社县甲乙幼儿园、河峪乡等处。");
    expect(found).toEqual(expect.arrayContaining(["榆社县 → 晋中市", "河峪乡 → 榆社县"]));
    expect(found).not.toContain("河峪乡 → 晋中市");
  });
});
