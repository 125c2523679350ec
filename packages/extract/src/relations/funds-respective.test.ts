import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

/** The funds of a short invented article, as "funds source → target amount rule". */
function funds(text: string): string[] {
  return relationsOf(text).filter((r) => r.relation.type === "funds").map((r) => `${r.line} ${r.relation.amountYuan ?? "-"} ${r.relation.rule}`);
}

describe("givers of a list who give their own amounts (分别…N、M、K)", () => {
  it("gives each giver the amount in its place, whatever kinds of donors the list mixes", () => {
    expect(funds("浙江金泰科技有限公司、湖州恒达建设有限公司、吴兴区慈善总会分别向利州区捐赠20万元、15万元、10万元。").sort()).toEqual([
      "funds 吴兴区慈善总会 → 利州区 100000 funds.respective",
      "funds 浙江金泰科技有限公司 → 利州区 200000 funds.respective",
      "funds 湖州恒达建设有限公司 → 利州区 150000 funds.respective",
    ].sort());
  });
  it("leaves one amount for a list to the rule that gives it to each (分别向乙县捐赠10万元)", () => {
    expect(funds("浙江金泰科技有限公司、湖州恒达建设有限公司分别向利州区捐赠10万元。").map((line) => line.split(" ").pop())).not.toContain("funds.respective");
  });
  it("reads nothing when the count of givers and amounts differ", () => {
    expect(funds("浙江金泰科技有限公司、湖州恒达建设有限公司、吴兴区慈善总会分别向利州区捐赠20万元、15万元。").map((line) => line.split(" ").pop())).not.toContain("funds.respective");
  });
});
