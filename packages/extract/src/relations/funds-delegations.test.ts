import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => r.line);
}

describe("delegations give for the body they come from", () => {
  it("gives a bare 帮扶团队 the body that formed it", () => {
    const found = funds("湖州市吴兴区实验小学组建了一支帮扶团队。3月2日，帮扶团队来到丽江市永胜县顺州小学，给学生送去图书。");
    expect(found.some((l) => /^funds .*实验小学 → .*顺州小学$/.test(l))).toBe(true);
  });

  it("does not take the host that accompanies the team as its home", () => {
    const found = funds("永胜县委书记王某某陪同帮扶团队走访。帮扶团队来到顺州小学，给学生送去图书。");
    expect(found.filter((l) => l.startsWith("funds 永胜县"))).toEqual([]);
  });
});
