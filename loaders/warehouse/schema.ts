// The warehouse's own tables: one per input dataset (typed, with the unit's geography and the row's
// lineage), and the load log: which file was loaded when, its rejected rows and its warnings.
// No table has a column for a victim's name, ID number, birth date, phone or address.
import type {DuckDBConnection} from "@duckdb/node-api";
import {quote} from "../../contract/sql.js";
import {DATASETS, DATASET_NAMES, type ColumnSpec, type DatasetName} from "../../contract/ingest/datasets.js";

const SQL_TYPES: Record<ColumnSpec["kind"], string> = {
  text: "VARCHAR",
  date: "DATE",
  year: "INTEGER",
  integer: "INTEGER",
  boolean: "BOOLEAN",
  unit_code: "VARCHAR",
  sector_code: "VARCHAR",
  training_group: "VARCHAR",
  task_status: "VARCHAR",
  map: "VARCHAR"
};

/** Columns stored for a dataset, in order, with their SQL types. */
export function storedColumns(dataset: DatasetName): [string, string][] {
  const spec = DATASETS[dataset];
  // The `map` column only says how to read a 2025 code: the row's geography keeps what it said.
  const columns: [string, string][] = spec.columns
    .filter((c) => c.kind !== "map")
    .map((c) => [c.name, SQL_TYPES[c.kind]]);
  if (spec.timeColumn === "occurred_on") columns.push(["year", "INTEGER"]);
  if (spec.columns.some((c) => c.name === "sector_code")) columns.push(["section_code", "VARCHAR"]);
  columns.push(["geography", "VARCHAR"], ["load_id", "INTEGER"], ["src_row", "INTEGER"]);
  return columns;
}

export async function createSchema(connection: DuckDBConnection): Promise<void> {
  for (const dataset of DATASET_NAMES) {
    const columns = storedColumns(dataset).map(([name, type]) => `${quote(name)} ${type}`);
    await connection.run(`CREATE TABLE IF NOT EXISTS ${dataset} (${columns.join(", ")})`);
  }
  await connection.run(`
    CREATE TABLE IF NOT EXISTS loads (
      load_id INTEGER PRIMARY KEY, file_name VARCHAR, file_path VARCHAR, sha256 VARCHAR, sheet VARCHAR,
      dataset VARCHAR, loaded_at TIMESTAMP, header_row INTEGER, rows_read INTEGER, skipped_rows INTEGER,
      accepted INTEGER, rejected INTEGER, added INTEGER, replaced INTEGER, unchanged INTEGER,
      personal_columns_dropped VARCHAR[], ignored_columns VARCHAR[], demo BOOLEAN, masked_values INTEGER)`);
  // Columns added later: warehouses made before get them (the load code writes them by position).
  await connection.run("ALTER TABLE loads ADD COLUMN IF NOT EXISTS masked_values INTEGER");
  await connection.run(`
    CREATE TABLE IF NOT EXISTS rejects (
      load_id INTEGER, dataset VARCHAR, file_name VARCHAR, sheet VARCHAR, src_row INTEGER, column_name VARCHAR,
      problems VARCHAR, reason_vi VARCHAR, reason_en VARCHAR, raw VARCHAR, row_key VARCHAR)`);
  await connection.run("ALTER TABLE rejects ADD COLUMN IF NOT EXISTS row_key VARCHAR");
  await connection.run(`
    CREATE TABLE IF NOT EXISTS warnings (
      load_id INTEGER, dataset VARCHAR, file_name VARCHAR, sheet VARCHAR, src_row INTEGER, column_name VARCHAR,
      unit_code VARCHAR, year INTEGER, code VARCHAR)`);
  // Rows withdrawn by `npm run withdraw`: key, how many rows, why, and the rows as they were.
  await connection.run(`
    CREATE TABLE IF NOT EXISTS withdrawals (
      withdrawn_at TIMESTAMP, dataset VARCHAR, "key" VARCHAR, "rows" INTEGER, reason VARCHAR, "values" VARCHAR)`);
}
