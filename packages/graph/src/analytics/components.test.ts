import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { components } from "./components.js";

describe("components", () => {
  test("lists weakly connected components, largest first", () => {
    const parts = components(buildGraph(loadFixture("two-articles")));
    // 王芳 and her hospital are linked to nothing else; 深圳 and 广西 are only mentioned, in no relation.
    expect(parts.slice(1)).toEqual([["hospital:那坡县人民医院", "person:王芳"], ["place:4403"], ["place:45"]]);
    expect(parts.map((part) => part.length)).toEqual([...parts.map((part) => part.length)].sort((a, b) => b - a));
    expect(parts.flat().length).toBe(14);
  });
});
