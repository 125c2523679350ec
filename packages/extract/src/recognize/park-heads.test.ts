import { describe, expect, it } from "vitest";
import { namesOf } from "./test-support/candidates-of.js";

const parks = (text: string) => namesOf(text, "park");

describe("parks the two sides of a pairing build together", () => {
  it("are read by their heads 合作园, 协作园, 共建园", () => {
    expect(parks("湖州市吴兴区与广元市利州区结对。两地共建的吴兴—利州产业合作园已入驻企业12家。")).toEqual(["吴兴—利州产业合作园"]);
    expect(parks("湖州市吴兴区与广元市利州区结对。利州吴兴协作园首批项目开工。")).toEqual(["利州吴兴协作园"]);
  });
  it("take no verb of policy that jieba tagged as an abbreviation for their name (深化/j 合作园建设)", () => {
    expect(parks("湖州市吴兴区与广元市利州区结对。双方将深化合作园建设。")).toEqual([]);
    expect(parks("湖州市吴兴区与广元市利州区结对。双方将深化产业园建设。")).toEqual([]);
  });
});
