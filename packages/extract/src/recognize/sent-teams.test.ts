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
