import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";

// DuckDB's Node client decoded every string value with a default TextDecoder, which drops a
// leading U+FEFF (a byte order mark): a file name or a text starting with one came back without
// it. patches/@duckdb__node-api@1.5.6-r.1.patch makes the decoder keep it.
describe("text values read back from DuckDB", () => {
  it("keep a leading U+FEFF, whichever way the rows are read", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const sql = "SELECT * FROM (VALUES ('\ufeff甲县.txt'), ('乙\ufeff县')) AS t(text)";
    const expected = ["\ufeff甲县.txt", "乙\ufeff县"];
    expect((await connection.runAndReadAll(sql)).getRowsJS().map(([text]) => text)).toEqual(expected);
    expect((await connection.runAndReadAll(sql)).getColumnsJS()[0]).toEqual(expected);
    const streamed: unknown[] = [];
    for await (const rows of (await connection.stream(sql)).yieldRows()) streamed.push(...rows.map(([text]) => text));
    expect(streamed).toEqual(expected);
    connection.closeSync();
    instance.closeSync();
  });
});
