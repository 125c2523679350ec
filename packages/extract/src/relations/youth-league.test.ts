import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const held = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("holds_position"));

describe("团县委, 团区委 written without their place", () => {
  it("are the Youth League's committees of the article's places, not their party committees", () => {
    const found = held("鞍山市铁东区与泰来县结对。团区委书记李明、团县委副书记王大军出席。县委书记张强讲话。");
    expect(found).toEqual(expect.arrayContaining(["holds_position 李明 → 铁东区团区委", "holds_position 王大军 → 泰来县团县委", "holds_position 张强 → 泰来县委"]));
    expect(found.filter((l) => l.includes("王大军 → 泰来县委"))).toEqual([]);
  });
});
