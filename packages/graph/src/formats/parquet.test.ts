import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { writeParquetTables } from "./parquet.js";

describe("writeParquetTables", () => {
  test("writes entity and relationship tables that DuckDB's read_parquet reads back whole", async () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "fixture" }), { iterations: 5 });
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-parquet-"));
    const paths = { entities: join(dir, "it's.entities.parquet"), relationships: join(dir, "it's.relationships.parquet") };
    await writeParquetTables(graph, paths);

    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const entities = await rows(`SELECT * FROM read_parquet('${paths.entities.replaceAll("'", "''")}')`);
    const relationships = await rows(`SELECT * FROM read_parquet('${paths.relationships.replaceAll("'", "''")}')`);
    connection.closeSync();
    instance.closeSync();

    expect(entities.map((row) => row.id)).toEqual(graph.nodes().sort());
    const napo = graph.getNodeAttributes("place:451026");
    expect(entities.find((row) => row.id === "place:451026")).toMatchObject({
      name: "那坡县", type: "county", aliases: napo.aliases, code: "451026", parent: "百色市", place_path: napo.placePath,
      mentions: napo.mentions, documents: napo.documents, pagerank: napo.pagerank, community: napo.community, x: napo.x,
    });
    expect(relationships).toHaveLength(graph.size);
    const funds = "funds:place:440307->place:451026";
    expect(relationships.find((row) => row.id === funds)).toMatchObject({
      type: "funds", source: "place:440307", target: "place:451026", source_name: "龙岗区", target_name: "那坡县",
      weight: 2, amount_yuan: 9_000_000, approximate: false, date: "2021-05-10", title: null,
    });
  });
});
