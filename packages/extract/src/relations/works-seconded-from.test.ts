import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => /^(?:holds_position|works_for)/.test(l));

describe("甲区挂职干部、乙县委常委、副县长张三: the place that sent the cadre", () => {
  it("is where the cadre works, not a post held there; the posts after it are held", () => {
    const found = lines("鞍山市铁东区与泰来县结对。铁东区挂职干部、泰来县委常委、副县长王大军表示，将做好协作工作。");
    expect(found).toEqual(expect.arrayContaining(["works_for 王大军 → 铁东区", "holds_position 王大军 → 泰来县委"]));
    expect(found).not.toContain("holds_position 王大军 → 铁东区");
  });
  it("leaves a cadre with no post elsewhere alone", () => {
    expect(lines("鞍山市铁东区与泰来县结对。铁东区挂职干部王大军表示，将做好协作工作。")).not.toContain("works_for 王大军 → 铁东区");
  });
});
