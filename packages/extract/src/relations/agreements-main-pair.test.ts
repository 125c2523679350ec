import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const agreements = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("agreement_with"));

describe("双方签订 in an article whose towns pair too", () => {
  it("has the article's pairing of districts and counties sign", () => {
    expect(agreements("立山区与抚松县结对帮扶。立山区友好街道与抚松县松江河镇结对。会上，双方签订了2024年度协作框架协议。")).toEqual(["agreement_with 立山区 → 抚松县"]);
  });
  it("reads the provinces a cooperation is named for as no party when 双方 sign (双方签订辽晋协作框架协议)", () => {
    expect(agreements("立山区与岢岚县结对帮扶。立山区友好街道与岢岚县岚漪镇结对。会上，双方签订了辽晋协作框架协议。")).toEqual(["agreement_with 立山区 → 岢岚县"]);
  });
  it("names no parties when the article pairs two districts with counties", () => {
    expect(agreements("立山区与抚松县结对帮扶，铁东区与靖宇县结对帮扶。会上，双方签订了协作框架协议。")).toEqual([]);
  });
});
