import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The pairings of a short invented article, as "pairs_with source → target". */
function pairs(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "pairs_with").map((r) => r.line);
}

describe("作为甲区的结对县，乙县…", () => {
  it("lets the place of the phrase help the subject after the comma", () => {
    expect(pairs("作为吴兴区的东西部协作结对县，青川县近年来发展迅速。")).toContain("pairs_with 吴兴区 → 青川县");
  });
});

describe("findCooperations", () => {
  it("pairs an eastern and a western place said to deepen their cooperation, the eastern one helping", () => {
    expect(pairs("武进区同石阡县深化合作。")).toContain("pairs_with 武进区 → 石阡县");
    expect(pairs("石阡县与武进区持续加强东西部协作。")).toContain("pairs_with 武进区 → 石阡县");
  });

  it("reads A与B的协作 too", () => {
    expect(pairs("江口县与武进区的协作不断深化。")).toContain("pairs_with 武进区 → 江口县");
    expect(pairs("萧山区、鹤峰县两地深化协作。")).toContain("pairs_with 萧山区 → 鹤峰县");
    expect(pairs("萧山区、鹤峰县深化协作。")).toEqual([]);
  });

  it("leaves two places of one province alone", () => {
    expect(pairs("武进区与吴江区深化合作。")).toEqual([]);
  });
});

describe("agreements of cooperation between east and west", () => {
  it("pair an eastern and a western place that sign a 协作 agreement, not two eastern ones", () => {
    expect(pairs("萧山区与鹤峰县签署劳务协作协议。")).toContain("pairs_with 萧山区 → 鹤峰县");
    expect(pairs("萧山区与余杭区签署劳务协作协议。")).toEqual([]);
  });
});

describe("helpers listed with 、 before 两地共同", () => {
  it("all help the place after the trigger", () => {
    expect(pairs("寿光市、潍坊市两地共同帮扶巫溪县。")).toEqual(expect.arrayContaining(["pairs_with 寿光市 → 巫溪县", "pairs_with 潍坊市 → 巫溪县"]));
  });
});

describe("two lists joined by 分别与 (甲镇、乙镇分别与丙镇、丁镇结对)", () => {
  it("pair in order, each member the innermost place of its chain", () => {
    const found = pairs("寿光市文家街道、古城街道分别与巫溪县文峰镇、古路镇结对。");
    expect(found).toEqual(expect.arrayContaining(["pairs_with 文家街道 → 文峰镇", "pairs_with 古城街道 → 古路镇"]));
    expect(found).not.toContain("pairs_with 文家街道 → 古路镇");
  });

  it("sign in order too, and lists of different lengths pair no one by this rule", () => {
    const agreements = relationsOf("寿光市文家街道、古城街道分别与巫溪县文峰镇、古路镇签订结对帮扶协议。").filter((r) => r.relation.type === "agreement_with").map((r) => r.line);
    expect(agreements).toEqual(expect.arrayContaining(["agreement_with 文家街道 → 文峰镇", "agreement_with 古城街道 → 古路镇"]));
    expect(pairs("文家街道、古城街道、圣城街道分别与文峰镇、古路镇结对。")).not.toContain("pairs_with 文家街道 → 文峰镇");
  });
});
