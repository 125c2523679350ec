import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const funds = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("funds"));

describe("towns of the helped county that receive money with no giver named", () => {
  it("receive it from the county's one helper, each town of the list", () => {
    expect(funds("立山区与抚松县结对帮扶。泉阳镇、露水河镇今年共争取到协作资金600万元。")).toEqual(expect.arrayContaining(["funds 立山区 → 泉阳镇", "funds 立山区 → 露水河镇"]));
  });
  it("receive nothing when two helpers pair with places around them", () => {
    expect(funds("立山区与抚松县结对帮扶，铁东区与抚松县结对帮扶。\n泉阳镇今年争取到协作资金600万元。")).toEqual([]);
  });
});
