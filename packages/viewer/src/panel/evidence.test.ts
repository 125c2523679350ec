import { describe, expect, it } from "vitest";
import type { Evidence } from "../graph/load.js";
import { sentenceParts } from "./evidence.js";

const sentence = "龙岗区向那坡县捐赠600万元。";
const at = (start: number, source: [number, number], target: [number, number]): Evidence => ({
  document: "doc:1", sentence, start, end: start + sentence.length, originalStart: start, originalEnd: start + sentence.length, sourceSpan: source, targetSpan: target,
});

describe("sentenceParts", () => {
  it("marks both mentions, placed by body offsets minus the sentence start", () => {
    expect(sentenceParts(at(100, [100, 103], [104, 107]))).toEqual([
      { text: "龙岗区", mention: true },
      { text: "向", mention: false },
      { text: "那坡县", mention: true },
      { text: "捐赠600万元。", mention: false },
    ]);
  });

  it("orders the marks by position whatever the direction of the relation", () => {
    const parts = sentenceParts(at(0, [4, 7], [0, 3]));
    expect(parts.filter((p) => p.mention).map((p) => p.text)).toEqual(["龙岗区", "那坡县"]);
  });

  it("ignores spans outside the sentence or overlapping, keeping all the text", () => {
    for (const parts of [sentenceParts(at(0, [50, 53], [-4, 2])), sentenceParts(at(0, [0, 5], [2, 7]))]) {
      expect(parts.map((p) => p.text).join("")).toBe(sentence);
    }
  });
});
