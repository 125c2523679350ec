import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-support/relations-of.js";

const held = (text: string) => relationsOf(text).map((r) => r.line).filter((l) => l.startsWith("holds_position"));

describe("a byline name of four characters with no Han family name (记者 努尔艾力)", () => {
  it("is a reporter of the source line's medium", () => {
    const text = "泰来县第二中学新校区投用\n2024-09-02 来源：鞍山日报 记者 努尔艾力 通讯员 王明\n9月1日，泰来县第二中学新校区正式投入使用，鞍山市铁东区援建了该校。";
    expect(held(text)).toEqual(expect.arrayContaining(["holds_position 努尔艾力 → 鞍山日报", "holds_position 王明 → 鞍山日报"]));
  });
  it("is a reporter in a bracketed byline", () => {
    expect(held("鞍山日报讯（记者 努尔艾力）9月1日，泰来县第二中学新校区正式投入使用。")).toContain("holds_position 努尔艾力 → 鞍山日报");
  });
});
