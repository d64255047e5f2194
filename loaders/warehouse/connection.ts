// Opening the DuckDB warehouse. A new file gets its schema and the reference data by itself.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {warehousePath} from "../paths.js";
import {loadReferenceData} from "../reference/load.js";
import {loadBuiltInPlans} from "../indicators/plan-store.js";
import {createSchema} from "./schema.js";

export interface Warehouse {
  path: string;
  connection: DuckDBConnection;
  close(): void;
}

// Never download an extension at run time: the machine may have no internet.
const OFFLINE = {autoinstall_known_extensions: "false", autoload_known_extensions: "false"};
// DuckDB spills to disk beyond this (default: 80% of RAM), so memory does not grow with the file size.
const MEMORY = {memory_limit: process.env.OSH_MEMORY_LIMIT ?? "512MB"};

export async function openWarehouse(path = warehousePath(), {readOnly = false} = {}): Promise<Warehouse> {
  const instance = await DuckDBInstance.create(path, {
    ...OFFLINE,
    ...MEMORY,
    ...(readOnly ? {access_mode: "READ_ONLY"} : {})
  });
  const connection = await instance.connect();
  if (!readOnly) {
    await loadReferenceData(connection);
    await createSchema(connection);
    await loadBuiltInPlans(connection);
  }
  return {
    path,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

/** Runs a query and returns plain JS rows (BIGINT as number, DATE as ISO string). */
export async function queryRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, string | number | boolean | null>
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params as never);
  return reader.getRowObjectsJS() as T[];
}
