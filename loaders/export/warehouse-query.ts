// Helpers for Framework data loaders: read the warehouse (read-only, so several loaders may run at
// once) and serialise rows for the browser.
import {tableFromJSON, tableToIPC} from "apache-arrow";
import type {DuckDBConnection} from "@duckdb/node-api";
import {openWarehouse} from "../open-warehouse.js";
import {warehousePath} from "../paths.js";

export async function withWarehouse<T>(read: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse(warehousePath(), {readOnly: true});
  try {
    return await read(warehouse.connection);
  } finally {
    warehouse.close();
  }
}

/** An Arrow IPC *stream* (not file, not Parquet): the format DuckDB-wasm reads with no extension. */
export function toArrowStream(rows: Record<string, unknown>[]): Uint8Array {
  return tableToIPC(tableFromJSON(rows), "stream");
}
