import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MAIN = join(ROOT, "packages/graph/dist/cli/main.js");

/** The first fenced block of the given language. */
function block(markdown: string, language: string): string {
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(markdown);
  if (!match) throw new Error(`docs/store.md has no \`\`\`${language} block`);
  return match[1]!;
}

describe.skipIf(!existsSync(MAIN))("docs/store.md (build first: pnpm --filter @xiezuo/graph build)", () => {
  test("its query, run on a build of the sample corpus, gives the table it shows", async () => {
    const doc = readFileSync(join(ROOT, "docs/store.md"), "utf8");
    const out = join(mkdtempSync(join(tmpdir(), "xiezuo-store-docs-")), "sample");
    const run = spawnSync(process.execPath, [MAIN, "build", join(ROOT, "examples/corpus"), "--out", out, "--iterations", "5"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const instance = await DuckDBInstance.create(join(out, "store.duckdb"), { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(block(doc, "sql"));
    const table = [reader.columnNames(), ...reader.getRowsJS()].map((row) => row.map(String).join("\t")).join("\n");
    connection.closeSync();
    instance.closeSync();
    expect(`${table}\n`).toBe(block(doc, "text"));
  }, 240_000);
});
