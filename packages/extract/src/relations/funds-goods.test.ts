import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target rule". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => `${r.line} ${r.relation.rule}`);
}

describe("findGoodsGiven", () => {
  it("reads verbs of handing goods to a marked receiver", () => {
    expect(funds("萧山区侨联向容美镇中心小学发放助学金。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.goods-handed"]);
    expect(funds("萧山区侨联为容美镇中心小学的孩子们带去了书包和文具。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.goods-handed"]);
    expect(funds("萧山区侨联为容美镇中心小学添置了课桌椅。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.goods-handed"]);
  });

  it("reads 提供 only with goods or money after it", () => {
    expect(funds("萧山区侨联为容美镇中心小学提供教学设备。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.goods-handed"]);
    expect(funds("萧山区侨联为容美镇中心小学提供技术指导。")).toEqual([]);
    expect(funds("萧山区侨联为容美镇中心小学配备了专职教师。")).toEqual([]);
  });

  it("reads money put into a receiver right after 出资", () => {
    expect(funds("萧山区侨联出资修缮容美镇中心小学校舍。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.paid-for"]);
  });
});

describe("money put to a use", () => {
  it("gives to the school whose conditions the money improves (用于改善/修缮)", () => {
    expect(funds("萧山区侨联捐赠20万元，用于改善容美镇中心小学办学条件。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.given-to"]);
  });

  it("reads any fund set up at a school (设立爱心基金)", () => {
    expect(funds("萧山区侨联在容美镇中心小学设立爱心基金20万元。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学 funds.scholarship"]);
  });
});

describe("givers joined by 和/与 before 分别/共同", () => {
  it("lets both give, while A与B结对…投入 keeps A the giver", () => {
    expect(funds("萧山区侨联和萧山区红十字会分别向鹤峰县捐赠资金20万元、30万元。").map((l) => l.split(" funds.")[0])).toEqual(expect.arrayContaining(["funds 萧山区侨联 → 鹤峰县", "funds 萧山区红十字会 → 鹤峰县"]));
    expect(funds("萧山区侨联与萧山区红十字会共同向鹤峰县捐赠资金50万元。").map((l) => l.split(" funds.")[0])).toEqual(expect.arrayContaining(["funds 萧山区侨联 → 鹤峰县", "funds 萧山区红十字会 → 鹤峰县"]));
    expect(funds("萧山区与鹤峰县结对帮扶，累计投入资金5亿元。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区 → 鹤峰县"]);
  });
});

describe("receivers around unrecognised names and raised money", () => {
  it("reads 为/帮扶 before the short name of the place a receiver lies in (为恩施州鹤峰县)", () => {
    expect(funds("萧山区侨联累计为恩施州鹤峰县筹集帮扶资金120万元。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区侨联 → 鹤峰县"]);
    expect(funds("萧山区侨联向社会各界筹集帮扶资金120万元，帮扶恩施州鹤峰县。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区侨联 → 鹤峰县"]);
  });

  it("does not give to the one money is raised from (向杭州市各界筹集)", () => {
    expect(funds("萧山区侨联牵头，向杭州市各界筹集帮扶资金120万元，帮扶鹤峰县。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区侨联 → 鹤峰县"]);
  });

  it("reads 向 right after the amount", () => {
    expect(funds("萧山区侨联筹集帮扶资金120万元，向鹤峰县困难群众发放。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区侨联 → 鹤峰县"]);
  });
});

describe("money named after its amount and sent on", () => {
  it("reads N万元资助 as money received", () => {
    expect(funds("容美镇旧司村得到杭州东方纺织有限公司20万元资助。").map((l) => l.split(" funds.")[0])).toEqual(["funds 杭州东方纺织有限公司 → 旧司村"]);
  });

  it("gives to the school the money reached (已全部到达/拨付)", () => {
    expect(funds("萧山区侨联捐赠的20万元善款已全部到达容美镇中心小学。").map((l) => l.split(" funds.")[0])).toEqual(["funds 萧山区侨联 → 容美镇中心小学"]);
  });
});

describe("money put into a site it built", () => {
  it("gives to the park the money 建成", () => {
    expect(funds("武进区投入资金800万元建成石阡县京苏产业园并投入使用。").map((l) => l.split(" funds.")[0])).toEqual(["funds 武进区 → 石阡县京苏产业园"]);
  });
});

describe("a body's one partner body", () => {
  it("receives what the body gives with an amount and no receiver named", () => {
    expect(funds("武进区实验小学与花桥镇中心小学结对帮扶。武进区实验小学捐赠价值5万元的图书。").map((l) => l.split(" funds.")[0])).toContain("funds 武进区实验小学 → 花桥镇中心小学");
  });
});
