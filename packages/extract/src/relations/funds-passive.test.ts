import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => r.line);
}

describe("passive gifts: the givers after 由, the subject receives", () => {
  it("reads every giver of 分别由A、B捐赠 for the subject before the comma", () => {
    const found = funds("碧痕镇中心小学的课桌椅，分别由鄞州区红十字会、常州恒达机械有限公司捐赠。");
    expect(found).toEqual(expect.arrayContaining(["funds 鄞州区红十字会 → 碧痕镇中心小学", "funds 常州恒达机械有限公司 → 碧痕镇中心小学"]));
  });

  it("takes the amount after the giver, or the one the subject names", () => {
    const built = relationsOf("晴隆县第三中学的新教学楼，由浙江华立电器集团出资800万元援建。").find((r) => r.line === "funds 浙江华立电器集团 → 晴隆县第三中学");
    expect(built?.relation.amountYuan).toBe(8000000);
    const given = relationsOf("晴隆县第三中学新建图书室所需资金150万元由鄞州区红十字会提供。").find((r) => r.line === "funds 鄞州区红十字会 → 晴隆县第三中学");
    expect(given?.relation.amountYuan).toBe(1500000);
  });

  it("reads 由…提供/承担 only for money or goods", () => {
    expect(funds("容美镇中心小学的校服由萧山区侨联提供。")).toEqual(["funds 萧山区侨联 → 容美镇中心小学"]);
    expect(funds("容美镇中心小学的师资培训由萧山区侨联承担。")).toEqual([]);
  });

  it("names no receiver when the subject is a clause of its own", () => {
    expect(funds("晴隆县表示，该项目由鄞州区红十字会出资建设。")).toEqual([]);
  });
});

describe("body pronouns give for the body named before", () => {
  it("reads 该集团 and 该基金会 as the group and the foundation of the paragraph", () => {
    const found = funds("浙江华立电器集团董事长李国平介绍了企业情况。随后，该集团向晴隆县捐赠价值30万元的防疫物资。\n鄞州区慈善基金会一直关注晴隆教育。该基金会为碧痕镇中心小学捐赠图书2000册。");
    expect(found).toEqual(expect.arrayContaining(["funds 浙江华立电器集团 → 晴隆县", "funds 鄞州区慈善基金会 → 碧痕镇中心小学"]));
  });

  it("reads 企业负责人 opening a clause as the company named before", () => {
    const found = funds("5月，常州恒达机械有限公司负责人一行来到晴隆县碧痕镇。活动中，企业负责人表示，将现场捐赠50万元用于碧痕镇中心小学改善办学条件。");
    expect(found).toContain("funds 常州恒达机械有限公司 → 碧痕镇中心小学");
  });

  it("reads the body a person speaks for (会长张三代表协会)", () => {
    const found = funds("吴兴区扶贫济困协会会长沈某某来到青川县。在乔庄镇中心小学，沈某某代表协会向乔庄镇中心小学捐赠了价值8万元的学习用品。");
    expect(found).toContain("funds 吴兴区扶贫济困协会 → 乔庄镇中心小学");
  });

  it("names no one when no body of the kind was named before", () => {
    expect(funds("该基金会为碧痕镇中心小学捐赠图书2000册。")).toEqual([]);
  });
});

describe("who gives in a long sentence of a visit", () => {
  it("gives for the society its officers lead, not for the places visited nor the hosts", () => {
    const found = funds("近日，吴兴区扶贫济困协会会长沈某某、副会长周某某一行6人，在青川县政协副主席刘某某的陪同下，深入青川县乔庄镇、竹园镇等地，为乔庄镇中心小学捐赠价值12万元的学习用品。");
    expect(found).toEqual(["funds 吴兴区扶贫济困协会 → 乔庄镇中心小学"]);
  });
});

describe("a passive gift of a place's treasury, after the cost of the works", () => {
  it("reads 由甲县财政出资 and a subject before 项目总投资N元", () => {
    const found = relationsOf("长兴县援建的青川县乔庄镇幼儿园日前竣工，项目总投资860万元，全部由长兴县财政出资。").find((r) => r.line === "funds 长兴县 → 乔庄镇幼儿园");
    expect(found?.relation.amountYuan).toBe(8600000);
  });
});

describe("由甲出资的乙 (a relative clause of a passive gift)", () => {
  it("gives to the head of the clause", () => {
    const found = relationsOf("由哈尔滨北方农牧集团有限公司出资的康马县青稞加工厂今年投产。").map((r) => r.line);
    expect(found).toContain("funds 哈尔滨北方农牧集团有限公司 → 康马县青稞加工厂");
    expect(relationsOf("由寿光市慈善总会捐资的文峰镇中心小学图书室启用。").map((r) => r.line)).toContain("funds 寿光市慈善总会 → 文峰镇中心小学");
    // The innermost site of a chain, not a name quoted after it.
    const quoted = relationsOf("由潮阳区教育局出资援建的丹寨县龙泉镇中心小学“潮阳班”正式开班。").map((r) => r.line);
    expect(quoted).toContain("funds 潮阳区教育局 → 龙泉镇中心小学");
    expect(quoted).not.toContain("funds 潮阳区教育局 → 潮阳区");
  });
});
