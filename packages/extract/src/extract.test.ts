import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js";
import { evaluate, readGold } from "./evaluate/index.js";
import { extract } from "./extract.js";
import type { ExtractionResult } from "./types.js";

const shared = fileURLToPath(new URL("../../../../shared/", import.meta.url));
const hasShared = existsSync(`${shared}gold/seeds.gold.json`);
const sample = fileURLToPath(new URL("../../../examples/corpus/", import.meta.url));

/**
 * The quality reached on ../shared/corpus, kept from falling back. Raise these as the
 * extractor improves (`pnpm eval` prints the current figures).
 */
const FLOOR = {
  strictF1: 0.95,
  perType: { person: 0.95, district: 0.95, county: 0.95, company: 0.95, school: 0.95, government: 0.95, village: 0.95 } as Record<string, number>,
  relationF1: 0.89,
  perRelation: { pairs_with: 0.95, funds: 0.88, holds_position: 0.95, works_for: 0.95, agreement_with: 0.95, located_in: 0.8, builds: 0.8 } as Record<string, number>,
};

describe.skipIf(!hasShared)("extract on the shared corpus (skipped when ../shared is absent: it holds the corpus and its answer key)", () => {
  let result: ExtractionResult;
  it("extracts every article", async () => {
    result = await extract([`${shared}corpus`]);
    expect(result.documents).toHaveLength(5);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps strict entity F1 at the level reached", () => {
    const evaluation = evaluate(result, readGold(`${shared}gold/seeds.gold.json`));
    expect(evaluation.entities.strict.overall.f1).toBeGreaterThanOrEqual(FLOOR.strictF1);
    for (const [type, floor] of Object.entries(FLOOR.perType)) {
      expect({ type, f1: evaluation.entities.strict.byType[type]!.f1 }).toEqual({ type, f1: expect.toSatisfy((f: number) => f >= floor) });
    }
  });

  it("keeps relation F1 at the level reached, with the amounts right", () => {
    const evaluation = evaluate(result, readGold(`${shared}gold/seeds.gold.json`));
    expect(evaluation.relations.overall.f1).toBeGreaterThanOrEqual(FLOOR.relationF1);
    for (const [type, floor] of Object.entries(FLOOR.perRelation)) {
      expect({ type, f1: evaluation.relations.byType[type]!.f1 }).toEqual({ type, f1: expect.toSatisfy((f: number) => f >= floor) });
    }
    expect(evaluation.fundsAmounts.amountRight).toBeGreaterThanOrEqual(evaluation.fundsAmounts.matched - 1);
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
