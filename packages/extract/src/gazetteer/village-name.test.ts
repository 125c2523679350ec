import { describe, expect, it } from "vitest";
import { villageName } from "./village-name.js";

describe("villageName", () => {
  it("keeps one 村 when the stem already ends in it", () => {
    expect(villageName("甲子村村委会")).toBe("甲子村");
    expect(villageName("甲子村村民委员会")).toBe("甲子村");
  });
  it("turns the committee's 村 into the village word otherwise", () => {
    expect(villageName("乙家庄村委会")).toBe("乙家庄村");
    expect(villageName("丙塘村民委员会")).toBe("丙塘村");
  });
  it("drops a residents' committee suffix", () => {
    expect(villageName("城北社区居委会")).toBe("城北社区");
    expect(villageName("城北社区居民委员会")).toBe("城北社区");
  });
  it("leaves other names alone", () => {
    expect(villageName("丁村")).toBe("丁村");
  });
});
