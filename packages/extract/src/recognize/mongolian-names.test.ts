import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const people = (text: string) => namesOf(text, "person");

describe("Mongolian names after a title (旗长宝音, 书记额尔敦巴特尔)", () => {
  it("are read whole, of one part or two", () => {
    expect(people("阿荣旗旗长宝音出席会议。")).toEqual(["宝音"]);
    expect(people("副旗长宝音、巴特尔出席会议。")).toEqual(["宝音", "巴特尔"]);
    expect(people("镇长其木格介绍了情况。")).toEqual(["其木格"]);
  });
  it("leave a place after a title alone", () => {
    expect(people("市长乌兰察布市代表团到访。")).toEqual([]);
  });
});
