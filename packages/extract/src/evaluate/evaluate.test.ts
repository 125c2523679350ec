import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../types.js";
import type { GoldFile } from "./gold.js";
import { combineEvaluations, evaluate, heldOutFiles, splitGold } from "./index.js";

const gold: GoldFile = {
  version: 1,
  documents: [
    {
      file: "a.txt",
      entities: [
        { type: "district", name: "宝安区", aliases: ["宝安"] },
        { type: "county", name: "凌云县", aliases: ["凌云"] },
        { type: "person", name: "王建军" },
        { type: "park", name: "某某示范基地", uncertain: true },
      ],
      relations: [
        { type: "pairs_with", source: "宝安区", target: "凌云县" },
        { type: "agreement_with", source: "凌云县", target: "宝安区" },
      ],
    },
  ],
};

const evidence = { document: "doc:a", sentence: "", start: 0, end: 0, originalStart: 0, originalEnd: 0, sourceSpan: [0, 0] as [number, number], targetSpan: [0, 0] as [number, number], rule: "test.rule", confidence: 0.5 };

const result: ExtractionResult = {
  documents: [{ id: "doc:a", file: "corpus/a.txt", title: null, date: null, source: null, authors: [] }],
  entities: [
    { id: "place:440306", type: "district", name: "宝安区", aliases: [], confidence: 1 },
    { id: "place:451027", type: "county", name: "凌云县", aliases: ["凌云"], confidence: 1 },
    { id: "organization:王建军", type: "organization", name: "王建军", aliases: [], confidence: 1 },
    { id: "company:多余公司", type: "company", name: "多余公司", aliases: [], confidence: 1 },
  ],
  mentions: ["place:440306", "place:451027", "organization:王建军", "company:多余公司"].map((entity, i) => ({
    entity, document: "doc:a", start: i, end: i + 1, text: "x", originalStart: i, originalEnd: i + 1,
  })),
  relations: [
    { id: "r1", rule: "test.rule", confidence: 0.5, type: "pairs_with", source: "place:440306", target: "place:451027", date: null, evidence: [evidence] },
    { id: "r2", rule: "test.rule", confidence: 0.5, type: "agreement_with", source: "place:440306", target: "place:451027", date: null, evidence: [evidence] },
    { id: "r3", rule: "test.rule", confidence: 0.5, type: "funds", source: "place:440306", target: "place:451027", date: null, evidence: [evidence] },
  ],
  issues: [],
};

describe("evaluate", () => {
  const evaluation = evaluate(result, gold);

  it("matches entities by name or alias; strict also by type", () => {
    expect(evaluation.entities.strict.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(evaluation.entities.untyped.overall).toMatchObject({ tp: 3, fp: 1, fn: 0 });
  });

  it("does not count an absent uncertain entity as missed", () => {
    expect(evaluation.missed.map((m) => m.what)).toEqual(["person 王建军"]);
  });

  it("matches relations through the entity matching, agreements in either direction", () => {
    expect(evaluation.relations.byType.pairs_with).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(evaluation.relations.byType.agreement_with).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(evaluation.relations.byType.funds).toMatchObject({ tp: 0, fp: 1 });
    expect(evaluation.relations.overall.f1).toBeCloseTo(0.8, 5);
  });
});

describe("evaluate, uncertain ends, by rule and by confidence", () => {
  const doc = { file: "b.txt", entities: [
    { type: "district" as const, name: "宝安区" },
    { type: "county" as const, name: "凌云县" },
    { type: "city" as const, name: "深圳市", uncertain: true },
  ], relations: [
    { type: "pairs_with" as const, source: "宝安区", target: "凌云县" },
    { type: "located_in" as const, source: "宝安区", target: "深圳市" },
  ] };
  const withRules: ExtractionResult = {
    ...result,
    documents: [{ ...result.documents[0]!, file: "b.txt" }],
    relations: [
      { ...result.relations[0]!, rule: "pairs.a", confidence: 0.9, evidence: [{ ...evidence, rule: "pairs.a", confidence: 0.9 }] },
      { ...result.relations[2]!, rule: "funds.b", confidence: 0.4, evidence: [{ ...evidence, rule: "funds.b", confidence: 0.4 }] },
    ],
  };
  const evaluation = evaluate(withRules, { version: 1, documents: [doc] });

  it("does not miss a relation whose gold end is uncertain", () => {
    expect(evaluation.relations.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it("counts matches and false finds per rule and per confidence band", () => {
    expect(evaluation.byRule).toEqual({ "pairs.a": { tp: 1, fp: 0 }, "funds.b": { tp: 0, fp: 1 } });
    expect(evaluation.confidence.map((b) => [b.min, b.tp, b.fp])).toEqual([[0.8, 1, 0], [0.5, 0, 0], [0, 0, 1]]);
    expect(evaluation.spurious.find((s) => s.kind === "relation")).toMatchObject({ what: "funds 宝安区 → 凌云县", endsFound: true, rules: ["funds.b"] });
  });

  it("adds up evaluations, and splits a gold file every third document by name", () => {
    const both = combineEvaluations([evaluation, evaluate(result, gold)]);
    expect(both.documents).toBe(2);
    expect(both.relations.overall.tp).toBe(evaluation.relations.overall.tp + 2);
    expect(both.byRule["pairs.a"]).toEqual({ tp: 1, fp: 0 });
    const files = ["c.txt", "a.txt", "f.md", "b.txt", "e.html", "d.txt", "g.txt"];
    expect([...heldOutFiles(files)]).toEqual(["c.txt", "f.md"]);
    const { read, heldOut } = splitGold({ version: 1, documents: files.map((file) => ({ file, entities: [], relations: [] })) });
    expect(heldOut.documents.map((d) => d.file)).toEqual(["c.txt", "f.md"]);
    expect(read.documents).toHaveLength(5);
  });
});
