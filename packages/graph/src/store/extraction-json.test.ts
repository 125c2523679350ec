import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonSections } from "./extraction-json.js";

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

describe("writeJsonSections", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-sections-"));

  it("writes JSON.stringify(whole, null, 2) and a line feed, for empty, small and long sections", async () => {
    const record = (i: number) => ({ id: `d${i}`, text: "协作\u2028\"<x>\"", spans: [[i, i + 1]], empty: [], nested: { list: [], none: null } });
    for (const count of [0, 1, 511, 512, 513, 1025]) {
      const items = Array.from({ length: count }, (_, i) => record(i));
      const path = join(dir, `sections-${count}.json`);
      await writeJsonSections(path, [["documents", items], ["mentions", slowly(items)], ["issues", []]]);
      expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify({ documents: items, mentions: items, issues: [] }, null, 2)}\n`);
    }
  });

  it("gives the same bytes for any JSON values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 20 }), async (items) => {
        const path = join(dir, "values.json");
        await writeJsonSections(path, [["values", items]]);
        expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify({ values: items }, null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });
});
