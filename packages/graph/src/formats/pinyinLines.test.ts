import { describe, expect, it } from "vitest";
import { pinyinLine, pinyinLinesApart } from "./pinyinLines.js";

describe("pinyinLinesApart", () => {
  it("gives, from its thread, each node's line as pinyinLine gives it here, in order", async () => {
    const names = [["罗湖区", "罗湖"], ["西林县"], [], ["A栋long3号", "重庆"]];
    const apart = pinyinLinesApart(names);
    expect(await apart.lines).toEqual(names.map(pinyinLine));
    expect(pinyinLine(["西林县", "西林"])).toBe("xilinxian xlx xilin xl");
  });

  it("stops a thread whose lines are no longer wanted, rejecting them", async () => {
    const apart = pinyinLinesApart([["罗湖区"]]);
    apart.stop();
    await expect(apart.lines).rejects.toThrow(/pinyin worker stopped/);
  });
});
