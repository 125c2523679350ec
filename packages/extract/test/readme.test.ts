import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

describe("README", () => {
  const readme = readFileSync(`${PACKAGE}README.md`, "utf8");

  test("its example runs with plain Node on the built package", () => {
    expect(existsSync(`${PACKAGE}dist/index.js`), "build first: pnpm --filter @xiezuo/extract build").toBe(true);
    const example = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = `${PACKAGE}test-output`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/readme-example.mjs`, example);
    const run = spawnSync(process.execPath, [`${dir}/readme-example.mjs`], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const [documents, ...rest] = run.stdout.trim().split("\n");
    expect(Number(documents!.split(" ")[0])).toBeGreaterThanOrEqual(8);
    expect(rest.join("\n")).toMatch(/person: \d+/);
    expect(run.stderr).toMatch(/^1\/\d+ examples\/corpus\//);
  });

  test("lists every relation rule with its confidence", async () => {
    const { RULES } = await import("../src/relations/rules.js");
    for (const id of Object.keys(RULES)) expect(readme, `README lists ${id}`).toContain(`| \`${id}\` |`);
    for (const rule of Object.values(RULES)) expect(readme).toContain(`${rule.example} (${rule.confidence}) |`);
  });

  test("documents every export of the package", async () => {
    const api = await import("../src/index.js");
    for (const name of Object.keys(api)) expect(readme, `README mentions ${name}`).toContain(name);
  });
});
