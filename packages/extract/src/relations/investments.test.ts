import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string, types: string[]) => relationsOf(text).filter((r) => types.includes(r.relation.type)).map((r) => r.line);

describe("a firm that invests an amount at a site", () => {
  const text = "晋中恒泰食品有限公司计划投资2亿元，在榆社县工业园区建设年产3万吨杂粮加工基地。";
  it("invests in the park named after 在, and gives no funds", () => {
    expect(lines(text, ["invests_in", "funds"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 榆社县工业园区"]);
  });
  it("does not build the park it builds in, nor reads a site's capacity as its name", () => {
    expect(lines(text, ["builds"])).toEqual([]);
    expect(relationsOf(text).flatMap((r) => [r.source, r.target]).join()).not.toContain("年产");
  });
});

describe("a firm that signs first and invests in the next clause", () => {
  it("invests where the clause with no subject of its own says (…签订投资协议，计划投资8000万元在…)", () => {
    const text = "晋中恒泰食品有限公司与榆社县人民政府签订投资协议，计划投资8000万元在榆社县工业园区建设杂粮加工车间。";
    expect(lines(text, ["invests_in"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 榆社县工业园区"]);
  });
  it("leaves a clause with a subject of its own to that subject (…，乙公司投资…)", () => {
    const text = "晋中恒泰食品有限公司与榆社县人民政府签订框架协议，太谷宏达农业有限公司投资5000万元在榆社县工业园区建设冷库。";
    expect(lines(text, ["invests_in"])).toEqual(["invests_in 太谷宏达农业有限公司 → 榆社县工业园区"]);
  });
});

describe("a firm called 企业 or 公司 after its name (invests.firm-pronoun)", () => {
  it("invests at the site after 在 where 企业/公司 invests or builds", () => {
    expect(lines("晋中恒泰食品有限公司总经理李志强表示，企业将在榆社县工业园区投资1.5亿元建设生产基地。", ["invests_in"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 榆社县工业园区"]);
    expect(lines("晋中恒泰食品有限公司董事长李志强介绍，公司在榆社县云竹镇投资建设的杂粮加工厂已投产。", ["invests_in"])).toEqual(["invests_in 晋中恒泰食品有限公司 → 云竹镇"]);
  });
  it("reads nothing when the firm only visits, or no firm was named", () => {
    expect(lines("晋中恒泰食品有限公司总经理李志强表示，企业将在榆社县工业园区开展调研。", ["invests_in"])).toEqual([]);
    expect(lines("榆社县工业和信息化局局长李志强表示，企业将在榆社县工业园区投资建设生产基地。", ["invests_in"])).toEqual([]);
  });
});

describe("a fund a company sets up in a place", () => {
  it("is a gift, not an investment (甲公司在乙县设立200万元教育发展基金)", () => {
    const found = relationsOf("天津宝坻恒昌集团有限公司在秦安县设立200万元教育发展基金。").map((r) => r.line);
    expect(found).not.toContain("invests_in 天津宝坻恒昌集团有限公司 → 秦安县");
    expect(relationsOf("天津宝坻恒昌集团有限公司在秦安县建设服装加工厂。").map((r) => r.line)).toContain("invests_in 天津宝坻恒昌集团有限公司 → 秦安县");
  });
});

describe("a firm that settles in a park written whole (落户乙县丙产业园)", () => {
  it("invests in the park", () => {
    expect(relationsOf("寿光宏达种业有限公司落户巫溪县古路镇蔬菜产业园。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 古路镇蔬菜产业园");
  });
});

describe("a firm a place brings in (乙县引进甲公司)", () => {
  it("invests in that place, also when a helper brings it in for the place (甲市为乙县引进…)", () => {
    expect(relationsOf("巫溪县引进寿光宏达种业有限公司。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 巫溪县");
    expect(relationsOf("寿光市为巫溪县成功引进寿光宏达种业有限公司。").map((r) => r.line)).toContain("invests_in 寿光宏达种业有限公司 → 巫溪县");
  });
});

describe("a firm that invests in 园区, the park named before", () => {
  it("invests in the park the article named last (…在园区建设生产线)", () => {
    const text = "两地共建的鹿城青田山海协作产业园已引进企业15家。温州瓯江电器有限公司投资2.3亿元在园区建设智能电器生产线。";
    expect(lines(text, ["invests_in"])).toEqual(["invests_in 温州瓯江电器有限公司 → 鹿城青田山海协作产业园"]);
  });
  it("invests in nothing when no park was named", () => {
    expect(lines("温州瓯江电器有限公司投资2.3亿元在园区建设智能电器生产线。", ["invests_in"])).toEqual([]);
  });
});
