import { describe, expect, it } from "vitest";
import { pinyinLine, pinyinLinesApart } from "./pinyinLines.js";

describe("pinyinLinesApart", () => {
  it("gives, from its thread, each node's line as pinyinLine gives it here, in order", async () => {
    const names = [["龙岗区", "龙岗"], ["那坡县"], [], ["A栋long3号", "重庆"]];
    const apart = pinyinLinesApart(names);
    expect(await apart.lines).toEqual(names.map(pinyinLine));
    expect(pinyinLine(["那坡县", "那坡"])).toBe("napoxian npx napo np");
  });

  it("stops a thread whose lines are no longer wanted, rejecting them", async () => {
    const apart = pinyinLinesApart([["龙岗区"]]);
    apart.stop();
    await expect(apart.lines).rejects.toThrow(/pinyin worker stopped/);
  });
});
