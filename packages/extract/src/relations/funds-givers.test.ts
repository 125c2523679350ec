import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => r.line);
}

describe("the giver of a sentence that opens with a pair", () => {
  it("is the first party of A还与B结对，捐赠…, as of A与B", () => {
    expect(funds("闵行区莘庄镇还与屏边县新现镇结成帮扶对子，捐赠价值30万元的图书和文具。")).toEqual(["funds 莘庄镇 → 新现镇"]);
    expect(funds("莘庄镇自2020年起与新现镇结对，累计捐赠资金30万元。")).toEqual(["funds 莘庄镇 → 新现镇"]);
  });
});

describe("partners counted after a marker of the receiver (帮助两镇)", () => {
  it("receive when the giver has as many partners of that level", () => {
    const found = funds("镇隆镇与西河镇、陈塘镇分别结对，镇隆镇投入资金300万元帮助两镇发展茶叶产业。");
    expect(found).toEqual(expect.arrayContaining(["funds 镇隆镇 → 西河镇", "funds 镇隆镇 → 陈塘镇"]));
  });

  it("do not when the count differs, or when no marker names them receivers", () => {
    expect(funds("镇隆镇与西河镇、陈塘镇分别结对，镇隆镇投入资金300万元帮助三镇发展。")).toEqual([]);
    expect(funds("镇隆镇与西河镇、陈塘镇分别结对。镇隆镇累计投入资金300万元，所结对的两镇已全部脱贫。")).toEqual([]);
  });
});
