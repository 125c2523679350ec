import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const hospitals = (text: string) => namesOf(text, "hospital");

describe("a place's short name and 医院 that acts as a hospital (甲医院与乙县人民医院结对)", () => {
  it("is a hospital when joined to another hospital in a pairing", () => {
    expect(hospitals("铁东医院与泰来县人民医院签订院院结对协议。")).toContain("铁东医院");
  });
  it("is a hospital when it sends its staff", () => {
    expect(hospitals("鞍山市铁东区的铁东医院选派专家12人到泰来县义诊。")).toContain("铁东医院");
  });
  it("is not a hospital joined to anything else", () => {
    expect(hospitals("铁东医院与鞍山市联合开展活动。")).toEqual([]);
  });
});
