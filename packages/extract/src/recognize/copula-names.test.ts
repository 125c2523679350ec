import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const people = (text: string) => namesOf(text, "person");

describe("a name a clause opens with, before 是 and a role (刘青是…的医生)", () => {
  it("is a person when the clause after 是 names a role or title", () => {
    expect(people("刘青是泰来县人民医院的医生，长期下乡义诊。")).toEqual(["刘青"]);
    expect(people("他介绍，周岚是铁东区派驻泰来县的干部。")).toEqual(["周岚"]);
  });
  it("is not read from a clause that names no role", () => {
    expect(people("王明是个好人。")).toEqual([]);
  });
});
