import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/index.js";
import { canonicalName } from "../resolve/names.js";
import { foundIn, namesOf } from "./test-support/candidates-of.js";

// Where the names of firms, schools, bodies and towns start and end, probe-made. Sentences and names are invented; the places are the gazetteer's.
const gazetteer = loadGazetteer();
const firms = (text: string) => namesOf(text, "company");

describe("recognize: a firm's name after words that join clauses", () => {
  it("takes no 并 or 还 before a 与 or 和 into a brand (并与甲乡合作社, 并和美农业有限公司)", () => {
    expect(firms("公司负责运营，并与丁蜀镇青松合作社签订协议。").some((f) => f.startsWith("并"))).toBe(false);
    expect(firms("还与丁蜀镇合作社签订协议，并和美农业有限公司合作。")).toContain("和美农业有限公司");
  });
  it("still keeps a lone character of the brand before 和 (同和农业有限公司)", () => {
    expect(firms("同和农业有限公司捐款。")).toContain("同和农业有限公司");
  });
});

describe("recognize: a firm named after its parent", () => {
  it("starts the name after 所属, 旗下, 下属 (甲集团所属乙能源有限公司)", () => {
    const found = firms("青松集团所属青松甘肃能源有限公司还将投资。");
    expect(found).toContain("青松甘肃能源有限公司");
    expect(found.some((f) => f.includes("所属"))).toBe(false);
    expect(firms("青松集团旗下青松新能源有限公司投资。")).toContain("青松新能源有限公司");
  });
});

describe("recognize: a firm's short name that jieba opened with 中/f", () => {
  it("keeps the 中 after punctuation (，中种业集团某分公司)", () => {
    expect(firms("会上，中种业集团贵州分公司与当地签订协议。")).toContain("中种业集团贵州分公司");
  });
});

describe("recognize: a 中 that is no firm's", () => {
  it("drops a 中 inside a clause or before a generic word", () => {
    expect(firms("在这次活动中种业有限公司捐款。").some((f) => f.startsWith("中"))).toBe(false);
  });
});

describe("recognize: a group written short, then shorter", () => {
  it("names 甲集团 and 中国甲集团 by the full 中国甲集团有限公司", () => {
    const text = "中国鑫松集团有限公司捐赠资金。中国鑫松集团挂职干部张立军介绍，鑫松集团所属鑫松能源有限公司将投资。";
    const names = new Set(firms(text));
    expect(names.has("中国鑫松集团有限公司")).toBe(true);
    expect(names.has("中国鑫松集团")).toBe(false);
    expect(names.has("鑫松集团")).toBe(false);
  });
});

describe("recognize: a school's number between its place and its head (probe-made)", () => {
  const schools = (text: string) => namesOf(text, "school");
  it("reads 甲区乙一中心小学 whole", () => {
    expect(schools("宜兴市丁蜀一中心小学与当地小学结对。")).toContain("宜兴市丁蜀一中心小学");
  });
  it("reads no school out of a count (一所小学)", () => {
    expect(schools("全县建成一所小学和三所中学。")).toEqual([]);
  });
});

describe("recognize: a numeral opening a body's name with a place (probe-made)", () => {
  const all = foundIn;
  it("reads 三甲生态保护基金会 whole, and no place 甲 out of it", () => {
    const found = all("三泰来生态保护基金会也为当地捐赠了草种。");
    expect(found).toContain("organization 三泰来生态保护基金会");
    expect(found.some((f) => f.startsWith("county"))).toBe(false);
  });
  it("reads no name out of a count (建成三所小学)", () => {
    expect(all("当地建成三所小学。")).toEqual([]);
  });
});

describe("resolve: a township's government written short (probe-made)", () => {
  it("is its 人民政府 (甲乡, 乙镇 + 政府 → 人民政府)", () => {
    expect(canonicalName("丁蜀镇政府", "government", gazetteer)).toBe("丁蜀镇人民政府");
  });
});

describe("recognize: two remits joined by 和 in a department's name, the head inside jieba's last word (probe-made)", () => {
  const bodies = (text: string) => namesOf(text, "government");
  it("reads 甲市文化广电和旅游局 whole (文化/广电/和/旅游局)", () => {
    expect(bodies("宜兴市文化广电和旅游局局长钱建忠说。")).toContain("宜兴市文化广电和旅游局");
  });
  it("still reads two bodies joined by 和 as two", () => {
    expect(bodies("泰来县统计局和卫健局联合开展活动。")).toContain("泰来县统计局");
    expect(bodies("泰来县统计局和卫健局联合开展活动。").some((b) => b.includes("和"))).toBe(false);
  });
});

describe("recognize: a town's long transliterated name the gazetteer lacks (probe-made)", () => {
  const towns = (text: string) => namesOf(text, "town");
  it("reads 甲县 + five or six characters jieba does not know ending in 乡 as a town", () => {
    expect(towns("医疗队走进墨玉县阿克铁热克乡开展义诊。")).toContain("阿克铁热克乡");
  });
  it("reads no town out of everyday words before 乡 (推进贫困乡)", () => {
    expect(towns("医疗队走进墨玉县贫困乡村开展义诊。")).toEqual([]);
  });
});

describe("recognize: a brand jieba tags as a place the gazetteer does not know, before a firm's head (probe-made)", () => {
  it("reads 岭南/ns 集团 as a firm, and a county's name and 集团 still as none", () => {
    expect(firms("岭南集团向当地捐资。")).toContain("岭南集团");
    expect(firms("宜兴集团向当地捐资。")).toEqual([]);
  });
});
