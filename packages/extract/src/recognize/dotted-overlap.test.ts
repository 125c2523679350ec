import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const people = (text: string) => namesOf(text, "person");

describe("a dotted name whose last character opens a word that overlaps the verb after it (买买提出席)", () => {
  it("keeps its last character", () => {
    expect(people("泰来县副县长阿力木江·买买提出席启用仪式。")).toEqual(["阿力木江·买买提"]);
  });
  it("still ends before a verb that follows the name alone", () => {
    expect(people("副县长买买提·艾力说，合作成效明显。")).toEqual(["买买提·艾力"]);
  });
});
