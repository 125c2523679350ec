import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { Command } from "commander";
import { extract } from "@xiezuo/extract";
import { describe, expect, test, vi } from "vitest";
import { buildGraph } from "../../build/buildGraph.js";
import { toGexf } from "../../formats/gexf.js";
import { fromJson, toJson } from "../../formats/json.js";
import { toViewerFiles } from "../../formats/viewerFile.js";
import { enrichGraph } from "../../layout/enrichGraph.js";
import { UsageError } from "../usage-error.js";
import { registerBuild } from "./build.js";

// The real pipeline on four articles of the sample corpus (test/cli.test.ts runs the command as a process).
const SAMPLE = fileURLToPath(new URL("../../../../../examples/corpus/", import.meta.url));
const PICKED = ["01-baoan-lingyun-tea.txt", "04-fuzhou-weiyuan-potato.gbk.txt", "05-baiyun-nayong-mushroom.md", "08-foshan-meigu-pepper.html"];
const OUTPUTS = ["graph.json", "graph.gexf", "extraction.json"];
const SLOW = { timeout: 240_000 };

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

function articles(names = PICKED): string {
  const folder = mkdtempSync(join(tmpdir(), "xiezuo-articles-"));
  for (const name of names) cpSync(join(SAMPLE, name), join(folder, name));
  return folder;
}

const outputs = (out: string) => Object.fromEntries(OUTPUTS.map((file) => [file, readFileSync(join(out, file), "utf8")]));

async function storeRows(out: string, sql: string) {
  const instance = await DuckDBInstance.create(join(out, "store.duckdb"), { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("xiezuo build", () => {
  test("writes the graph files and the store into a build folder the output path links to", SLOW, async () => {
    const input = articles();
    const out = join(mkdtempSync(join(tmpdir(), "xiezuo-build-")), "out", "sample");
    const printed = await run("build", input, "--out", out, "--iterations", "5", "--jobs", "1");

    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(out).sort()).toEqual(["evidence", "extraction.json", "graph.gexf", "graph.json", "store.duckdb", "viewer.json"]);
    const graph = fromJson(readFileSync(join(out, "graph.json"), "utf8"));
    expect(graph.getAttribute("name")).toBe("sample");
    expect(printed).toContain("documents: 4");
    expect(printed).toContain("store: 0 reused, 4 extracted, 0 dropped");
    expect(printed).toContain(`graph: ${graph.order} nodes, ${graph.size} edges`);
    // extraction.json, written from the store, is byte for byte what extract() gives.
    expect(readFileSync(join(out, "extraction.json"), "utf8")).toBe(`${JSON.stringify(await extract([input]), null, 2)}\n`);
    expect(await storeRows(out, "SELECT count(*)::INTEGER FROM documents")).toEqual([[4]]);
    expect(await storeRows(out, "SELECT count(*)::INTEGER FROM entities")).toEqual([[graph.order]]);
    expect(await storeRows(out, "SELECT count(*)::INTEGER FROM relations")).toEqual([[graph.size]]);
  });

  test("its graph files, read from the store with the evidence kept apart, are those the library writes from extract()", SLOW, async () => {
    // The whole sample corpus: it has sentences read by two rules (one relation's evidence twice, kept once on the edge).
    const input = articles(readdirSync(SAMPLE));
    const out = join(mkdtempSync(join(tmpdir(), "xiezuo-build-")), "same");
    await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2");
    // A rebuild reads every result back from the store rather than from the run.
    expect(await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2")).toContain("store: 12 reused");
    const graph = enrichGraph(buildGraph(await extract([input]), { name: "same" }), { seed: 1, iterations: 5 });
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(toJson(graph));
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toBe(toGexf(graph));
    const { files } = toViewerFiles(graph);
    expect(files.size).toBeGreaterThan(2);
    for (const [name, text] of files) expect(readFileSync(join(out, name), "utf8"), name).toBe(text);
    expect(readdirSync(join(out, "evidence"))).toHaveLength(files.size - 1);
  });

  test("a file and its copy under another name are one document: the files are those the library writes from extract()", SLOW, async () => {
    const input = articles();
    cpSync(join(input, PICKED[2]!), join(input, `copy-${PICKED[2]!}`));
    const out = join(mkdtempSync(join(tmpdir(), "xiezuo-build-")), "copies");
    await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2");
    const result = await extract([input]);
    expect(readFileSync(join(out, "extraction.json"), "utf8")).toBe(`${JSON.stringify(result, null, 2)}\n`);
    const graph = enrichGraph(buildGraph(result, { name: "copies" }), { seed: 1, iterations: 5 });
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(toJson(graph));
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toBe(toGexf(graph));
    for (const [name, text] of toViewerFiles(graph).files) expect(readFileSync(join(out, name), "utf8"), name).toBe(text);
  });

  test("a rebuild extracts only new and changed files, drops removed ones, and gives what a fresh build gives", SLOW, async () => {
    const input = articles();
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    const out = join(dir, "incremental");
    await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2");
    expect(await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2")).toContain("store: 4 reused, 0 extracted, 0 dropped");

    rmSync(join(input, PICKED[1]!));
    writeFileSync(join(input, PICKED[0]!), readFileSync(join(SAMPLE, PICKED[0]!), "utf8").replace("。", "。\n"));
    cpSync(join(SAMPLE, "10-longgang-napo-school.html"), join(input, "10-longgang-napo-school.html"));
    const printed = await run("build", input, "--out", out, "--iterations", "5", "--jobs", "2");
    expect(printed).toContain("store: 2 reused, 2 extracted, 1 dropped");
    expect(printed).toContain("documents: 4");

    const fresh = join(dir, "fresh");
    await run("build", input, "--out", fresh, "--iterations", "5", "--name", "incremental", "--jobs", "1");
    expect(outputs(out)).toEqual(outputs(fresh));
    // Only the published build folder is left beside the link.
    expect(readdirSync(dir).filter((entry) => entry.startsWith(".incremental.")).length).toBe(1);
  });

  test("a renamed file and a moved folder are reused, not extracted again", SLOW, async () => {
    const input = articles(PICKED.slice(0, 3));
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    const out = join(dir, "moved");
    await run("build", input, "--out", out, "--iterations", "5", "--jobs", "1");
    renameSync(join(input, PICKED[0]!), join(input, `renamed-${PICKED[0]}`));
    expect(await run("build", input, "--out", out, "--iterations", "5", "--jobs", "1")).toContain("store: 3 reused, 0 extracted, 0 dropped");
    const elsewhere = join(dir, "elsewhere");
    renameSync(input, elsewhere);
    expect(await run("build", elsewhere, "--out", out, "--iterations", "5", "--jobs", "1")).toContain("store: 3 reused, 0 extracted, 0 dropped");
    const fresh = join(dir, "fresh");
    await run("build", elsewhere, "--out", fresh, "--iterations", "5", "--name", "moved", "--jobs", "1");
    expect(outputs(out)).toEqual(outputs(fresh));
  });

  test("a store of another extractor version is extracted again", SLOW, async () => {
    const input = articles(PICKED.slice(0, 2));
    const out = join(mkdtempSync(join(tmpdir(), "xiezuo-build-")), "versioned");
    await run("build", input, "--out", out, "--iterations", "5", "--jobs", "1");
    const instance = await DuckDBInstance.create(join(out, "store.duckdb"));
    const connection = await instance.connect();
    await connection.run("UPDATE sources SET extractor_version = 'an older extractor'");
    connection.closeSync();
    instance.closeSync();
    expect(await run("build", input, "--out", out, "--iterations", "5", "--jobs", "1")).toContain("store: 0 reused, 2 extracted, 0 dropped");
    expect(await storeRows(out, "SELECT count(*)::INTEGER FROM documents")).toEqual([[2]]);
  });

  test("neither the order of the inputs nor the number of workers changes a byte", SLOW, async () => {
    const input = articles();
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    const files = PICKED.map((name) => join(input, name));
    await run("build", ...files, "--out", join(dir, "one"), "--name", "same", "--jobs", "1", "--iterations", "20");
    await run("build", ...[...files].reverse(), "--out", join(dir, "two"), "--name", "same", "--jobs", "2", "--iterations", "20");
    expect(outputs(join(dir, "two"))).toEqual(outputs(join(dir, "one")));
  });

  test("replaces an output folder of an older build, but never a folder of other files", SLOW, async () => {
    const input = articles(PICKED.slice(0, 1));
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    const older = join(dir, "older");
    mkdirSync(older);
    for (const file of OUTPUTS) writeFileSync(join(older, file), "{}");
    await run("build", input, "--out", older, "--iterations", "5", "--jobs", "1");
    expect(lstatSync(older).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(older, "extraction.json"), "utf8")).documents).toHaveLength(1);

    const notes = join(dir, "notes");
    mkdirSync(notes);
    writeFileSync(join(notes, "thesis.docx"), "mine");
    await expect(run("build", input, "--out", notes, "--jobs", "1")).rejects.toThrow(/notes is a folder xiezuo did not build \(it holds thesis\.docx\)/);
    expect(readdirSync(notes)).toEqual(["thesis.docx"]);
  });

  test("a missing input is a usage error, before any extraction", async () => {
    await expect(run("build", "/nonexistent/articles", "--out", tmpdir())).rejects.toThrow(UsageError);
  });

  test("bad --jobs and an output path that cannot be a folder are usage errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-build-"));
    writeFileSync(join(dir, "file"), "");
    await expect(run("build", dir, "--out", join(dir, "out"), "--jobs", "0")).rejects.toThrow(/--jobs expects a whole number of at least 1/);
    await expect(run("build", dir, "--out", join(dir, "file", "out"))).rejects.toThrow(/cannot create the output folder/);
    await expect(run("build", dir, "--out", join(dir, "file"))).rejects.toThrow(/exists and is not a folder/);
  });
});
