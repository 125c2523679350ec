import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { collectInputs, prepareArticle, prepareDocument } from "./index.js";

const ARTICLE = "宝安区与凌云县签订对口帮扶协议。宝安区向凌云县捐赠八百万元，用于当地学校建设和产业发展。";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("prepareArticle: encodings", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const plain = prepareArticle("a.txt", bytes(ARTICLE)).document!;
    const withBom = prepareArticle("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(ARTICLE)])).document!;
    expect(plain.text).toBe(ARTICLE);
    expect(withBom.text).toBe(ARTICLE);
    expect(withBom.original.startsWith("宝安区")).toBe(true);
  });

  it("detects GBK and Big5 and says so", () => {
    const gbk = prepareArticle("g.txt", iconv.encode(ARTICLE, "gbk"));
    expect(gbk.document!.text).toBe(ARTICLE);
    expect(gbk.issues.map((i) => i.message)).toContain("decoded as GB18030");
    const traditional = "寶安區與凌雲縣簽訂對口幫扶協議。寶安區向凌雲縣捐贈八百萬元，用於當地學校建設和產業發展。";
    const big5 = prepareArticle("b.txt", iconv.encode(traditional, "big5"));
    expect(big5.document!.text).toBe(ARTICLE);
    expect(big5.issues.map((i) => i.message)).toContain("decoded as Big5");
  });

  it("turns empty and binary files into issues", () => {
    expect(prepareArticle("e.txt", new Uint8Array()).issues).toEqual([{ file: "e.txt", severity: "error", message: "skipped: the file is empty" }]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const binary = prepareArticle("p.txt", png);
    expect(binary.document).toBeUndefined();
    expect(binary.issues[0]!.message).toMatch(/binary/);
  });
});

describe("prepareArticle: formats and page chrome", () => {
  it("keeps the article of an HTML page, not its menus, scripts and footer", () => {
    const page = `<!doctype html><html><head><title>宝安凌云结对</title><meta name="date" content="2023-05-06"><script>var x = "凌云县人民医院";</script></head>
<body><nav>首页 | 新闻中心</nav><article><h1>宝安凌云结对</h1><p>${ARTICLE}</p><p>两地企业&amp;学校&nbsp;签约。</p></article>
<footer>版权所有 © 某某网 桂ICP备000000号</footer></body></html>`;
    const doc = prepareArticle("p.html", bytes(page)).document!;
    expect(doc.info.title).toBe("宝安凌云结对");
    const suffixed = prepareArticle("q.html", bytes(page.replace("<title>宝安凌云结对</title>", "<title>宝安凌云结对_某某新闻网</title>"))).document!;
    expect(suffixed.info.title).toBe("宝安凌云结对");
    expect(doc.info.date).toBe("2023-05-06");
    expect(doc.text).toContain(ARTICLE);
    expect(doc.text).toContain("两地企业&学校 签约。");
    expect(doc.text).not.toMatch(/首页|版权|var x|人民医院/);
    // An entity reference in the body maps back to the whole reference in the source.
    const amp = doc.text.indexOf("&");
    expect(doc.original.slice(doc.originalStarts[amp]!, doc.originalEnds[amp]!)).toBe("&amp;");
  });

  it("reads Markdown front matter and drops the markup", () => {
    const md = `---\ntitle: 宝安凌云结对\ndate: 2023-04-18\nsource: 某某日报\ntags: [东西部协作]\n---\n## 协作成果\n\n${ARTICLE}\n`;
    const doc = prepareArticle("a.md", bytes(md)).document!;
    expect(doc.info).toMatchObject({ title: "宝安凌云结对", date: "2023-04-18", source: "某某日报" });
    expect(doc.text).toBe(`协作成果\n${ARTICLE}`);
  });

  it("drops the chrome lines of a scraped page and keeps its metadata", () => {
    const page = [
      "某某新闻网", "当前位置:首页 > 新闻", "宝安凌云结对谱新篇", "来源:百色日报 时间:2023-05-06 点击: 次",
      ARTICLE, "微信图片_20230506101010.jpg", "（记者 韦晓燕）", "责任编辑:黄明", "版权所有 桂ICP备12345678号",
    ].join("\n");
    const doc = prepareArticle("s.txt", bytes(page)).document!;
    expect(doc.info).toMatchObject({ title: "宝安凌云结对谱新篇", date: "2023-05-06", source: "百色日报" });
    expect(doc.info.authors).toEqual(expect.arrayContaining(["韦晓燕", "黄明"]));
    expect(doc.text).not.toMatch(/当前位置|\.jpg|ICP|责任编辑|点击/);
    expect(doc.text).toContain("（记者 韦晓燕）");
  });

  it("keeps a byline written on a metadata line, with every name of it", () => {
    const page = ["宝安凌云结对谱新篇", "2023年5月6日 08:56  来源:江城日报  记者 欧 明  通讯员 周小萍", ARTICLE].join("\n");
    const doc = prepareArticle("m.txt", bytes(page)).document!;
    expect(doc.info).toMatchObject({ source: "江城日报", date: "2023-05-06" });
    expect(doc.info.authors).toEqual(["欧明", "周小萍"]);
    expect(doc.text).toMatch(/来源:江城日报\s+记者 欧 明\s+通讯员 周小萍\n/);
    expect(doc.text).not.toContain("08:56");
  });

  it("keeps a medium named as the author on a metadata line (来源:原创  作者:甲日报)", () => {
    const page = ["宝安凌云结对谱新篇", "来源:原创   作者:江城日报   浏览次数:4", ARTICLE].join("\n");
    const doc = prepareArticle("a.txt", bytes(page)).document!;
    expect(doc.text).toContain("作者:江城日报");
    expect(doc.text).not.toContain("浏览次数");
    // An author who is a person is not kept as a source.
    const person = prepareArticle("p.txt", bytes(["宝安凌云结对谱新篇", "来源:原创   作者:张三   浏览次数:4", ARTICLE].join("\n"))).document!;
    expect(person.text).not.toContain("作者:张三");
    expect(person.info.authors).toEqual(["张三"]);
  });

  it("takes every name of an author line as an author (作者：甲 乙, 作者:甲、乙), a medium as none", () => {
    const authors = (line: string) => prepareArticle("w.txt", bytes(["宝安凌云结对谱新篇", line, ARTICLE].join("\n"))).document!.info.authors;
    expect(authors("作者：孙雨晴 王涛")).toEqual(["孙雨晴", "王涛"]);
    expect(authors("2024-03-08  作者:欧 明、周小萍  浏览:12")).toEqual(["欧明", "周小萍"]);
    expect(authors("来源:原创   作者:江城日报")).toEqual([]);
  });

  it("keeps every medium of a byline that names several (甲日报记者乙 丙晚报记者丁)", () => {
    const page = ["宝安凌云结对谱新篇", "江城日报记者欧明 海州晚报记者周小萍", ARTICLE].join("\n");
    const doc = prepareArticle("b.txt", bytes(page)).document!;
    expect(doc.info.authors).toEqual(["欧明", "周小萍"]);
    expect(doc.text).toContain("江城日报记者欧明 海州晚报记者周小萍");
  });

  it("takes the headline from the top when the source line closes the article", () => {
    const page = ["宝安凌云结对谱新篇", "龙岗区向那坡县捐赠图书一批。", "来源：江城日报"].join("\n");
    expect(prepareArticle("t.txt", bytes(page)).document!.info).toMatchObject({ title: "宝安凌云结对谱新篇", source: "江城日报" });
  });

  it("reports a page that is nothing but chrome", () => {
    const page = "当前位置:首页 > 新闻\n版权所有 桂ICP备12345678号\n联系电话:0776-1234567";
    const outcome = prepareArticle("c.txt", bytes(page));
    expect(outcome.document).toBeUndefined();
    expect(outcome.issues[0]!.message).toBe("skipped: no article text after removing page chrome");
  });
});

describe("normalization traced to the original", () => {
  it("simplifies traditional script, half-widths digits, removes pinyin damage and joins broken paragraphs", () => {
    const original = "寶安區與凌雲縣協(xié)作，捐贈８００萬元用於當地學校建設和產業發展以及人才培訓等方面的工作，龍\n\n崗區也參與其中。";
    const doc = prepareArticle("t.txt", bytes(original)).document!;
    expect(doc.text).toBe("宝安区与凌云县协作，捐赠800万元用于当地学校建设和产业发展以及人才培训等方面的工作，龙岗区也参与其中。");
    for (let i = 0; i < doc.text.length; i++) {
      const source = doc.original.slice(doc.originalStarts[i]!, doc.originalEnds[i]!);
      expect(source.length).toBeGreaterThan(0);
    }
    const long = doc.text.indexOf("龙岗区");
    expect(doc.original.slice(doc.originalStarts[long]!, doc.originalEnds[long + 2]!)).toBe("龍\n\n崗區");
  });
});

describe("collectInputs", () => {
  it("lists articles of folders, sorted, and reports what it cannot read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-inputs-"));
    mkdirSync(join(dir, "sub"));
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "b.md"), ARTICLE);
    writeFileSync(join(dir, "sub", "a.html"), `<p>${ARTICLE}</p>`);
    writeFileSync(join(dir, "image.png"), "x");
    const { files, issues } = await collectInputs([dir, join(dir, "missing.txt"), join(dir, "empty"), join(dir, "image.png")]);
    expect(files).toEqual([join(dir, "b.md"), join(dir, "sub", "a.html")]);
    expect(issues.map((i) => i.message)).toEqual([
      "skipped: not an article (.png)",
      "skipped: no such file or folder",
      "the folder holds no .txt, .md or .html article",
      'skipped: unsupported file type ".png" (read: .txt .md .html .htm)',
    ]);
  });

  it("turns an unreadable file into an issue", async () => {
    const outcome = await prepareDocument(join(tmpdir(), "xiezuo-no-such-file.txt"));
    expect(outcome.issues[0]!.message).toMatch(/^skipped: cannot read the file/);
  });
});
