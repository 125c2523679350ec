import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { jsonTextSql } from "./json-text-sql.js";

describe("jsonTextSql", () => {
  it("gives JSON.stringify's text of every character and of hostile texts", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("CREATE TABLE texts (i INTEGER, text VARCHAR)");
    const texts: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) texts.push(String.fromCharCode(code));
    texts.push("\u{1F600}县", "", "\ufeff甲镇", '引"号\\"与\\\\结尾\\', "制\u001b表\t换\n行\r", "\\u001B", "a/b\u2028\u2029\u0085", "'单引号'");
    const appender = await connection.createAppender("texts");
    texts.forEach((text, i) => {
      appender.appendInteger(i);
      appender.appendVarchar(text);
      appender.endRow();
    });
    appender.closeSync();
    const reader = await connection.runAndReadAll(`SELECT i, ${jsonTextSql("text")} FROM texts ORDER BY i`);
    const wrong = reader.getRowsJS().filter(([i, json]) => json !== JSON.stringify(texts[Number(i)]));
    expect(wrong).toEqual([]);
    expect(reader.getRowsJS()).toHaveLength(texts.length);
    connection.closeSync();
    instance.closeSync();
  });
});
