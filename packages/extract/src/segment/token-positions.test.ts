import { expect, test } from "vitest";
import type { Token } from "./index.js";
import { TokenPositions, tokenPositions } from "./token-positions.js";

const tokens: Token[] = [
  { word: "甲乙县", tag: "ns", start: 0, end: 3 },
  { word: "丙丁村", tag: "ns", start: 3, end: 6 },
  { word: "，", tag: "x", start: 6, end: 7 },
  { word: "茶", tag: "n", start: 9, end: 10 },
];

test("answers as maps of the tokens by start and by end would, at every position and outside the text", () => {
  const positions = new TokenPositions(tokens);
  const byStart = new Map(tokens.map((t) => [t.start, t]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  for (let at = -2; at <= 13; at++) {
    expect(positions.get(at)).toBe(byStart.get(at));
    expect(positions.has(at)).toBe(byStart.has(at));
    expect(positions.indexEndingAt(at)).toBe(byEnd.get(at));
  }
});

test("is built once per token list", () => {
  expect(tokenPositions(tokens)).toBe(tokenPositions(tokens));
  expect(tokenPositions([...tokens])).not.toBe(tokenPositions(tokens));
  expect(new TokenPositions([]).get(0)).toBeUndefined();
});
