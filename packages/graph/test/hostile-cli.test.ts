import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = join(ROOT, "packages/graph/dist/cli/main.js");

function xiezuo(...args: string[]) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, XIEZUO_DEBUG: "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Invented articles, and the files a scraper leaves beside them: the real CLI reads the folder.
const ARTICLE = "南山区与德保县签订东西部协作协议。南山区向德保县捐赠500万元，用于发展特色产业。";
const TRADITIONAL = "南山區與德保縣簽訂東西部協作協議。南山區向德保縣捐贈五百萬元，用於發展特色產業。";

describe.skipIf(!existsSync(MAIN))("xiezuo extract and build on hostile inputs (build first: pnpm --filter @xiezuo/graph build)", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-hostile-cli-"));
  const articles = join(dir, "articles");

  beforeAll(() => {
    mkdirSync(articles);
    writeFileSync(join(articles, "deep.html"), `<html><body>${"<div>".repeat(100_000)}<p>${ARTICLE}</p>${"</div>".repeat(100_000)}</body></html>`);
    writeFileSync(join(articles, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRADITIONAL, "utf16le")]));
    writeFileSync(join(articles, "nul.txt"), Buffer.concat([Buffer.from(ARTICLE.slice(0, 8)), Buffer.from([0, 0]), Buffer.from(ARTICLE.slice(8))]));
    writeFileSync(join(articles, "empty.txt"), "");
    writeFileSync(join(articles, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(articles, "big.txt"), "南".repeat(800_000));
  });

  test("extract reads a page nested 100,000 deep, UTF-16 and NUL-damaged text, and turns the rest into issues", () => {
    const out = join(dir, "extraction.json");
    const run = xiezuo("extract", articles, "--out", out, "--max-file-mb", "2");
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(result.documents.map((d: { file: string }) => d.file.slice(articles.length + 1)).sort()).toEqual(["deep.html", "nul.txt", "utf16.txt"]);
    const issues = Object.fromEntries(result.issues.map((i: { file: string; message: string }) => [i.file.slice(articles.length + 1), i.message]));
    expect(issues).toMatchObject({
      "big.txt": "skipped: the file is 2.29 MB, over the 2 MB limit (raise it with --max-file-mb)",
      "empty.txt": "skipped: the file is empty",
      "image.txt": "skipped: the file is binary, not text (it is a PNG image)",
      "nul.txt": "removed 2 stray control characters (U+0000)",
      "utf16.txt": "decoded as UTF-16LE",
    });
    const names = new Set(result.entities.map((e: { name: string }) => e.name));
    for (const name of ["南山区", "德保县"]) expect(names).toContain(name);
  }, 240_000);

  test("build writes its output for the same folder", () => {
    const out = join(dir, "out");
    const run = xiezuo("build", articles, "--out", out, "--iterations", "5", "--max-file-mb", "2");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^documents: 3$/m);
    const result = JSON.parse(readFileSync(join(out, "extraction.json"), "utf8"));
    expect(result.documents).toHaveLength(3);
    expect(existsSync(join(out, "graph.json"))).toBe(true);
  }, 240_000);

  test("--max-file-mb refuses what is not a positive number, in one line", () => {
    const run = xiezuo("extract", articles, "--max-file-mb", "-3");
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
