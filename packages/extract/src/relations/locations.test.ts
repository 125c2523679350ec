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

describe("located_in of a park that names its place in brackets", () => {
  it("places 甲（乙县）产业园 in 乙县, which the name names, not in the builder 甲", () => {
    const found = locatedIn("齐齐哈尔市泰来县与宜兴市协作，宜兴（泰来）农业产业园投产。");
    expect(found).toEqual(expect.arrayContaining(["宜兴（泰来）农业产业园 → 泰来县", "泰来县 → 齐齐哈尔市"]));
    expect(found).not.toContain("宜兴（泰来）农业产业园 → 宜兴市");
  });
  it("places a town read from its school's name in the county before it", () => {
    expect(locatedIn("泰来县尔古乡小学获得捐赠。")).toEqual(expect.arrayContaining(["尔古乡小学 → 尔古乡", "尔古乡 → 泰来县"]));
  });
});

describe("located_in of towns and villages the gazetteer lacks", () => {
  it("places the towns of a list of town schools that the county opens in that county", () => {
    const found = locatedIn("泰来县尔古乡小学、木其乡小学和依洛乡小学获得捐赠。");
    expect(found).toEqual(expect.arrayContaining(["尔古乡 → 泰来县", "木其乡 → 泰来县", "依洛乡 → 泰来县", "木其乡小学 → 木其乡"]));
  });
  it("places a village of four characters after such a town in the town", () => {
    expect(locatedIn("泰来县尔古乡阿木瓦西村的村民用上了自来水。")).toEqual(expect.arrayContaining(["阿木瓦西村 → 尔古乡", "尔古乡 → 泰来县"]));
  });
});

describe("located_in of unlisted towns on fresh text", () => {
  it("places the later towns of a list of a county's town schools and clinics in the county", () => {
    expect(locatedIn("盐源县青松乡小学、白杨乡小学和红星乡卫生院获得捐赠。")).toEqual(
      expect.arrayContaining(["白杨乡 → 盐源县", "红星乡 → 盐源县", "白杨乡小学 → 白杨乡"]),
    );
  });
  it("places nothing in the county when a body and a verb stand between it and the list", () => {
    const found = locatedIn("盐源县教育局向青松乡小学、白杨乡小学捐赠图书。");
    expect(found).not.toContain("白杨乡 → 盐源县");
    expect(found).not.toContain("青松乡 → 盐源县");
  });
  it("places a village after such a town in the town", () => {
    expect(locatedIn("盐源县青松乡阿吉拉达村的村民用上了自来水。")).toContain("阿吉拉达村 → 青松乡");
  });
});

describe("located_in: no edge from places written only inside a firm's name or a document's title", () => {
  it("places nothing by a city and district that open a company's name", () => {
    expect(locatedIn("无锡市滨湖区甲乙商贸有限公司向泰来县捐款。")).not.toContain("滨湖区 → 无锡市");
    expect(locatedIn("无锡市滨湖区甲乙小学的老师到泰来县支教。")).toContain("滨湖区 → 无锡市");
  });
  it("places nothing by places in a plan's title (《甲省（乙市）对口丙县协作规划》)", () => {
    expect(locatedIn("两地出台了《黑龙江（齐齐哈尔）对口泰来协作规划》。")).not.toContain("齐齐哈尔市 → 黑龙江省");
  });
});

describe("located_in of places inside names, on fresh text", () => {
  it("places nothing by a district written only in a firm's name, and places it once the article names it apart", () => {
    expect(locatedIn("温州市鹿城区瓯丰农业开发有限公司向盐源县捐款。")).not.toContain("鹿城区 → 温州市");
    expect(locatedIn("温州市鹿城区瓯丰农业开发有限公司向盐源县捐款。温州市鹿城区的干部到盐源县挂职。")).toContain("鹿城区 → 温州市");
  });
  it("places 甲乙产业园, named by an eastern helper and a western place, on the western side", () => {
    const found = locatedIn("齐齐哈尔市泰来县与无锡市宜兴市协作，宜兴泰来跨境电商产业园投产。");
    expect(found).toContain("宜兴泰来跨境电商产业园 → 泰来县");
    expect(found).not.toContain("宜兴泰来跨境电商产业园 → 宜兴市");
  });
  it("places nothing by a province and city in the title of a programme", () => {
    expect(locatedIn("两地印发了《山西省（长治市）对口某县协作实施方案》。")).not.toContain("长治市 → 山西省");
  });
});
