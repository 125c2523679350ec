import { describe, expect, it } from "vitest";
import { foundIn as found } from "./test-support/candidates-of.js";
import { loadGazetteer } from "../gazetteer/index.js";
import { canonicalName } from "../resolve/names.js";

const gazetteer = loadGazetteer();

// Teams a place sends to another (援甘医疗队, 援川工作队), probe-made. Sentences and names are invented; the places are the gazetteer's.
describe("recognize: a sent team's count inside its name", () => {
  it("reads 甲市乙区第三批援丙医疗队 whole, not from the count on", () => {
    expect(found("近日，山西省长治市第三批援甘医疗队抵达当地。")).toContain("organization 山西省长治市第三批援甘医疗队");
    expect(found("日前，宜兴市第二批援川工作队队长张立军到村调研。")).toContain("government 宜兴市第二批援川工作队");
  });
  it("reads a count jieba cut in two (第十/m 批/q)", () => {
    expect(found("2023年，吉林省第十批援藏工作队在康马县开展帮扶。")).toContain("government 吉林省第十批援藏工作队");
  });
  it("takes no count into a name that is no team's, nor a count with no place before it", () => {
    expect(found("宜兴市第三批农业专家到村。").some((f) => f.includes("第三批"))).toBe(false);
    expect(found("今年第三批援川工作队抵达。").some((f) => f.includes("第三批"))).toBe(false);
  });
});

describe("resolve: a sent team's name", () => {
  it("keeps the sender's province or city as written and names all its turns alike", () => {
    expect(canonicalName("山西省长治市援甘医疗队", "organization", gazetteer)).toBe("山西省长治市援甘医疗队");
    expect(canonicalName("山西省长治市第三批援甘医疗队", "organization", gazetteer)).toBe("山西省长治市援甘医疗队");
  });
  it("still drops a redundant parent from other bodies (甲市乙镇人民政府)", () => {
    expect(canonicalName("宜兴市丁蜀镇人民政府", "government", gazetteer)).toBe("丁蜀镇人民政府");
  });
});

describe("recognize: a 团队 is no 专家团", () => {
  it("reads no expert group out of 专家团队, and still reads a 专家团", () => {
    expect(found("近日，山西省第十批援疆医疗专家团队走进乡卫生院。").some((f) => f.endsWith("专家团"))).toBe(false);
    expect(found("山西省援疆医疗专家团抵达。")).toContain("organization 山西省援疆医疗专家团");
  });
});

describe("recognize: where a sent team goes and whom it is made of, inside its name", () => {
  it("reads 甲市第二批赴乙县帮扶工作队 and 甲市援乙县干部人才工作队 whole", () => {
    expect(found("长治市第二批赴泰来县帮扶工作队抵达。")).toContain("government 长治市第二批赴泰来县帮扶工作队");
    expect(found("长治市援泰来县干部人才工作队领队胡振华说。")).toContain("government 长治市援泰来县干部人才工作队");
  });
  it("takes no 赴 into a name when no sender or count stands before it", () => {
    expect(found("工作组赴泰来县帮扶工作队驻地调研。").some((f) => f.includes("赴"))).toBe(false);
  });
  it("names all the turns of a team alike", () => {
    expect(canonicalName("长治市第二批赴泰来县帮扶工作队", "government", gazetteer)).toBe("长治市赴泰来县帮扶工作队");
  });
});
