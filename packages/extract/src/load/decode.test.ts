import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const TEXT = "宝安区与凌云县签订对口帮扶协议。宝安区向凌云县捐赠800万元，用于当地学校建设。";
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function decoded(bytes: Uint8Array) {
  const outcome = decodeBytes(bytes);
  if ("problem" in outcome) throw new Error(`expected text, got: ${outcome.problem}`);
  return outcome;
}

describe("decodeBytes: UTF-16 and UTF-32", () => {
  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decoded(concat([0xff, 0xfe], iconv.encode(TEXT, "utf-16le")))).toEqual({ text: TEXT, encoding: "UTF-16LE", warnings: [] });
    expect(decoded(concat([0xfe, 0xff], iconv.encode(TEXT, "utf-16be")))).toEqual({ text: TEXT, encoding: "UTF-16BE", warnings: [] });
  });

  it("reads UTF-16 without a BOM when one byte order is clearly text, and says it guessed", () => {
    const withAscii = `标题 Title 2023\n${TEXT}\n`;
    for (const [name, encoding] of [["utf-16le", "UTF-16LE"], ["utf-16be", "UTF-16BE"]] as const) {
      for (const text of [TEXT, withAscii]) {
        const outcome = decoded(iconv.encode(text, name));
        expect(outcome.text).toBe(text);
        expect(outcome.encoding).toBe(encoding);
        expect(outcome.warnings).toEqual([`decoded as ${encoding} without a byte order mark (detected)`]);
      }
    }
  });

  it("never takes ASCII, GBK or Big5 for BOM-less UTF-16", () => {
    const english = "The county signed the agreement on Monday and the district sent teachers to its schools.";
    expect(decoded(utf8(english)).encoding).toBe("UTF-8");
    expect(decoded(iconv.encode(TEXT, "gbk")).encoding).toBe("GB18030");
    expect(decoded(iconv.encode("寶安區與凌雲縣簽訂對口幫扶協議，寶安區向凌雲縣捐贈八百萬元。", "big5")).encoding).toBe("Big5");
  });

  it("reads UTF-32 with a BOM", () => {
    const outcome = decoded(concat([0xff, 0xfe, 0, 0], iconv.encode(TEXT, "utf-32le")));
    expect(outcome).toMatchObject({ text: TEXT, encoding: "UTF-32LE" });
  });
});

describe("decodeBytes: damage", () => {
  it("reads UTF-8 cut in the middle of a character, replacing the damaged bytes and counting them", () => {
    const whole = utf8(TEXT + "龙岗");
    const cut = whole.subarray(0, whole.length - 2);
    const outcome = decoded(cut);
    expect(outcome.text).toBe(`${TEXT}龙\uFFFD`);
    expect(outcome.warnings).toEqual(["1 damaged UTF-8 byte sequence replaced by U+FFFD (�)"]);
    const holes = concat(utf8("宝安区"), [0xe5, 0x87], utf8(TEXT), [0xff], utf8(TEXT));
    expect(decoded(holes).warnings).toEqual(["2 damaged UTF-8 byte sequences replaced by U+FFFD (�)"]);
  });

  it("does not count a replacement character the file itself holds", () => {
    const outcome = decoded(concat(utf8(`${TEXT}\uFFFD${TEXT}`), [0xe5]));
    expect(outcome.warnings).toEqual(["1 damaged UTF-8 byte sequence replaced by U+FFFD (�)"]);
  });

  it("keeps stray NUL and control bytes in the text, and warns how many (the loader leaves them out of the body)", () => {
    const outcome = decoded(concat(utf8("宝安区"), [0, 0], utf8("凌云县"), [0x07], utf8(TEXT)));
    expect(outcome.text).toBe(`宝安区\0\0凌云县\u0007${TEXT}`);
    expect(outcome.warnings).toEqual(["removed 3 stray control characters (U+0000, U+0007)"]);
  });

  it("calls a file binary only when it is mostly not text", () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(decodeBytes(noise)).toEqual({ problem: expect.stringMatching(/^the file is binary, not text \(\d+% of it decodes to control or undecodable bytes\)$/) });
    const nulHeavy = concat(utf8(TEXT), new Uint8Array(200), utf8(TEXT));
    expect(decodeBytes(nulHeavy)).toEqual({ problem: expect.stringMatching(/binary/) });
    expect(decodeBytes(concat([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], utf8(TEXT)))).toEqual({ problem: "the file is binary, not text (it is a PDF document)" });
    expect(decodeBytes(concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ problem: "the file is binary, not text (it is a PNG image)" });
  });

  it("reads a file pasted together from UTF-8 and GBK lines, each in its own encoding", () => {
    const bytes = concat(utf8(`${TEXT}\n`), iconv.encode("龙岗区与那坡县开展劳务协作，共建产业园区。\n", "gbk"), utf8(`${TEXT}\n`));
    const outcome = decoded(bytes);
    expect(outcome.text).toBe(`${TEXT}\n龙岗区与那坡县开展劳务协作，共建产业园区。\n${TEXT}\n`);
    expect(outcome.warnings).toEqual(["mixed encodings: 2 lines in UTF-8, 1 line in GB18030; each read in its own"]);
  });

  it("follows the bytes, not a wrong meta charset, and says so", () => {
    const page = `<html><head><meta charset="utf-8"><title>结对</title></head><body><p>${TEXT}</p></body></html>`;
    const outcome = decoded(iconv.encode(page, "gbk"));
    expect(outcome.text).toBe(page);
    expect(outcome.warnings).toEqual(["the page declares charset UTF-8 but its bytes are GB18030; read as GB18030"]);
    expect(decoded(iconv.encode(page.replace("utf-8", "gb2312"), "gbk")).warnings).toEqual([]);
  });
});
