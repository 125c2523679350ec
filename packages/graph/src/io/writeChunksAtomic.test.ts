import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChunksAtomic } from "./writeChunksAtomic.js";

describe("writeChunksAtomic", () => {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-chunks-"));

  it("writes the pieces joined, whatever their sizes and characters, from plain and async iterables", async () => {
    // Pieces of every size around the 1 MiB buffer, with 2-, 3- and 4-byte UTF-8 characters straddling its end.
    const pieces = ["协作", "é".repeat(300_000), "😀".repeat(200_000), "x", "宝安区".repeat(400_000), "", "\u2028", "a".repeat(1 << 20)];
    const expected = pieces.join("");
    await writeChunksAtomic(join(dir, "plain.txt"), pieces);
    expect(readFileSync(join(dir, "plain.txt"), "utf8")).toBe(expected);
    async function* slowly() {
      for (const piece of pieces) yield await Promise.resolve(piece);
    }
    await writeChunksAtomic(join(dir, "async.txt"), slowly());
    expect(readFileSync(join(dir, "async.txt"), "utf8")).toBe(expected);
  });

  it("leaves the old file and no temporary one when the pieces fail", async () => {
    const path = join(dir, "kept.txt");
    await writeChunksAtomic(path, ["old"]);
    function* failing() {
      yield "new ";
      throw new Error("the source failed");
    }
    await expect(writeChunksAtomic(path, failing())).rejects.toThrow("the source failed");
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
