import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFileAtomic } from "./writeFileAtomic.js";

describe("writeFileAtomic", () => {
  test("replaces the file and leaves no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-atomic-"));
    const path = join(dir, "graph.json");
    writeFileSync(path, "old");
    await writeFileAtomic(path, "新的内容");
    expect(readFileSync(path, "utf8")).toBe("新的内容");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  test("concurrent writers never leave a mix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-atomic-"));
    const path = join(dir, "graph.json");
    const contents = ["a", "b", "c", "d"].map((letter) => letter.repeat(200_000));
    await Promise.all(contents.map((content) => writeFileAtomic(path, content)));
    expect(contents).toContain(readFileSync(path, "utf8"));
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  test("fails without leaving anything when the folder does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-atomic-"));
    await expect(writeFileAtomic(join(dir, "missing", "graph.json"), "x")).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
