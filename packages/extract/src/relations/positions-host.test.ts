import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const held = (text: string) => relationsOf(text).filter((r) => r.relation.type === "holds_position").map((r) => `${r.line} (${r.relation.title})`);

describe("the post at the host one is sent to (张三到乙医院挂职副院长)", () => {
  it("is held at the host, the post after the verb of serving", () => {
    expect(held("鞍山市中心医院选派心内科主任周岚到泰来县人民医院挂职副院长。")).toContain("holds_position 周岚 → 泰来县人民医院 (挂职副院长)");
    expect(held("铁东区选派干部王大军赴泰来县挂任副县长。")).toContain("holds_position 王大军 → 泰来县 (挂职副县长)");
  });
  it("needs a post after the verb", () => {
    expect(held("鞍山市中心医院选派医生周岚到泰来县人民医院开展义诊。").filter((l) => l.includes("泰来县人民医院"))).toEqual([]);
  });
});
