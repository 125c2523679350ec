import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The posts and workplaces of a short invented article, as "type source → target [title]". */
function posts(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.relation.type === "holds_position" || r.relation.type === "works_for")
    .map((r) => `${r.line}${r.relation.title ? ` [${r.relation.title}]` : ""}`);
}

describe("findCopulaSecondments", () => {
  it("reads 张三是甲派驻乙的干部: works for the sender, the post at the innermost place of the host", () => {
    expect(posts("驻村第一书记韩志强是旅顺口区商务局派驻抚远市浓桥镇新华村的干部。")).toEqual(
      expect.arrayContaining(["works_for 韩志强 → 旅顺口区商务局", "holds_position 韩志强 → 新华村 [第一书记]"]),
    );
    expect(posts("副校长王海燕系鞍山市教育局选派到抚远市第一中学的挂职干部。")).toEqual(
      expect.arrayContaining(["works_for 王海燕 → 鞍山市教育局", "holds_position 王海燕 → 抚远市第一中学 [挂职干部]"]),
    );
  });

  it("reads nothing without a verb of sending, or without the one sent named after the host", () => {
    expect(posts("韩志强是旅顺口区商务局联系抚远市浓桥镇新华村的干部。").filter((l) => l.includes("新华村"))).toEqual([]);
    expect(posts("韩志强是旅顺口区商务局派驻抚远市的第一批企业代表。").filter((l) => l.includes("抚远市"))).toEqual([]);
  });
});
