import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

// Where a firm's name starts, probe-made. Sentences and names are invented; the places are the gazetteer's.
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
