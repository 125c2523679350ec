import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { orderedGroups } from "./ordered-groups.js";

describe("orderedGroups", () => {
  it("aggregates consecutive rows of the order, in order, across the ranges of its queries, and drops its table", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    // Rows stored out of order: the key runs backwards, the text names it.
    const count = 130_001;
    const select = `SELECT ${count} - i AS key, 'k' || (${count} - i) AS text FROM range(${count}) t(i)`;
    const groups: unknown[][] = [];
    for await (const row of orderedGroups(connection, "numbered", select, "key", "min(key)::INTEGER, count(*)::INTEGER, string_agg(text, ',' ORDER BY n)", 1000)) groups.push(row);
    expect(groups).toHaveLength(Math.ceil(count / 1000));
    groups.forEach(([first, size, texts], g) => {
      expect(first).toBe(g * 1000 + 1);
      expect(size).toBe(g === groups.length - 1 ? count % 1000 : 1000);
      expect(String(texts).split(",").slice(0, 2)).toEqual([`k${g * 1000 + 1}`, `k${g * 1000 + 2}`].slice(0, Number(size)));
    });
    const left = await connection.runAndReadAll("SELECT count(*)::INTEGER FROM duckdb_tables() WHERE table_name = 'numbered'");
    expect(left.getRows()).toEqual([[0]]);
    await expect(async () => {
      for await (const _row of orderedGroups(connection, "numbered", select, "key", "count(*)", 999)) break;
    }).rejects.toThrow(/divide/);
    connection.closeSync();
    instance.closeSync();
  });
});
