import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { PreparedDocument } from "../document.js";
import { toSimplifiedString } from "../normalize/script.js";
import { collectInputs, prepareDocument } from "./index.js";

// Invented article text, and real files written to a temporary folder: what a scraper leaves behind.
const ARTICLE = "宝安区与凌云县签订对口帮扶协议。宝安区向凌云县捐赠八百万元，用于当地学校建设和产业发展。";
const LONG_ARTICLE = Array.from({ length: 40 }, (_, i) => `第${i + 1}批帮扶资金到位后，福田区与田林县共同建设的产业园新增岗位${i + 20}个，带动周边群众就近就业。`).join("");
const dir = mkdtempSync(join(tmpdir(), "xiezuo-hostile-"));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(name: string, content: string | Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, content);
  return prepareDocument(file);
}

/** Every body character comes from the original: its source span, simplified, is the character (or its entity/whitespace). */
function expectTraced(doc: PreparedDocument) {
  expect(doc.originalStarts).toHaveLength(doc.text.length);
  for (let i = 0; i < doc.text.length; i++) {
    const char = doc.text[i]!;
    const source = doc.original.slice(doc.originalStarts[i]!, doc.originalEnds[i]!);
    if (/\p{Script=Han}/u.test(char)) expect({ i, source: toSimplifiedString(source) }).toEqual({ i, source: char });
    else if (char !== "\n" && char !== " ") expect({ i, empty: source.length === 0 }).toEqual({ i, empty: false });
  }
}

const messages = (outcome: { issues: { message: string }[] }) => outcome.issues.map((i) => i.message);

describe("the five inputs of issue 8", () => {
  it("reads a page nested 100,000 elements deep", async () => {
    const page = `<html><body>${"<div>".repeat(100_000)}<p>${ARTICLE}</p>${"</div>".repeat(100_000)}</body></html>`;
    const outcome = await read("deep.html", page);
    expect(outcome.document!.text).toBe(ARTICLE);
    expectTraced(outcome.document!);
  });

  it("reads a UTF-16 text with a BOM", async () => {
    const outcome = await read("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`标题\n${ARTICLE}`, "utf-16le")]));
    expect(outcome.document!.text).toContain(ARTICLE);
    expect(messages(outcome)).toEqual(["decoded as UTF-16LE"]);
  });

  it("keeps a whole article saved on one line, page chrome and all, and drops the chrome", async () => {
    const page = `首页  新闻中心  当前位置：首页 > 协作动态  福田田林结对谱新篇  来源：某某日报  ${LONG_ARTICLE}责任编辑：黄明  版权所有 某某网 桂ICP备00000000号`;
    const outcome = await read("one-line.txt", page);
    const doc = outcome.document!;
    expect(doc.text.replace(/\n/g, "")).toContain(LONG_ARTICLE);
    expect(doc.text).not.toMatch(/当前位置|ICP|责任编辑/);
    expect(doc.text.split("\n").length).toBeGreaterThan(30);
    expect(doc.info.source).toBe("某某日报");
    expectTraced(doc);
  });

  it("reads UTF-8 cut in the middle of a character, with a warning", async () => {
    const bytes = utf8(`${ARTICLE}龙岗`);
    const outcome = await read("cut.txt", bytes.subarray(0, bytes.length - 1));
    expect(outcome.document!.text).toBe(`${ARTICLE}龙\uFFFD`);
    expect(outcome.issues).toEqual([{ file: join(dir, "cut.txt"), severity: "warning", message: "1 damaged UTF-8 byte sequence replaced by U+FFFD (�)" }]);
  });

  it("reads a text with a few stray NUL bytes, leaves them out of the body and keeps offsets into the original", async () => {
    const outcome = await read("nul.txt", Buffer.concat([utf8("宝安区与凌云县"), Buffer.from([0, 0, 0]), utf8(ARTICLE.slice(7))]));
    const doc = outcome.document!;
    expect(doc.text).toBe(ARTICLE);
    expect(doc.original).toContain("\0\0\0");
    expect(messages(outcome)).toEqual(["removed 3 stray control characters (U+0000)"]);
    expectTraced(doc);
  });
});

describe("more hostile inputs", () => {
  it("turns a zero-byte file and a file of whitespace into clear issues", async () => {
    expect(messages(await read("empty.txt", ""))).toEqual(["skipped: the file is empty"]);
    expect(messages(await read("blank.txt", " \n\t\r\n\u3000\n"))).toEqual(["skipped: the file holds only whitespace"]);
  });

  it("says a page with nothing but scripts has no text", async () => {
    const outcome = await read("script.html", `<html><head><script>var a = "宝安区";</script></head><body><script>document.write("凌云县")</script></body></html>`);
    expect(outcome.document).toBeUndefined();
    expect(messages(outcome)).toEqual(["skipped: the page has no Chinese text outside its scripts, styles and navigation"]);
  });

  it("reads Markdown whose front matter is broken or never closed", async () => {
    const broken = await read("broken.md", `---\ntitle: [宝安凌云\ndate: 2023-04-18\n---\n${ARTICLE}\n`);
    expect(broken.document!.text).toBe(ARTICLE);
    expect(messages(broken)[0]).toMatch(/^front matter ignored: /);
    const unclosed = await read("unclosed.md", `---\ntitle: 宝安凌云结对\n\n${ARTICLE}\n`);
    expect(unclosed.document!.text).toContain(ARTICLE);
    expect(unclosed.document!.text).not.toContain("---");
  });

  it("reads CR LF and CR-only line endings, with offsets into the original", async () => {
    for (const [name, eol] of [["crlf.txt", "\r\n"], ["cr.txt", "\r"]] as const) {
      const outcome = await read(name, ["宝安凌云结对谱新篇", "来源：某某日报", ARTICLE, ARTICLE.replace("八百", "九百")].join(eol));
      const doc = outcome.document!;
      expect(doc.info.title).toBe("宝安凌云结对谱新篇");
      expect(doc.text.split("\n")).toEqual(["宝安凌云结对谱新篇", "来源：某某日报", ARTICLE, ARTICLE.replace("八百", "九百")]);
      expectTraced(doc);
    }
    const html = await read("crlf.html", `<html>\r\n<body>\r\n<p>宝安区与凌云县\r\n签订对口帮扶协议。</p>\r\n<p>两地企业&amp;学校签约。</p>\r\n</body></html>`);
    expect(html.document!.text).toBe("宝安区与凌云县签订对口帮扶协议。\n两地企业&学校签约。");
    expectTraced(html.document!);
  });

  it("reads a Big5 file with Hong Kong (HKSCS) characters", async () => {
    const text = "深水埗區與那坡縣簽訂協議，香港商會捐贈一百萬元，用於當地學校建設。";
    const outcome = await read("hk.txt", iconv.encode(text, "big5hkscs"));
    expect(outcome.document!.text).toBe(toSimplifiedString(text));
    expect(outcome.document!.text).toContain("埗");
    expect(messages(outcome)).toEqual(["decoded as Big5"]);
  });

  it("reads a GBK page that declares UTF-8, and says so", async () => {
    const outcome = await read("gbk-meta.html", iconv.encode(`<html><head><meta charset="utf-8"></head><body><p>${ARTICLE}</p></body></html>`, "gbk"));
    expect(outcome.document!.text).toBe(ARTICLE);
    expect(messages(outcome)).toEqual(["decoded as GB18030", "the page declares charset UTF-8 but its bytes are GB18030; read as GB18030"]);
  });

  it("reads a file pasted together from UTF-8 and GBK", async () => {
    const outcome = await read("mixed.txt", Buffer.concat([utf8(`${ARTICLE}\n`), iconv.encode(`${ARTICLE.replace("宝安区", "龙岗区")}\n`, "gbk")]));
    expect(outcome.document!.text).toBe(`${ARTICLE}\n${ARTICLE.replace("宝安区", "龙岗区")}`);
    expect(messages(outcome)).toEqual(["mixed encodings: 1 line in UTF-8, 1 line in GB18030; each read in its own"]);
  });

  it("calls a PDF saved as .txt binary, naming what it is", async () => {
    expect(messages(await read("report.txt", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0x80, 0x81, 0, 1, 2])])))).toEqual([
      "skipped: the file is binary, not text (it is a PDF document)",
    ]);
  });

  it("reads a line of several megabytes, and says a long line of code has no article text", async () => {
    const outcome = await read("huge-line.txt", LONG_ARTICLE.repeat(800));
    // Each sentence is a line of its own; the first is taken for the headline (and its repeats dropped).
    expect(outcome.document!.text.length).toBeGreaterThan(LONG_ARTICLE.length * 790);
    const code = await read("minified.txt", `var a=${"[1,2,3],".repeat(200_000)}0;`);
    expect(messages(code)).toEqual(["skipped: no article text after removing page chrome"]);
  });

  it("reads a long article line that carries chrome words (联系电话, 地址) instead of dropping it", async () => {
    const line = `项目负责人介绍，帮扶车间的联系电话和地址已在村委会公示，${LONG_ARTICLE.slice(0, 120)}`;
    const outcome = await read("chrome-words.txt", `宝安凌云结对谱新篇\n${line}\n版权所有 某某网`);
    expect(outcome.document!.text).toBe(`宝安凌云结对谱新篇\n${line}`);
  });

  it("reads UTF-32 with a BOM and a file whose name has spaces and Chinese", async () => {
    const utf32 = await read("utf32.txt", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(ARTICLE, "utf-32le")]));
    expect(utf32.document!.text).toBe(ARTICLE);
    const named = await read("东西部 协作 (1).txt", ARTICLE);
    expect(named.document!.text).toBe(ARTICLE);
  });
});

describe("collectInputs on a hostile folder", () => {
  it("follows links once, ends link loops, reads a folder named .txt, skips FIFOs and files over the limit", async () => {
    const root = mkdtempSync(join(tmpdir(), "xiezuo-hostile-folder-"));
    mkdirSync(join(root, "sub.txt"));
    writeFileSync(join(root, "sub.txt", "a.txt"), ARTICLE);
    writeFileSync(join(root, "big.txt"), "宝".repeat(400_000));
    symlinkSync(root, join(root, "loop"));
    symlinkSync("self.txt", join(root, "self.txt"));
    symlinkSync(join(root, "nowhere.txt"), join(root, "dangling.txt"));
    execFileSync("mkfifo", [join(root, "pipe.txt")]);
    const { files, issues } = await collectInputs([root], { maxFileBytes: 1024 * 1024 });
    expect(files).toEqual([join(root, "sub.txt", "a.txt")]);
    expect(issues.map((i) => [i.file.slice(root.length + 1), i.message])).toEqual([
      ["big.txt", "skipped: the file is 1.14 MB, over the 1 MB limit (raise it with --max-file-mb)"],
      ["dangling.txt", "skipped: no such file or folder"],
      ["loop", "skipped: a link to a folder already read"],
      ["pipe.txt", "skipped: not a regular file (a device, pipe or socket)"],
      ["self.txt", "skipped: a symbolic link loop (the link leads back to itself)"],
    ]);
  });

  it("turns a file over the default limit of 20 MB into an issue, given as a file or read directly", async () => {
    const file = join(dir, "over.txt");
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x41));
    const expected = "skipped: the file is 21 MB, over the 20 MB limit (raise it with --max-file-mb)";
    expect((await collectInputs([file])).issues.map((i) => i.message)).toEqual([expected]);
    expect(messages(await prepareDocument(file))).toEqual([expected]);
    expect((await collectInputs([file], { maxFileBytes: 22 * 1024 * 1024 })).files).toEqual([file]);
  });
});
