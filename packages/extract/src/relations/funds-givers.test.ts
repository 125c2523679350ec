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

describe("the receiver of a total", () => {
  it("is not what a part of it (其中…用于) is used for; the part gives to that", () => {
    const found = relationsOf("温岭市与册亨县结对帮扶。今年，温岭市财政拨付帮扶资金3000万元，其中1200万元用于温册产业园基础设施建设。").filter((r) => r.relation.type === "funds");
    expect(found.map((r) => `${r.line} ${r.relation.amountYuan}`)).toEqual(expect.arrayContaining(["funds 温岭市 → 册亨县 30000000", "funds 温岭市 → 温册产业园 12000000"]));
  });

  it("is not the sites built as examples of it (援建了乙中学、丙卫生院等)", () => {
    const found = funds("宝山区对口支援莎车县。宝山区累计安排援疆资金9.2亿元，援建了莎车县第三中学、恰热克镇卫生院等一批民生项目。");
    expect(found).toEqual(["funds 宝山区 → 莎车县"]);
  });
});

describe("a place of birth (甲县籍企业家)", () => {
  it("neither gives nor receives", () => {
    expect(funds("温岭市与册亨县结对。册亨县八渡镇中学由温岭籍企业家捐建，总投资700万元。")).toEqual([]);
  });
});

describe("more verbs of the receiving subject and of the use after the amount", () => {
  it("reads 乙县使用甲市帮扶资金 as money from 甲市 to 乙县", () => {
    expect(funds("巫溪县使用寿光市帮扶资金1200万元，建设了古路镇蔬菜产业园。")).toEqual(["funds 寿光市 → 巫溪县"]);
  });

  it("reads …1800万元，支援乙县 as money for 乙县", () => {
    expect(funds("寿光市各级各部门捐款捐物折合资金1800万元，支援巫溪县。")).toEqual(["funds 寿光市 → 巫溪县"]);
  });
});

describe("a receiving clause without a subject of its own", () => {
  it("continues the subject the sentence opens with (乙县实施项目62个，使用甲市资金…)", () => {
    expect(funds("巫溪县今年共实施东西部协作项目62个，使用寿光市财政援助资金1.05亿元。")).toEqual(["funds 寿光市 → 巫溪县"]);
    expect(funds("今年，巫溪县实施项目62个，共获得寿光市帮扶资金1.05亿元。")).toEqual(["funds 寿光市 → 巫溪县"]);
  });
});

describe("firms' investment (实际到位投资, 投资兴业)", () => {
  it("is no gift of the helper", () => {
    expect(funds("寿光市与巫溪县结对。今年以来，寿光市引导12家企业到巫溪县投资兴业，实际到位投资8.6亿元。")).toEqual([]);
    expect(funds("寿光市向巫溪县投资2000万元。")).toEqual(["funds 寿光市 → 巫溪县"]);
  });
});

describe("a report whose sentences leave out the place its title names", () => {
  it("lets the title's one eastern place give to the western receiver marked by 向", () => {
    const found = relationsOf("宝坻区2024年东西部协作工作总结\n一、资金支持。全年向秦安县拨付财政援助资金1.26亿元。").filter((r) => r.relation.type === "funds");
    expect(found.map((r) => `${r.line} ${r.relation.rule}`)).toEqual(["funds 宝坻区 → 秦安县 funds.title-helper"]);
  });

  it("does not when the title names no eastern place, or the receiver is eastern", () => {
    expect(funds("秦安县2024年工作总结\n全年向秦安县兴国镇拨付资金100万元。")).toEqual([]);
    expect(funds("宝坻区2024年工作总结\n全年向武清区拨付资金100万元。")).toEqual([]);
  });
});
