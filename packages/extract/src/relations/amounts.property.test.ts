import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAmounts } from "./amounts.js";

// Property-based: amounts written every way a news article writes them, checked against the value
// they were generated from. 1,000 cases per property (fast-check's default is 100).
const RUNS = { numRuns: 1000 };

const DIGIT = "零一二三四五六七八九";

/** A whole number below 10,000 in Chinese numerals: 三千零五, 十二 or 一十二, 两百, 二百零八. */
function section(n: number, leadingTen: boolean, liang: boolean): string {
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ["千", "百", "十", ""];
  let out = "";
  let zero = false;
  digits.forEach((d, k) => {
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    if (k === 2 && d === 1 && out === "" && !leadingTen) out += "十";
    else out += (d === 2 && liang && k < 2 ? "两" : DIGIT[d]!) + units[k]!;
  });
  return out;
}

/** A whole number below 10^12 in Chinese numerals, with 万 and 亿: 一亿零五百万, 三万二千. */
function chinese(n: number, leadingTen: boolean, liang: boolean): string {
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = "";
  if (yi) out += `${section(yi, leadingTen, liang)}亿`;
  if (wan) out += `${out && wan < 1000 ? "零" : ""}${section(wan, leadingTen || out !== "", liang)}万`;
  if (rest) out += `${out && rest < 1000 ? "零" : ""}${section(rest, leadingTen || out !== "", liang)}`;
  return out;
}

const SCALES: [unit: string, factor: number][] = [
  ["", 1],
  ["万", 1e4],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
];
const HEDGES = ["约", "近", "超过", "逾", "多达"];
const BEFORE = ["捐赠", "投入资金", "共计", "援助", "，累计投入", "帮扶资金"];
const AFTER = ["", "，用于产业发展。", "。", "的帮扶资金", "，其中"];

/** An amount as written, with the yuan it stands for. */
interface Written {
  /** The number and its unit (万, 亿…), apart: 多/余 go between them. */
  number: string;
  unit: string;
  yuan: number;
  approximate: boolean;
}

const arabicAmount: fc.Arbitrary<Written> = fc
  .record({
    whole: fc.integer({ min: 1, max: 99_999 }),
    cents: fc.integer({ min: 0, max: 99 }),
    decimals: fc.constantFrom(0, 1, 2),
    scale: fc.constantFrom(...SCALES),
    commas: fc.boolean(),
  })
  .map(({ whole, cents, decimals, scale: [unit, factor], commas }) => {
    const fraction = decimals === 0 ? "" : `.${String(cents).padStart(2, "0").slice(0, decimals)}`;
    const digits = commas ? whole.toLocaleString("en-US") : String(whole);
    const value = Number(`${whole}${fraction}`);
    return { number: `${digits}${fraction}`, unit, yuan: Math.round(value * factor * 100) / 100, approximate: false };
  });

const chineseAmount: fc.Arbitrary<Written> = fc.oneof(
  fc
    .record({ n: fc.integer({ min: 1, max: 999_999_999_999 }), leadingTen: fc.boolean(), liang: fc.boolean() })
    .map(({ n, leadingTen, liang }) => ({ number: chinese(n, leadingTen, liang), unit: "", yuan: n, approximate: false })),
  fc
    .record({ n: fc.integer({ min: 1, max: 9999 }), scale: fc.constantFrom(...SCALES.slice(1)), liang: fc.boolean() })
    .filter(({ n, scale: [unit] }) => !(unit.length === 2 && n >= 10))
    .map(({ n, scale: [unit, factor], liang }) => ({ number: section(n, false, liang), unit, yuan: n * factor, approximate: false })),
);

/** An amount with what may surround it: a hedge (约, 近…) before, 多/余 after the number. */
const amountInSentence = fc
  .record({
    amount: fc.oneof(arabicAmount, chineseAmount),
    hedge: fc.option(fc.constantFrom(...HEDGES), { nil: undefined }),
    more: fc.option(fc.constantFrom("多", "余"), { nil: undefined }),
    before: fc.constantFrom(...BEFORE),
    after: fc.constantFrom(...AFTER),
  })
  .map(({ amount, hedge, more, before, after }) => {
    // 多/余 go after the number and before its unit: 300余万元, 二十多亿元, 3000余元.
    const written = `${hedge ?? ""}${amount.number}${more ?? ""}${amount.unit}元`;
    return { sentence: `${before}${written}${after}`, start: before.length, written, yuan: amount.yuan, approximate: Boolean(hedge || more) };
  });

describe("findAmounts (property-based, 1,000 cases each)", () => {
  it("reads every amount as the value it was written from, with its span and whether it is approximate", () => {
    fc.assert(
      fc.property(amountInSentence, ({ sentence, start, written, yuan, approximate }) => {
        const found = findAmounts(sentence);
        expect(found).toEqual([{ yuan, approximate, start, end: start + written.length }]);
      }),
      RUNS,
    );
  });

  it("reads a range as one approximate amount, its lower bound, spanning both ends", () => {
    const range = fc
      .record({
        low: fc.integer({ min: 1, max: 500 }),
        step: fc.integer({ min: 1, max: 500 }),
        scale: fc.constantFrom(...SCALES),
        separator: fc.constantFrom("至", "到", "-", "—", "～", "~"),
        unitTwice: fc.boolean(),
        script: fc.constantFrom("arabic", "chinese"),
        before: fc.constantFrom(...BEFORE),
      })
      // 千万 and 百万 follow a single Chinese digit only (三千万, not 十一千万).
      .filter(({ script, scale: [unit] }) => script === "arabic" || unit.length < 2)
      .map(({ low, step, scale: [unit, factor], separator, unitTwice, script, before }) => {
        const write = (n: number) => (script === "arabic" ? String(n) : section(n, false, false));
        const written = `${write(low)}${unitTwice ? unit : ""}${separator}${write(low + step)}${unit}元`;
        return { sentence: `${before}${written}`, start: before.length, written, yuan: low * factor };
      });
    fc.assert(
      fc.property(range, ({ sentence, start, written, yuan }) => {
        expect(findAmounts(sentence)).toEqual([{ yuan, approximate: true, start, end: start + written.length }]);
      }),
      RUNS,
    );
  });

  it("finds each of several amounts in a sentence, in order", () => {
    fc.assert(
      fc.property(fc.array(amountInSentence, { minLength: 2, maxLength: 4 }), (parts) => {
        const sentence = parts.map((p) => p.sentence).join("；");
        expect(findAmounts(sentence).map((a) => [a.yuan, a.approximate])).toEqual(parts.map((p) => [p.yuan, p.approximate]));
      }),
      RUNS,
    );
  });
});

describe("the spoken form of hundreds of millions", () => {
  it("reads N个亿, N个多亿 (approximate) and N个半亿", () => {
    expect(findAmounts("累计投入资金1个多亿").map((a) => [a.yuan, a.approximate])).toEqual([[1e8, true]]);
    expect(findAmounts("争取到两个亿的资金").map((a) => [a.yuan, a.approximate])).toEqual([[2e8, false]]);
    expect(findAmounts("总投资一个半亿元").map((a) => [a.yuan, a.approximate])).toEqual([[1.5e8, false]]);
  });
  it("leaves other counts alone (3个亿万富翁 aside, 3个项目)", () => {
    expect(findAmounts("实施3个项目，带动100户")).toEqual([]);
  });
});
