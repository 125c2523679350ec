import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const hospitals = (text: string) => namesOf(text, "hospital");

describe("a hospital named by a place's short name and 医院", () => {
  it("is a name when a post of the hospital follows it", () => {
    expect(hospitals("黔江区医疗队由黔江医院副院长宋建平带队。")).toEqual(["黔江医院"]);
    expect(hospitals("湖州市吴兴区。吴兴医院骨科医生王磊参加义诊。")).toEqual(["吴兴医院"]);
  });
  it("is a description otherwise (黔江医院 alone names no one hospital)", () => {
    expect(hospitals("黔江区。医疗队走访了黔江医院和社区。")).toEqual([]);
  });
});

describe("two hospitals joined by a verb of pairing", () => {
  it("are two names, 对口支援 between them no part of either", () => {
    expect(hospitals("湖州市吴兴区人民医院对口支援广元市利州区第二人民医院。").sort()).toEqual(["广元市利州区第二人民医院", "湖州市吴兴区人民医院"]);
  });
});

describe("a city's hospital named by its full name alone (probe-made)", () => {
  it("reads 甲市医院 as a hospital, not a city's short name and 医院", () => {
    expect(hospitals("宜兴市医院与泰来县人民医院开展远程会诊。")).toContain("宜兴市医院");
    expect(hospitals("长治医院与当地合作。")).toEqual([]);
  });
});
