import { describe, expect, it } from "vitest";
import { shortNames } from "./short-names.js";

describe("shortNames: bases that are everyday verbs", () => {
  it("gives 新建区 no bare short form (新建了一座桥 is no district), other districts theirs", () => {
    expect(shortNames("新建区", "area")).toEqual([]);
    expect(shortNames("宜兴市", "area")).toEqual(["宜兴"]);
  });
});
