import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = join(ROOT, "packages/graph/dist/cli/main.js");

function xiezuo(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, XIEZUO_DEBUG: "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// An invented article with a U+FEFF inside it (two files pasted together, or a byte order mark in
// the middle of a scraped page) right before a quoted name and before a person's name, and a
// zero-width space inside a place name. A mention that started with U+FEFF came back from the
// store without it (DuckDB's Node client drops a leading byte order mark), so `build`'s
// extraction.json differed from `extract`'s.
const ARTICLE = [
  "江宁区与临夏县签订协作协议",
  "",
  "2021年5月10日，江宁区与临夏县召开东西部协作联席会议，两地签订新一轮协作协议。",
  "\ufeff江宁区帮助临夏县建成“\ufeff临夏县花椒交易中心”，临\u200b夏县县委书记\ufeff周立群出席。",
].join("\n");

describe.skipIf(!existsSync(MAIN))("zero-width characters in a body (build first: pnpm --filter @xiezuo/graph build)", () => {
  test("build gives the extraction.json of extract, and no mention holds a U+FEFF", () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-invisible-"));
    mkdirSync(join(dir, "articles"));
    const file = join(dir, "articles", "a.txt");
    writeFileSync(file, ARTICLE);
    const extracted = xiezuo(["extract", file, "--out", join(dir, "extract.json"), "--jobs", "1"]);
    expect(extracted.status, extracted.stderr).toBe(0);
    const built = xiezuo(["build", file, "--out", join(dir, "out"), "--jobs", "1", "--iterations", "5"]);
    expect(built.status, built.stderr).toBe(0);

    const fromExtract = readFileSync(join(dir, "extract.json"), "utf8");
    expect(readFileSync(join(dir, "out", "extraction.json"), "utf8")).toBe(fromExtract);

    const result = JSON.parse(fromExtract) as { mentions: { text: string; originalStart: number; originalEnd: number }[] };
    const texts = result.mentions.map((m) => m.text);
    expect(texts).toContain("临夏县花椒交易中心");
    expect(texts).toContain("周立群");
    expect(texts.filter((text) => /[\ufeff\u200b]/.test(text))).toEqual([]);
    // The offsets still lead to the name in the file, after the U+FEFF that was dropped.
    const quoted = result.mentions.find((m) => m.text === "临夏县花椒交易中心")!;
    expect(ARTICLE.slice(quoted.originalStart, quoted.originalEnd)).toBe("临夏县花椒交易中心");
    expect(ARTICLE[quoted.originalStart - 1]).toBe("\ufeff");
  }, 240_000);

  test("a file whose name starts with U+FEFF keeps its name in build's extraction.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-invisible-name-"));
    const articles = join(dir, "articles");
    mkdirSync(articles);
    writeFileSync(join(articles, "\ufeffa.txt"), ARTICLE);
    // Read as "." from its folder, the file's name is the path: "\ufeffa.txt".
    const extracted = xiezuo(["extract", ".", "--out", join(dir, "extract.json"), "--jobs", "1"], articles);
    expect(extracted.status, extracted.stderr).toBe(0);
    const built = xiezuo(["build", ".", "--out", join(dir, "out"), "--jobs", "1", "--iterations", "5"], articles);
    expect(built.status, built.stderr).toBe(0);
    const fromExtract = readFileSync(join(dir, "extract.json"), "utf8");
    expect(JSON.parse(fromExtract).documents.map((d: { file: string }) => d.file)).toEqual(["\ufeffa.txt"]);
    expect(readFileSync(join(dir, "out", "extraction.json"), "utf8")).toBe(fromExtract);
  }, 240_000);
});
