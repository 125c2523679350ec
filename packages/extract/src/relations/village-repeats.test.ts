import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string) => relationsOf(text).map((r) => r.line);

describe("a village the gazetteer lacks, named again without its town (乙镇丙村…。丙村党支部书记张三)", () => {
  it("is the village again, and its officers hold posts there", () => {
    const found = lines("鞍山市铁东区与泰来县平洋镇新富村结对。新富村党支部书记、村委会主任王大军说，企业来了。");
    expect(found).toContain("holds_position 王大军 → 新富村");
  });
});
