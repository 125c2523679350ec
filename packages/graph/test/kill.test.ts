import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, test } from "vitest";

// A real build (the CLI in a process of its own) killed with SIGKILL at several moments: the
// output folder must show the old build whole or the new one whole, never a mix.
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = join(ROOT, "packages/graph/dist/cli/main.js");
const SAMPLE = join(ROOT, "examples/corpus");
const OUTPUTS = ["graph.json", "graph.gexf", "extraction.json"];

const base = mkdtempSync(join(tmpdir(), "xiezuo-kill-"));
const build = (input: string, out: string) => ["build", input, "--out", out, "--name", "out", "--iterations", "30", "--jobs", "2"];

/** The sample articles, each also as a variant with one added line, so the corpus is bigger and each build differs. */
function corpus(folder: string, variants: number): string {
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(SAMPLE).filter((name) => /\.(txt|md|html)$/.test(name) && !name.includes("gbk"));
  for (const name of names) {
    cpSync(join(SAMPLE, name), join(folder, name));
    for (let v = 1; v <= variants; v++) {
      const text = readFileSync(join(SAMPLE, name), "utf8");
      writeFileSync(join(folder, `v${v}-${name}`), name.endsWith(".html") ? text.replace("</body>", `<p>第${v}次转载。</p></body>`) : `${text}\n第${v}次转载。\n`);
    }
  }
  return folder;
}

const snapshot = (out: string) => Object.fromEntries(OUTPUTS.map((file) => [file, existsSync(join(out, file)) ? readFileSync(join(out, file), "utf8") : null]));

async function storedDocuments(out: string): Promise<number> {
  const instance = await DuckDBInstance.create(join(out, "store.duckdb"), { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    return Number((await connection.runAndReadAll("SELECT count(*) FROM documents")).getRowsJS()[0]![0]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Runs a build of `input` into `out` and kills it after `delayMs`, or when `when()` says so. */
function killedBuild(input: string, out: string, delayMs: number, when?: () => boolean): Promise<{ finished: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...build(input, out)], { cwd: ROOT, stdio: "ignore" });
    const started = Date.now();
    const poll = setInterval(() => {
      if (Date.now() - started >= delayMs && (!when || when())) child.kill("SIGKILL");
    }, 5);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ finished: code === 0 });
    });
  });
}

describe.skipIf(!existsSync(MAIN))("a build killed with SIGKILL (build first: pnpm --filter @xiezuo/graph build)", () => {
  const oldInput = corpus(join(base, "old-articles"), 1);
  const newInput = corpus(join(base, "new-articles"), 2);
  const oldState = join(base, "old-state");
  let oldBuild: Record<string, string | null>;
  let newBuild: Record<string, string | null>;
  let buildMs = 0;
  const outcomes: string[] = [];

  beforeAll(() => {
    expect(spawnSync(process.execPath, [MAIN, ...build(oldInput, join(oldState, "out"))], { cwd: ROOT }).status).toBe(0);
    oldBuild = snapshot(join(oldState, "out"));
    const reference = join(base, "reference");
    cpSync(oldState, reference, { recursive: true, verbatimSymlinks: true });
    const started = Date.now();
    expect(spawnSync(process.execPath, [MAIN, ...build(newInput, join(reference, "out"))], { cwd: ROOT }).status).toBe(0);
    buildMs = Date.now() - started;
    newBuild = snapshot(join(reference, "out"));
    expect(newBuild["graph.json"]).not.toBe(oldBuild["graph.json"]);
  }, 600_000);

  const trial = async (name: string, delay: (buildMs: number) => number, when?: (dir: string) => () => boolean) => {
    const dir = join(base, name);
    cpSync(oldState, dir, { recursive: true, verbatimSymlinks: true });
    const out = join(dir, "out");
    const { finished } = await killedBuild(newInput, out, delay(buildMs), when?.(dir));
    const seen = snapshot(out);
    const whole = finished ? newBuild : seen["graph.json"] === oldBuild["graph.json"] ? oldBuild : newBuild;
    expect(seen).toEqual(whole);
    expect(await storedDocuments(out)).toBe(JSON.parse(whole["extraction.json"]!).documents.length);
    outcomes.push(finished ? "finished" : whole === oldBuild ? "old" : "new");
    return { dir, out, finished, old: whole === oldBuild };
  };

  // Kill points across the build: starting up, extracting, building the graph, writing files.
  test.each([0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95])("killed at %s of the build time: the old build or the new, whole", async (fraction) => {
    await trial(`at-${fraction}`, (ms) => ms * fraction);
  }, 300_000);

  test("killed once the new build folder holds graph.json, before it is published: the old build, whole", async () => {
    const { old, finished } = await trial("while-writing", () => 0, (dir) => {
      const before = new Set(readdirSync(dir));
      return () => readdirSync(dir).some((entry) => !before.has(entry) && existsSync(join(dir, entry, "graph.json")));
    });
    if (!finished) expect(old).toBe(true);
  }, 300_000);

  test("the kill points fell inside builds (not all after they finished)", () => {
    expect(outcomes.filter((outcome) => outcome === "old").length).toBeGreaterThanOrEqual(3);
  });

  test("the next build after a kill finishes the new build and clears what the killed one left", async () => {
    const { dir, out } = await trial("then-rebuilt", (ms) => ms * 0.5);
    expect(spawnSync(process.execPath, [MAIN, ...build(newInput, out)], { cwd: ROOT }).status).toBe(0);
    expect(snapshot(out)).toEqual(newBuild);
    expect(readdirSync(dir).filter((entry) => entry.startsWith(".out."))).toHaveLength(1);
  }, 300_000);
});
