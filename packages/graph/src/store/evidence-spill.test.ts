import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EvidenceTableBuilder, type RelationEvidence } from "../build/evidenceTable.js";
import { EvidenceSpill } from "./evidence-spill.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");

function evidence(json: string, graphJson = json): RelationEvidence {
  const bytes = utf8(json);
  return { count: 1, documents: ["doc:a"], json: bytes, graphCount: 1, graphJson: graphJson === json ? bytes : utf8(graphJson) };
}

describe("EvidenceSpill", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-spill-"));

  it("gives back each relation's bytes, before and after they reach the file, as often as asked", () => {
    const spill = new EvidenceSpill(join(dir, "a"));
    const first = spill.keep(evidence('[{"sentence":"甲县与乙区结对"}]'));
    // Still in the write buffer: read back all the same.
    expect(first.json.toString("utf8")).toBe('[{"sentence":"甲县与乙区结对"}]');
    const second = spill.keep(evidence("[1,2]", "[1]"));
    spill.flush();
    expect([second.json.toString(), second.graphJson.toString(), second.json.toString()]).toEqual(["[1,2]", "[1]", "[1,2]"]);
    expect(first.graphJson.toString("utf8")).toBe('[{"sentence":"甲县与乙区结对"}]');
    expect([second.count, second.graphCount, second.documents]).toEqual([1, 1, ["doc:a"]]);
    spill.close();
  });

  it("keeps bytes longer than its write buffer, and empty ones", () => {
    const spill = new EvidenceSpill(join(dir, "b"));
    const long = `[${"\"协作\",".repeat(1_000_000)}"end"]`;
    const kept = [spill.keep(evidence("[]")), spill.keep(evidence(long)), spill.keep(evidence("[0]"))];
    expect(kept.map((item) => item.json.toString("utf8"))).toEqual(["[]", long, "[0]"]);
    spill.close();
  });

  it("leaves no file behind, and cannot be read once closed", () => {
    const spill = new EvidenceSpill(join(dir, "c"));
    const kept = spill.keep(evidence("[3]"));
    spill.flush();
    spill.close();
    expect(existsSync(join(dir, "c"))).toBe(false);
    expect(() => kept.json).toThrow(/closed/);
    spill.close();
  });

  it("holds what an in-memory table holds, for any parts", () => {
    const part = fc.record({ relation: fc.constantFrom("r1", "r2", "r3"), document: fc.constantFrom("doc:1", "doc:2", "doc:3"), items: fc.array(fc.string(), { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        // Grouped by relation and sorted by document within it, as the store hands them over.
        const sorted = [...parts].sort((a, b) => (a.relation + a.document < b.relation + b.document ? -1 : a.relation + a.document > b.relation + b.document ? 1 : 0));
        const spill = new EvidenceSpill(join(dir, "d"));
        const [inMemory, inFile] = [new EvidenceTableBuilder(), new EvidenceTableBuilder(new Map(), spill)];
        for (const { relation, document, items } of sorted) {
          const json = utf8(JSON.stringify(items.map((sentence, start) => ({ document, sentence, start, end: start + 1, sourceSpan: [start, start + 1], targetSpan: [start, start + 1] }))));
          for (const builder of [inMemory, inFile]) builder.add(relation, document, json, items.length);
        }
        const [expected, actual] = [inMemory.finish(), inFile.finish()];
        expect([...actual.keys()]).toEqual([...expected.keys()]);
        for (const [id, want] of expected) {
          const got = actual.get(id)!;
          expect({ count: got.count, documents: got.documents, json: got.json.toString(), graphCount: got.graphCount, graphJson: got.graphJson.toString() }).toEqual({ count: want.count, documents: want.documents, json: want.json.toString(), graphCount: want.graphCount, graphJson: want.graphJson.toString() });
        }
        spill.close();
      }),
      { numRuns: 100 },
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
