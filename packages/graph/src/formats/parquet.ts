import { rename, rm } from "node:fs/promises";
import { DuckDBInstance, LIST, VARCHAR, listValue, type DuckDBAppender } from "@duckdb/node-api";
import type { XiezuoGraph } from "../types.js";

type Cell = string | number | boolean | string[] | null | undefined;
type Column = [name: string, sqlType: "VARCHAR" | "VARCHAR[]" | "INTEGER" | "DOUBLE" | "BOOLEAN"];

const ENTITY_COLUMNS: Column[] = [
  ["id", "VARCHAR"], ["name", "VARCHAR"], ["type", "VARCHAR"], ["aliases", "VARCHAR[]"], ["code", "VARCHAR"], ["parent", "VARCHAR"],
  ["place_path", "VARCHAR[]"], ["mentions", "INTEGER"], ["documents", "VARCHAR[]"], ["degree", "INTEGER"], ["weighted_degree", "DOUBLE"],
  ["pagerank", "DOUBLE"], ["community", "INTEGER"], ["x", "DOUBLE"], ["y", "DOUBLE"],
];
const RELATIONSHIP_COLUMNS: Column[] = [
  ["id", "VARCHAR"], ["type", "VARCHAR"], ["source", "VARCHAR"], ["target", "VARCHAR"], ["source_name", "VARCHAR"], ["target_name", "VARCHAR"],
  ["weight", "INTEGER"], ["date", "VARCHAR"], ["amount_yuan", "DOUBLE"], ["approximate", "BOOLEAN"], ["title", "VARCHAR"],
  ["funds_total_yuan", "DOUBLE"], ["documents", "VARCHAR[]"],
];

/**
 * Writes the graph as two Parquet files that DuckDB, pandas and polars read directly: one row
 * per entity (`entities`) and one per relation (`relationships`), with the graph's metrics.
 * DuckDB writes them; each goes to a temporary name first and is renamed into place.
 */
export async function writeParquetTables(graph: XiezuoGraph, paths: { entities: string; relationships: string }): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const table = async (name: string, columns: Column[], fill: (row: (cells: Cell[]) => void) => void, path: string) => {
      await connection.run(`CREATE TABLE ${name} (${columns.map(([column, type]) => `"${column}" ${type}`).join(", ")})`);
      const appender = await connection.createAppender(name);
      fill((cells) => appendRow(appender, columns, cells));
      appender.closeSync();
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        await connection.run(`COPY (SELECT * FROM ${name} ORDER BY id) TO '${temporary.replaceAll("'", "''")}' (FORMAT parquet)`);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    };
    await table("entities", ENTITY_COLUMNS, (row) =>
      graph.forEachNode((id, a) =>
        row([id, a.label, a.type, a.aliases, a.code, a.parent, a.placePath, a.mentions, a.documents, a.degree, a.weightedDegree, a.pagerank, a.community, a.x, a.y]),
      ), paths.entities);
    await table("relationships", RELATIONSHIP_COLUMNS, (row) =>
      graph.forEachEdge((id, a, source, target) =>
        row([id, a.type, source, target, graph.getNodeAttribute(source, "label"), graph.getNodeAttribute(target, "label"), a.weight, a.date,
          a.amountYuan, a.approximate, a.title, a.fundsTotalYuan, [...new Set(a.evidence.map((item) => item.document))].sort()]),
      ), paths.relationships);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function appendRow(appender: DuckDBAppender, columns: Column[], cells: Cell[]): void {
  cells.forEach((cell, index) => {
    const type = columns[index]![1];
    if (cell === null || cell === undefined) appender.appendNull();
    else if (type === "VARCHAR[]") appender.appendList(listValue(cell as string[]), LIST(VARCHAR));
    else if (type === "INTEGER") appender.appendInteger(Number(cell));
    else if (type === "DOUBLE") appender.appendDouble(Number(cell));
    else if (type === "BOOLEAN") appender.appendBoolean(Boolean(cell));
    else appender.appendVarchar(String(cell));
  });
  appender.endRow();
}
