import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "@xiezuo/extract";
import { generateCorpus } from "./generate-corpus.mjs";


const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-corpus-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const contents = (dir: string) => readdirSync(dir).sort().map((f) => `${f}\n${readFileSync(join(dir, f), "utf8")}`);

describe("generateCorpus", () => {
  it("writes the same files for the same seed and different ones for another", () => {
    const a = tempDir(), b = tempDir(), c = tempDir();
    const first = generateCorpus({ articles: 40, seed: 7, outDir: a });
    generateCorpus({ articles: 40, seed: 7, outDir: b });
    generateCorpus({ articles: 40, seed: 8, outDir: c });
    expect(first.files).toHaveLength(40);
    expect(contents(a)).toEqual(contents(b));
    expect(contents(c)).not.toEqual(contents(a));
    // About 900 bytes of text per article, as the 10,000 articles / 9 MiB.
    expect(first.bytes / 40).toBeGreaterThan(700);
    expect(first.bytes / 40).toBeLessThan(1300);
  });

  it("plants pairings of real places that the extractor finds", async () => {
    const dir = tempDir();
    const generated = generateCorpus({ articles: 30, seed: 3, outDir: dir });
    const result = await extract([dir]);
    expect(result.documents).toHaveLength(30);
    const pairs = new Set(result.relations.filter((r) => r.type === "pairs_with").map((r) => `${r.source}->${r.target}`));
    const distinct = new Map(generated.pairings.map((p) => [`place:${p.helper.code}->place:${p.helped.code}`, p]));
    const found = [...distinct.keys()].filter((key) => pairs.has(key));
    // Every article names its pairing in a 结对/联席会议/对接 sentence; allow a few the rules miss.
    expect(found.length / distinct.size).toBeGreaterThanOrEqual(0.8);
    // The places are gazetteer places (by code), and people, companies, schools or sites are found too.
    const types = new Set(result.entities.map((e) => e.type));
    for (const type of ["county", "town", "person", "company", "government"]) expect(types).toContain(type);
    expect(result.entities.filter((e) => e.type === "person").length).toBeGreaterThan(30);
  });

  it("pairs provinces as the scheme does, and each western prefecture mostly with one eastern city", () => {
    const { pairings } = generateCorpus({ articles: 2000, seed: 5, outDir: tempDir() });
    // Province codes of helper → helped allowed by the generator's scheme.
    const allowed = new Set(["11>15", "11>13", "12>62", "31>53", "32>61", "32>63", "33>51", "33>52", "35>64", "37>62", "37>50", "44>45", "44>52"]);
    for (const { helper, helped } of pairings) expect(allowed).toContain(`${helper.code.slice(0, 2)}>${helped.code.slice(0, 2)}`);
    const citiesOf = new Map<string, Map<string, number>>();
    for (const { helper, helped } of pairings) {
      const cities = citiesOf.get(helped.code.slice(0, 4)) ?? new Map<string, number>();
      cities.set(helper.code.slice(0, 4), (cities.get(helper.code.slice(0, 4)) ?? 0) + 1);
      citiesOf.set(helped.code.slice(0, 4), cities);
    }
    let loyal = 0;
    for (const cities of citiesOf.values()) loyal += Math.max(...cities.values());
    expect(loyal / pairings.length).toBeGreaterThan(0.8);
    // Still many places on both sides.
    expect(new Set(pairings.map((p) => p.helper.code)).size).toBeGreaterThan(100);
    expect(citiesOf.size).toBeGreaterThan(60);
  });

  it("prints its usage on --help, and exits 2 with it on an unknown option", () => {
    const script = fileURLToPath(new URL("./generate-corpus.mjs", import.meta.url));
    const help = spawnSync(process.execPath, [script, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--articles N");
    const wrong = spawnSync(process.execPath, [script, "--artcles", "5", "--out", tempDir()], { encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--artcles[\s\S]*usage:/);
  });
});
