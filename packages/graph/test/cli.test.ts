import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { buildGraph } from "../src/build/buildGraph.js";
import { fromGexf } from "../src/formats/gexf.js";
import { fromGraphml } from "../src/formats/graphml.js";
import { fromJson, toJson } from "../src/formats/json.js";
import { enrichGraph } from "../src/layout/enrichGraph.js";
import { loadFixture } from "../src/test-support/fixtures.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = join(ROOT, "packages/graph/dist/cli/main.js");
const SHARED_CORPUS = join(ROOT, "../shared/corpus");

function xiezuo(...args: string[]) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, XIEZUO_DEBUG: "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A usage mistake: exit 2 and exactly one line on standard error, no stack trace. */
function expectUsageError(run: ReturnType<typeof xiezuo>, message: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

// Two short articles written for this test: enough for every stage of the pipeline.
const ARTICLES = {
  "a.txt": "南山区与德保县携手推进协作\n2022年3月1日\n\n3月1日，深圳市南山区与百色市德保县举行东西部协作座谈会。南山区向德保县捐赠500万元，用于发展特色产业。",
  "b.md": "---\ntitle: 德保县新学校开学\ndate: 2022-09-01\n---\n\n南山区援建的德保县启明小学今天开学。南山区与德保县结对帮扶三年来，两地往来频繁。",
};

describe.skipIf(!existsSync(MAIN))("xiezuo CLI (build first: pnpm --filter @xiezuo/graph build)", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-cli-"));
  const graphFile = join(dir, "fixture", "graph.json");

  beforeAll(() => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "fixture" }), { iterations: 20 });
    spawnSync("mkdir", ["-p", join(dir, "fixture")]);
    writeFileSync(graphFile, toJson(graph));
  });

  test("--help lists the commands", () => {
    const run = xiezuo("--help");
    expect(run.status).toBe(0);
    for (const command of ["build", "export", "stats", "path"]) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  describe("build", () => {
    test("writes graph.json, graph.gexf and extraction.json and prints a summary", () => {
      const articles = join(dir, "articles");
      spawnSync("mkdir", ["-p", articles]);
      for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(articles, name), text);
      const out = join(dir, "built", "deeper");
      const run = xiezuo("build", articles, "--out", out, "--iterations", "20");
      expect(run.stderr).toBe(""); // not a terminal: no progress bar
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^documents: 2$/m);
      expect(run.stdout).toMatch(/^entities: \d+ \(.*county.*\)$/m);
      expect(run.stdout).toMatch(/^relations: \d+/m);
      expect(run.stdout).toMatch(/^issues: \d+$/m);
      const graph = fromJson(readFileSync(join(out, "graph.json"), "utf8"));
      expect(graph.getAttribute("name")).toBe("deeper");
      expect(graph.order).toBeGreaterThan(0);
      expect(fromGexf(readFileSync(join(out, "graph.gexf"), "utf8")).order).toBe(graph.order);
      const result = JSON.parse(readFileSync(join(out, "extraction.json"), "utf8"));
      expect(result.documents).toHaveLength(2);
      graph.forEachNode((_node, attributes) => expect(attributes.x).toBeTypeOf("number"));
    });

    test("--no-extraction-json writes the rest and no extraction.json, even over a build that had one", () => {
      const articles = join(dir, "articles-nojson");
      spawnSync("mkdir", ["-p", articles]);
      for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(articles, name), text);
      const out = join(dir, "built-nojson");
      expect(xiezuo("build", articles, "--out", out, "--iterations", "20").status).toBe(0);
      expect(existsSync(join(out, "extraction.json"))).toBe(true);
      const run = xiezuo("build", articles, "--out", out, "--iterations", "20", "--no-extraction-json");
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(/extraction\.json/);
      expect(existsSync(join(out, "extraction.json"))).toBe(false);
      expect(fromJson(readFileSync(join(out, "graph.json"), "utf8")).order).toBeGreaterThan(0);
      expect(existsSync(join(out, "viewer.json"))).toBe(true);
      // The store's corpus tables are written all the same: an export reads them.
      const exported = xiezuo("export", out, "--format", "parquet", "--out", join(dir, "nojson-tables"));
      expect(exported.status, exported.stderr).toBe(0);
    });

    test.skipIf(spawnSync("script", ["--version"]).error !== undefined)("shows a progress bar on a terminal", () => {
      // util-linux `script` runs the command on a pseudo-terminal, as a person would.
      const articles = join(dir, "articles");
      const command = [process.execPath, MAIN, "build", articles, "--out", join(dir, "tty"), "--iterations", "5"].map((part) => `'${part}'`).join(" ");
      const run = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
      expect(run.status, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/extracting \[/);
      expect(run.stdout).toMatch(/^documents: 2\r?$/m);
    });

    test("a missing folder is a one-line usage error", () => {
      expectUsageError(xiezuo("build", join(dir, "nowhere"), "--out", join(dir, "x")), /^xiezuo: no such file or folder: .*nowhere/);
    });

    test("a bad number is a one-line usage error", () => {
      expectUsageError(xiezuo("build", dir, "--out", join(dir, "x"), "--iterations", "many"), /--iterations expects a whole number/);
    });

    test.skipIf(!existsSync(SHARED_CORPUS))("builds the shared corpus", () => {
      // Speed is measured by `pnpm bench`, not asserted here: a loaded CI machine would make it flaky.
      const run = xiezuo("build", SHARED_CORPUS, "--out", join(dir, "shared"));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^documents: 5$/m);
    });
  });

  describe("export", () => {
    test.each([
      ["gexf", "graph.gexf", (text: string) => fromGexf(text)],
      ["graphml", "graph.graphml", (text: string) => fromGraphml(text)],
      ["json", "copy.json", (text: string) => fromJson(text)],
    ])("--format %s writes a file that reads back", (format, file, read) => {
      const out = join(dir, "exports", file);
      const run = xiezuo("export", graphFile, "--format", format, "--out", out);
      expect(run.status, run.stderr).toBe(0);
      const graph = read(readFileSync(out, "utf8"));
      expect([graph.order, graph.size]).toEqual([14, 12]);
    });

    test("--format csv writes a node table and an edge table; a build folder is a graph too", () => {
      const run = xiezuo("export", join(dir, "fixture"), "--format", "csv", "--out", join(dir, "exports", "tables.csv"));
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(dir, "exports", "tables.nodes.csv"), "utf8").split("\n")[0]).toMatch(/^id,label,type,/);
      expect(readFileSync(join(dir, "exports", "tables.edges.csv"), "utf8").split("\n")[0]).toMatch(/^id,source,target,relation,/);
    });

    test("an unknown format, a missing file and a file that is no graph are one-line usage errors", () => {
      expectUsageError(xiezuo("export", graphFile, "--format", "pdf", "--out", join(dir, "x.pdf")), /unknown format "pdf": use one of gexf, graphml, json, csv/);
      expectUsageError(xiezuo("export", join(dir, "missing.json"), "--format", "gexf", "--out", join(dir, "x.gexf")), /no such graph file or folder/);
      writeFileSync(join(dir, "notes.json"), "hello");
      expectUsageError(xiezuo("export", join(dir, "notes.json"), "--format", "gexf", "--out", join(dir, "x.gexf")), /notes\.json is not a readable graph: not valid JSON/);
    });
  });

  describe("stats", () => {
    test("prints the top entities, communities and pairing totals", () => {
      const run = xiezuo("stats", graphFile, "--top", "3");
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^top 3 by PageRank:$/m);
      expect(run.stdout).toMatch(/^communities: \d+$/m);
      expect(run.stdout).toContain("龙岗区 → 那坡县: 900万元 from 2 sentences (pairing stated 2×)");
    });

    test("--json gives the report as data", () => {
      const run = xiezuo("stats", graphFile, "--json");
      expect(JSON.parse(run.stdout).pairings[0]).toMatchObject({ fundsTotalYuan: 9_000_000, fundsSources: 2 });
    });

    test("a bad --top is a one-line usage error", () => {
      expectUsageError(xiezuo("stats", graphFile, "--top", "x"), /--top expects a whole number/);
    });
  });

  describe("path", () => {
    test("prints the chain between two entities given by name or alias", () => {
      const run = xiezuo("path", graphFile, "龙岗", "那坡县");
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe("龙岗区\n  —funds 900万元→ 那坡县\n");
    });

    test("an unknown entity is a one-line usage error", () => {
      expectUsageError(xiezuo("path", graphFile, "龙岗", "火星"), /no entity has the id, name or alias "火星"/);
    });
  });
});
