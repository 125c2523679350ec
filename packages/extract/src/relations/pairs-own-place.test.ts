import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string, type: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith(type));

describe("the article's own place as a party (甲区与我县结对)", () => {
  it("reads 我县 as the county whose government's website the article comes from", () => {
    const text = "铁东区携手我县发展食用菌产业\n发布时间：2024-03-18 来源：泰来县人民政府网站\n\n近年来，鞍山市铁东区与我县携手共建食用菌产业园，累计投入协作资金3000万元。";
    expect(lines(text, "pairs_with")).toContain("pairs_with 铁东区 → 泰来县");
  });
  it("reads 我县 as a party of an agreement", () => {
    const text = "4月2日，鞍山市铁东区—齐齐哈尔市泰来县协作座谈会召开。会上，铁东区与我县签订2024年结对帮扶协议。";
    expect(lines(text, "agreement_with")).toContain("agreement_with 铁东区 → 泰来县");
  });
  it("does not make a visit to 我县 a pairing of whoever visits", () => {
    const text = "泰来县位于齐齐哈尔市。6月15日，一支由鞍山日报、鞍山电视台等媒体记者组成的采访团来到我县，围绕对口帮扶工作展开采访。";
    expect(lines(text, "pairs_with")).toEqual([]);
  });
  it("leaves the place inside another medium's name alone", () => {
    const text = "来源：鞍山日报\n\n铁东区与我县签订结对帮扶协议。";
    expect(lines(text, "agreement_with")).toEqual([]);
  });
});
