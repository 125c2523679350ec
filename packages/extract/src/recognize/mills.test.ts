import { describe, expect, it } from "vitest";
import { foundIn as found } from "./test-support/candidates-of.js";

// Mills and workshops (加工厂, 食品厂), probe-made. Sentences and names are invented; the places are the gazetteer's.
describe("recognize: a mill named only by what it makes or does", () => {
  it("is a description, no firm (肉牛屠宰加工厂, 一座饲草料加工厂, 茶叶加工厂)", () => {
    const read = found("村里建设肉牛屠宰加工厂，又新建一座饲草料加工厂和茶叶加工厂。");
    expect(read.filter((f) => f.startsWith("company") || f.startsWith("park"))).toEqual([]);
  });
  it("is still a firm with a brand, and a site with a town's name (华丰食品厂, 丁蜀镇茶叶加工厂)", () => {
    expect(found("引进华丰食品厂投资。")).toContain("company 华丰食品厂");
    expect(found("丁蜀镇茶叶加工厂投产。")).toContain("park 丁蜀镇茶叶加工厂");
  });
});

describe("recognize: a cooperative named only by what it raises (probe-made)", () => {
  it("is a description (牦牛养殖合作社), while a place or a brand names one (甲镇青松合作社, 鑫农种植专业合作社)", () => {
    expect(found("村里已建成牦牛养殖合作社。").filter((f) => f.startsWith("company"))).toEqual([]);
    expect(found("丁蜀镇青松合作社、鑫农种植专业合作社参加。")).toEqual(expect.arrayContaining(["company 丁蜀镇青松合作社", "company 鑫农种植专业合作社"]));
  });
});
