import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../extract.js";
import type { ExtractionResult } from "../types.js";
import { STAGES, type Stage } from "./document-result.js";

const sample = fileURLToPath(new URL("../../../../examples/corpus/", import.meta.url));
const files = readdirSync(sample).filter((name) => /\.(txt|md|html?)$/.test(name)).map((name) => join(sample, name));
const json = (result: ExtractionResult) => JSON.stringify(result, null, 2);

// A seeded shuffle, so a failure can be replayed.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("the corpus as a map and a reduce (examples/corpus)", () => {
  let inOrder: ExtractionResult;
  beforeAll(async () => {
    inOrder = await extract(files, { jobs: 1 });
  });

  it("reads every sample article", () => {
    expect(inOrder.documents).toHaveLength(files.length);
    expect(inOrder.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  // Several whole extractions of the corpus on a machine shared with other work.
  const SLOW = { timeout: 240_000 };

  it("gives the same bytes for shuffled inputs and for 1 or 2 workers", SLOW, async () => {
    const reference = json(inOrder);
    expect(json(await extract(shuffled(files, 7), { jobs: 1 }))).toBe(reference);
    expect(json(await extract(shuffled(files, 11), { jobs: 2 }))).toBe(reference);
    expect(json(await extract([sample], { jobs: 2 }))).toBe(reference);
  });

  // Which copy is kept is decided by the files' paths in code-unit order, never by the order they
  // were given in. The copy lives in the temporary folder, which may sort before or after the
  // checkout, so the expected kept copy is worked out from the paths themselves.
  it("reads a file saved twice once, whichever copy comes first", SLOW, async () => {
    const folder = mkdtempSync(join(tmpdir(), "xiezuo-twice-"));
    const copy = join(folder, "00-copy.txt");
    cpSync(files[2]!, copy);
    const [kept, dropped] = copy < files[2]! ? [copy, files[2]!] : [files[2]!, copy];
    const expected = [copy, ...files].filter((file) => file !== dropped).sort();
    for (const seed of [3, 5]) {
      const result = await extract(shuffled([copy, ...files], seed), { jobs: 2 });
      expect(result.documents.map((doc) => doc.file)).toEqual(expected);
      expect(result.issues.filter((issue) => issue.message.startsWith("same content as"))).toEqual([
        { file: dropped, severity: "warning", message: `same content as ${kept}; read once` },
      ]);
    }
  });
});

describe("the page's stated source", () => {
  it("is an organisation wherever the body names it, each of two sources on one line apart", async () => {
    const folder = mkdtempSync(join(tmpdir(), "xiezuo-source-"));
    writeFileSync(join(folder, "a.txt"), "两地协作成效显著\n\n盐田区与凌云县结对帮扶。\n\n来源：惠州日报、凌云发布\n");
    const result = await extract([folder], { jobs: 1 });
    const organizations = result.entities.filter((e) => e.type === "organization").map((e) => e.name).sort();
    expect(organizations).toEqual(["凌云发布", "惠州日报"]);
  });
});

describe("one file failing in any stage leaves the other files whole", () => {
  const victim = files.find((file) => file.endsWith(".md")) ?? files[0]!;
  const others = files.filter((file) => file !== victim);
  let withoutVictim: string;
  beforeAll(async () => {
    withoutVictim = json(await extract(others, { jobs: 1 }));
  });

  const stages = STAGES.filter((stage): stage is Exclude<Stage, "worker"> => stage !== "worker");
  it.each(stages.flatMap((stage) => [[stage, "throw"] as const, [stage, "overflow"] as const]))("%s: %s", { timeout: 120_000 }, async (stage, kind) => {
    const result = await extract(files, { jobs: 1, fault: { stage, file: victim.slice(sample.length), kind } });
    const failures = result.issues.filter((issue) => issue.file === victim && issue.severity === "error");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ stage, message: expect.stringContaining(`skipped: ${stage} failed: `) });
    if (kind === "overflow" && stage !== "read") expect(failures[0]!.message).toContain("Maximum call stack size exceeded");
    // Everything else is exactly what a run without that file gives.
    const rest = { ...result, issues: result.issues.filter((issue) => issue.file !== victim) };
    expect(json(rest)).toBe(withoutVictim);
  });

  it("a stack overflow inside a worker is an issue too, and the pool goes on", { timeout: 120_000 }, async () => {
    const result = await extract(files, { jobs: 2, fault: { stage: "recognize", file: victim.slice(sample.length), kind: "overflow" } });
    expect(result.issues.find((issue) => issue.file === victim && issue.severity === "error")).toMatchObject({ stage: "recognize" });
    expect(json({ ...result, issues: result.issues.filter((issue) => issue.file !== victim) })).toBe(withoutVictim);
  });
});
