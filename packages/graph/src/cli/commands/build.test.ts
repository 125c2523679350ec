import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, test, vi } from "vitest";
import { fromGexf } from "../../formats/gexf.js";
import { fromJson } from "../../formats/json.js";
import { loadFixture } from "../../test-support/fixtures.js";
import { UsageError } from "../usage-error.js";
import { registerBuild } from "./build.js";

// The command's own wiring, with the extractor replaced by a fixture; test/cli.test.ts runs the real one.
const extract = vi.hoisted(() => vi.fn());
vi.mock("@xiezuo/extract", () => ({ extract }));

async function run(...args: string[]) {
  const program = new Command("xiezuo").exitOverride();
  registerBuild(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  try {
    await program.parseAsync(["node", "xiezuo", ...args]);
  } finally {
    log.mockRestore();
  }
  return lines.join("\n");
}

describe("xiezuo build", () => {
  afterEach(() => extract.mockReset());

  test("passes the inputs and a progress callback to extract, writes the three files and a summary", async () => {
    extract.mockImplementation(async (_inputs: string[], options: { onProgress: (event: object) => void }) => {
      options.onProgress({ done: 1, total: 1, file: "a.txt" });
      return loadFixture("two-articles");
    });
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    writeFileSync(join(dir, "a.txt"), "…");
    const out = join(dir, "out", "sample");
    const printed = await run("build", join(dir, "a.txt"), "--out", out, "--iterations", "5", "--seed", "3");

    expect(extract).toHaveBeenCalledWith([join(dir, "a.txt")], { onProgress: expect.any(Function) });
    expect(readdirSync(out).sort()).toEqual(["evidence", "extraction.json", "graph.gexf", "graph.json", "viewer.json"]);
    const graph = fromJson(readFileSync(join(out, "graph.json"), "utf8"));
    expect(graph.getAttribute("name")).toBe("sample");
    expect(graph.getNodeAttribute("place:451026", "x")).toBeTypeOf("number");
    expect(fromGexf(readFileSync(join(out, "graph.gexf"), "utf8")).size).toBe(12);
    expect(JSON.parse(readFileSync(join(out, "extraction.json"), "utf8"))).toEqual(loadFixture("two-articles"));
    expect(printed).toContain("documents: 2");
    expect(printed).toMatch(/entities: 14 \(/);
    expect(printed).toMatch(/relations: 12 \(.*funds 2/);
    expect(printed).toContain("issues: 1\n  warning: articles/broken.html: no article body found; skipped");
    expect(printed).toContain("graph: 14 nodes, 12 edges");
  });

  test("the same input and seed give byte-identical files", async () => {
    extract.mockImplementation(async () => loadFixture("two-articles"));
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    await run("build", dir, "--out", join(dir, "one"), "--name", "same");
    await run("build", dir, "--out", join(dir, "two"), "--name", "same");
    for (const file of ["graph.json", "graph.gexf"])
      expect(readFileSync(join(dir, "two", file), "utf8")).toBe(readFileSync(join(dir, "one", file), "utf8"));
  });

  test("a missing input is a usage error, before any extraction", async () => {
    await expect(run("build", "/nonexistent/articles", "--out", tmpdir())).rejects.toThrow(UsageError);
    expect(extract).not.toHaveBeenCalled();
  });

  test("an output folder that cannot be created is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    writeFileSync(join(dir, "file"), "");
    await expect(run("build", dir, "--out", join(dir, "file", "out"))).rejects.toThrow(/cannot create the output folder/);
  });
});
