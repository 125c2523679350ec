import { expect, test } from "vitest";
import { formatYuan } from "./formatYuan.js";

test.each([
  [0, "0元"],
  [800, "800元"],
  [9_000_000, "900万元"],
  [1_500_000, "150万元"],
  [259_200_000, "2.592亿元"],
  [12_345, "1.2345万元"],
])("%i yuan → %s", (yuan, text) => {
  expect(formatYuan(yuan)).toBe(text);
});
