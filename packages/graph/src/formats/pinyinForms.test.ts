import fc from "fast-check";
import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { pinyinForms } from "./pinyinForms.js";

/** The two calls pinyinForms made before it read the initials off the syllables: what it must still give. */
function twoCallForms(name: string): [string, string] {
  const full = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  return [full.replace(/\s+/g, ""), initials.replace(/\s+/g, "")];
}

// Characters of every kind the search meets: polyphones and words (银行, 重庆), the tone-changing
// 一 and 不, syllables without an initial (二, 安), one beyond the BMP (𠀀), Latin letters that
// spell a syllable, digits, white space, punctuation, full-width forms and an emoji.
const PIECES = ["龙", "岗", "区", "银", "行", "重", "庆", "长", "乐", "一", "不", "二", "安", "鹅", "女", "略", "嗯", "𠀀", "long", "A", "b", "3", " ", "\t", "·", "（", "）", "Ａ", "😀", "-", "社区", "小学"];

describe("pinyinForms", () => {
  it("gives full pinyin and initials", () => {
    expect(pinyinForms("罗湖区")).toEqual(["luohuqu", "lhq"]);
    expect(pinyinForms("A栋long3号")).toEqual(twoCallForms("A栋long3号"));
  });

  it("gives what pinyin-pro's two calls (full, then pattern first) give, on any mix of characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const name = pieces.join("");
        expect(pinyinForms(name)).toEqual(twoCallForms(name));
      }),
      { numRuns: 2000 },
    );
  });

  it("does so on any text, Chinese characters among any others", () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code));
    const text = fc.array(fc.oneof(han, fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 10 });
    fc.assert(
      fc.property(text, (pieces) => {
        const name = pieces.join("");
        expect(pinyinForms(name)).toEqual(twoCallForms(name));
      }),
      { numRuns: 3000 },
    );
  });
});
