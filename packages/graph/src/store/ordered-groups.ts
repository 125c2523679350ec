import type { DuckDBConnection } from "@duckdb/node-api";

/** Rows aggregated by one query: DuckDB holds a query's groups (and an ordered aggregate's rows) until its end, so a bounded number of them. */
const ROWS_PER_QUERY = 64_000;

/**
 * The rows of `select`, numbered in the order `order`, aggregated by `aggregates` a group of
 * `rowsPerGroup` consecutive rows at a time, groups in order: one row of values per group.
 * `aggregates` see each row's number as `n` (order inside a group with `ORDER BY n`). The numbered
 * rows go into the temporary table `table` first (DuckDB sorts them once, and spills what does not
 * fit its memory), then are read a range at a time: few values cross into JavaScript, each of
 * them big, which costs the DuckDB client far less than a value per row.
 */
export async function* orderedGroups(connection: DuckDBConnection, table: string, select: string, order: string, aggregates: string, rowsPerGroup: number): AsyncGenerator<unknown[]> {
  if (ROWS_PER_QUERY % rowsPerGroup !== 0) throw new Error(`@xiezuo/graph/orderedGroups: ${rowsPerGroup} rows a group do not divide the ${ROWS_PER_QUERY} of a query.`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT row_number() OVER (ORDER BY ${order}) - 1 AS n, * FROM (${select}) ORDER BY n`);
  try {
    const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM temp.${table}`)).getRows()[0]![0]);
    for (let from = 0; from < rows; from += ROWS_PER_QUERY) {
      // The table is in the order of n, so DuckDB reads only the row groups of the range.
      const reader = await connection.runAndReadAll(`
        SELECT ${aggregates} FROM temp.${table} WHERE n >= ${from} AND n < ${from + ROWS_PER_QUERY}
        GROUP BY n // ${rowsPerGroup} ORDER BY n // ${rowsPerGroup}`);
      yield* reader.getRows();
    }
  } finally {
    await connection.run(`DROP TABLE IF EXISTS temp.${table}`);
  }
}
