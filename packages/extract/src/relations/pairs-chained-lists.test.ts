import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const pairs = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("pairs_with"));

describe("pairs of a list whose partner is written inside its place", () => {
  it("reads 甲与乙县丙镇、丁与戊分别结对 as two pairs, 丙镇 no helper of 戊", () => {
    const found = pairs("立山区友好街道与抚松县松江河镇、双山街道与泉阳镇分别建立结对关系。");
    expect(found).toEqual(expect.arrayContaining(["pairs_with 友好街道 → 松江河镇", "pairs_with 双山街道 → 泉阳镇"]));
    expect(found).not.toContain("pairs_with 松江河镇 → 泉阳镇");
  });
  it("still reads a list of helpers inside their place before 与 (甲县乙镇、丙镇与丁镇结对)", () => {
    expect(pairs("海城市孤山镇、岔沟镇与靖宇县龙泉镇结对帮扶。")).toEqual(expect.arrayContaining(["pairs_with 孤山镇 → 龙泉镇", "pairs_with 岔沟镇 → 龙泉镇"]));
  });
});

describe("two lists of one length around 分别 and a verb of pairing", () => {
  it("pairs them in order (甲镇、乙镇分别帮扶丙县丁镇、戊镇)", () => {
    const found = pairs("海城市孤山镇、岔沟镇分别帮扶抚松县泉阳镇、露水河镇。");
    expect(found).toEqual(expect.arrayContaining(["pairs_with 孤山镇 → 泉阳镇", "pairs_with 岔沟镇 → 露水河镇"]));
    expect(found).not.toContain("pairs_with 岔沟镇 → 泉阳镇");
    expect(found).not.toContain("pairs_with 孤山镇 → 露水河镇");
  });
  it("keeps one helper of two helped as before (甲镇分别帮扶乙镇、丙镇)", () => {
    expect(pairs("海城市孤山镇分别帮扶抚松县泉阳镇、露水河镇。")).toEqual(expect.arrayContaining(["pairs_with 孤山镇 → 泉阳镇", "pairs_with 孤山镇 → 露水河镇"]));
  });
});

describe("places that only say where counted bodies are", () => {
  it("do not pair themselves (甲区12所中小学与乙县12所学校结成帮扶关系)", () => {
    expect(pairs("上海市黄浦区12所中小学与抚松县12所学校结成“一对一”帮扶关系。")).toEqual([]);
    expect(pairs("黄浦区60家企业与抚松县60个村开展“村企结对”。")).toEqual([]);
  });
  it("still pair when named as the parties (乙县是甲区对口帮扶的县)", () => {
    expect(pairs("抚松县是黄浦区对口帮扶的县。")).toContain("pairs_with 黄浦区 → 抚松县");
  });
});

describe("山海协作, the pairing of a coastal and a mountain county of one province", () => {
  it("is a pairing trigger, the first written helping", () => {
    expect(pairs("海城市与岫岩满族自治县开展山海协作以来，合作不断加深。")).toContain("pairs_with 海城市 → 岫岩满族自治县");
  });
});

describe("a partner named after 与该县/与我县 in place of its county", () => {
  it("pairs as if the county were named (甲镇与该县乙镇、丙镇与该县丁镇结对; 分别与我县乙镇、丙镇)", () => {
    const found = pairs("立山区与抚松县结对帮扶。立山区友好街道与该县松江河镇、双山街道与该县泉阳镇结对帮扶。");
    expect(found).toEqual(expect.arrayContaining(["pairs_with 友好街道 → 松江河镇", "pairs_with 双山街道 → 泉阳镇"]));
    expect(found).not.toContain("pairs_with 松江河镇 → 泉阳镇");
    expect(pairs("立山区灵山街道、千山街道分别与我县露水河镇、万良镇结对。")).toEqual(expect.arrayContaining(["pairs_with 灵山街道 → 露水河镇", "pairs_with 千山街道 → 万良镇"]));
  });
});
