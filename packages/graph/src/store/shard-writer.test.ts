import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mention } from "@xiezuo/extract";
import { expect, test } from "vitest";
import { ShardWriter } from "./shard-writer.js";

const mention = (text: string, seq: number): Mention => ({ entity: "person:甲", document: "doc:1", start: seq, end: seq + text.length, text, originalStart: seq, originalEnd: seq + text.length });

/** The mentions file of a shard of one document whose mentions have these texts. */
function mentionsFile(texts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-shard-writer-"));
  const writer = new ShardWriter(dir, "000000", "v1");
  const sink = writer.begin();
  sink.window(texts.map(mention), []);
  writer.end({ file: "a.txt", document: { id: "doc:1", file: "a.txt", title: "", date: null, source: null, authors: [] }, entities: [], mentions: [], relations: [], issues: [] }, "hash");
  const table = writer.close().find(([name]) => name === "mentions");
  return readFileSync(table![1], "utf8");
}

test("rows are written as UTF-8 lines, one JSON object each, in the order added", () => {
  const texts = ["那坡县", "Ünïcode ✓", "𠀀字", 'quote " and \\ backslash'];
  const lines = mentionsFile(texts).split("\n");
  expect(lines.at(-1)).toBe("");
  expect(lines.slice(0, -1).map((line) => JSON.parse(line).text)).toEqual(texts);
});

test("a lone surrogate becomes U+FFFD (DuckDB's JSON reader refuses one); an escaped backslash before ud800 stays", () => {
  const lines = mentionsFile(["甲\ud800乙", "\\ud800 as text"]).split("\n");
  expect(JSON.parse(lines[0]!).text).toBe("甲\ufffd乙");
  expect(JSON.parse(lines[1]!).text).toBe("\\ud800 as text");
});
