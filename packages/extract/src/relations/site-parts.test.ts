import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string) => relationsOf(text).map((r) => r.line);

describe("a part of a site named before (用于产业园冷链仓储中心建设)", () => {
  it("is no site of its own, neither built nor funded", () => {
    const found = lines("鞍山市铁东区与泰来县结对帮扶。今年，铁东区拨付帮扶资金1500万元，用于产业园冷链仓储中心建设。");
    expect(found.filter((l) => l.includes("仓储中心"))).toEqual([]);
    expect(found).toContain("funds 铁东区 → 泰来县");
  });
});
