import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/index.js";
import { segment } from "../segment/index.js";
import { recognize } from "./index.js";

const gazetteer = loadGazetteer();
/** Entities recognised in a sentence, as "type name" strings. */
const found = (text: string) =>
  recognize(text, segment(text), gazetteer)
    .filter((c) => !c.nested)
    .map((c) => `${c.type} ${c.name}`);

describe("recognize", () => {
  it("finds places by full and short names", () => {
    expect(found("宝安区与广西凌云县携手，宝安的企业到凌云考察。")).toEqual([
      "district 宝安区",
      "province 广西壮族自治区",
      "county 凌云县",
      "district 宝安区",
      "county 凌云县",
    ]);
  });

  it("finds people after titles, in bylines and before reporting verbs", () => {
    expect(found("区委书记王建军到村里调研。")).toContain("person 王建军");
    expect(found("本报讯（记者 韦晓燕）")).toContain("person 韦晓燕");
    expect(found("新华社南宁5月3日电(黄 河 覃明理)扶贫工作有序推进。")).toEqual(
      expect.arrayContaining(["person 黄河", "person 覃明理"]),
    );
  });

  it("finds organisations by their heads, with a left edge that stops at verbs and numbers", () => {
    expect(found("宝安区援建了凌云县第一小学和凌云县人民医院。")).toEqual(
      expect.arrayContaining(["school 凌云县第一小学", "hospital 凌云县人民医院"]),
    );
    expect(found("在县城建设一所现代化小学。").filter((f) => f.startsWith("school"))).toEqual([]);
    expect(found("当地企业积极参与。").filter((f) => f.startsWith("company"))).toEqual([]);
    expect(found("广州恒达农业科技有限公司落户田阳。")).toContain("company 广州恒达农业科技有限公司");
  });

  it("names party committees and governments after their place, also when they are joined", () => {
    const bodies = found("宝安区委区政府高度重视，凌云县政府积极配合。").filter((f) => f.startsWith("government"));
    expect(bodies).toEqual(["government 宝安区委", "government 宝安区人民政府", "government 凌云县人民政府"]);
  });

  it("reads province abbreviations only where they are places", () => {
    expect(found("粤桂协作成效明显。")).toEqual(["province 广东省", "province 广西壮族自治区"]);
    expect(found("代表团赴粤考察。")).toContain("province 广东省");
  });
});

describe("recognize: what is not a person", () => {
  it("does not read words after a title as names", () => {
    const people = (text: string) => found(text).filter((f) => f.startsWith("person"));
    expect(people("记者从县扶贫办了解到，书记高度重视。")).toEqual([]);
    expect(people("县长助理到场，主任医师会诊。")).toEqual([]);
  });
});
