import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** The first fenced block of the given language after the start of the README. */
function block(readme: string, language: string): string {
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(readme);
  if (!match) throw new Error(`README.md has no \`\`\`${language} block`);
  return match[1]!;
}

describe("README", () => {
  const readme = readFileSync(`${PACKAGE}README.md`, "utf8");

  test("its example runs with plain Node on the built package and prints what the README says", () => {
    expect(existsSync(`${PACKAGE}dist/index.js`), "build first: pnpm --filter @xiezuo/graph build").toBe(true);
    // Inside the repository, so that Node resolves @xiezuo/graph through the workspace's node_modules.
    const dir = `${PACKAGE}test-output`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/readme-example.mjs`, block(readme, "js"));
    const run = spawnSync(process.execPath, [`${dir}/readme-example.mjs`], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(block(readme, "text"));
  });

  test("documents every export of the package", async () => {
    const api = await import("../src/index.js");
    for (const name of Object.keys(api)) expect(readme, `README mentions ${name}`).toContain(name);
  });
});
