import { describe, expect, it } from "vitest";
import { corpusRoot, formatSource, formatYuan, ruleText } from "./format.js";

describe("formatYuan", () => {
  it.each([
    [6_000_000, false, "600万元"],
    [259_200_000, false, "2.592亿元"],
    [100_000_000, false, "1亿元"],
    [15_000, true, "约1.5万元"],
    [800, false, "800元"],
  ])("%d → %s", (yuan, approximate, text) => {
    expect(formatYuan(yuan, approximate)).toBe(text);
  });
});

describe("formatSource", () => {
  it("gives title, date, outlet and file, or the id of an unknown article", () => {
    expect(formatSource("doc:1", { id: "doc:1", file: "a.txt", title: "标题", date: "2021-05-18", source: "示例日报", authors: [] })).toBe("标题 · 2021-05-18 · 示例日报 · a.txt");
    expect(formatSource("doc:1", { id: "doc:1", file: "a.txt", title: null, date: null, source: null, authors: [] })).toBe("(无标题 untitled) · a.txt");
    expect(formatSource("doc:2", undefined)).toBe("doc:2");
  });
});

describe("corpusRoot", () => {
  const doc = (file: string) => ({ id: file, file, title: "标题", date: null, source: null, authors: [] });
  it("is the folder every absolute file lies in, and files are shown below it", () => {
    const docs = ["/tmp/tmp.krPuqO2iX2/08670.txt", "/tmp/tmp.krPuqO2iX2/2021/05968.txt", "/tmp/tmp.krPuqO2iX2/2021/05969.txt"].map(doc);
    const root = corpusRoot(docs);
    expect(root).toBe("/tmp/tmp.krPuqO2iX2/");
    expect(formatSource("x", docs[1], root)).toBe("标题 · 2021/05968.txt");
    // A common start of file names is not a folder.
    expect(corpusRoot(["/c/ab/1.txt", "/c/ac/2.txt"].map(doc))).toBe("/c/");
    expect(corpusRoot(["C:\\corpus\\a.txt", "C:\\corpus\\b.txt"].map(doc))).toBe("C:\\corpus\\");
  });

  it("leaves relative files as the build was given them", () => {
    expect(corpusRoot(["articles/a.txt", "articles/b.txt"].map(doc))).toBe("");
    expect(formatSource("x", doc("articles/a.txt"), corpusRoot([doc("articles/a.txt")]))).toBe("标题 · articles/a.txt");
  });
});

describe("ruleText", () => {
  it("names the rule and the confidence when the relation carries them", () => {
    expect(ruleText("pairs-verb", 0.9)).toBe("规则 rule: pairs-verb · 置信度 confidence 0.90");
    expect(ruleText(undefined, 0.5)).toBe("置信度 confidence 0.50");
    expect(ruleText(undefined, undefined)).toBe("");
  });
});
