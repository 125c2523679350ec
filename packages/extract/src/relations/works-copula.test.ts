import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const works = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("works_for"));

describe("张三是乙医院的医生: a workplace after the copula, a role there after it", () => {
  it("is where the person works", () => {
    expect(works("医生刘青是泰来县人民医院的骨干医生，长期下乡义诊。")).toEqual(["works_for 刘青 → 泰来县人民医院"]);
    expect(works("校长周岚是泰来县第一中学校长。")).toEqual(["works_for 周岚 → 泰来县第一中学"]);
  });
  it("is not for who is only a patient or pupil there", () => {
    expect(works("村民王大军是泰来县人民医院的患者。")).toEqual([]);
  });
});
