// Appends rows of text (or null) to an existing table whose columns are all VARCHAR, through DuckDB's
// appender: the fastest way to move rows from JavaScript into the warehouse.
import type {DuckDBConnection} from "@duckdb/node-api";

export async function appendTextRows(
  connection: DuckDBConnection,
  table: string,
  rows: Iterable<(string | null | undefined)[]>
): Promise<number> {
  const appender = await connection.createAppender(table);
  let count = 0;
  for (const row of rows) {
    for (const value of row) {
      if (value == null) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
    count++;
  }
  appender.closeSync();
  return count;
}
