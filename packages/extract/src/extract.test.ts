import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js";
import { extract } from "./extract.js";
import type { ExtractionResult } from "./types.js";

const shared = fileURLToPath(new URL("../../../../shared/", import.meta.url));
const hasShared = existsSync(`${shared}gold/seeds.gold.json`);
const sample = fileURLToPath(new URL("../../../examples/corpus/", import.meta.url));

describe.skipIf(!hasShared)("extract on the shared corpus (skipped when ../shared is absent: it holds the corpus and its answer key)", () => {
  let result: ExtractionResult;
  it("extracts every article", async () => {
    result = await extract([`${shared}corpus`]);
    expect(result.documents).toHaveLength(5);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("makes one entity of a place however it is written, with its code and parent", () => {
    const longgang = result.entities.find((e) => e.id === "place:440307")!;
    expect(longgang).toMatchObject({ type: "district", name: "龙岗区", parent: "深圳市", code: "440307" });
    expect(longgang.aliases).toEqual(expect.arrayContaining(["龍崗區", "龙岗", "深圳龙岗", "深圳市龙岗区"]));
    expect(result.entities.find((e) => e.name === "那坡县")).toMatchObject({ id: "place:451026", parent: "百色市" });
    expect(result.entities.filter((e) => e.name === "龙岗区")).toHaveLength(1);
  });

  it("points every mention back to its original text", () => {
    // The original span, converted the way the normalizer converts, gives the mention's text.
    const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
    const originals = new Map<string, string>();
    for (const doc of result.documents) originals.set(doc.id, readFileSync(doc.file, "utf8").replace(/^\uFEFF/, ""));
    for (const mention of result.mentions) {
      const original = originals.get(mention.document)!.slice(mention.originalStart, mention.originalEnd);
      const normalized = toSimplified(original).normalize("NFKC").replace(/\s+/g, "");
      expect({ mention: mention.text, original: normalized }).toEqual({ mention: mention.text, original: mention.text.normalize("NFKC").replace(/\s+/g, "") });
    }
  });

  it("finds nothing in the page chrome", () => {
    const chrome = /ICP|版权|Copyright|主办单位|承办单位|技术支持|\.jpg|点击/;
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    for (const mention of result.mentions) expect(byId.get(mention.entity)!.name).not.toMatch(chrome);
    expect(result.entities.map((e) => e.name)).not.toContain("凌云县人民政府办公室");
  });

  it("gives the same result twice", async () => {
    const again = await extract([`${shared}corpus`]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});

describe("extract on the sample corpus", () => {
  it("reads every sample article, in every format and encoding", async () => {
    const result = await extract([sample]);
    expect(result.documents.length).toBeGreaterThanOrEqual(8);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const types = new Set(result.entities.map((e) => e.type));
    for (const type of ["province", "city", "district", "county", "person", "school", "government"]) expect(types).toContain(type);
  });
});
