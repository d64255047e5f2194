// Reference data every warehouse carries. Each table is (re)written from the project's own files in
// data/reference/ when the warehouse lacks it, so a new warehouse file is usable at once.
import type {DuckDBConnection} from "@duckdb/node-api";
import {join} from "node:path";
import {referenceDir} from "../paths.js";

interface ReferenceTable {
  name: string;
  file: string;
  /** Column types for read_csv; everything is read as text unless typed here. */
  columns: Record<string, string>;
}

export const referenceTables: ReferenceTable[] = [
  {
    // The ministry's published national totals, each row with its source (data/reference/SOURCES.md).
    name: "national_osh_annual",
    file: "national_osh_annual_2018_2024.csv",
    columns: {
      year: "INTEGER",
      scope: "VARCHAR",
      metric: "VARCHAR",
      value: "INTEGER",
      value_status: "VARCHAR",
      source_document: "VARCHAR",
      source_url: "VARCHAR",
      note: "VARCHAR"
    }
  }
];

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export async function loadReferenceData(connection: DuckDBConnection): Promise<void> {
  const existing = new Set(
    (await connection.runAndReadAll("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"))
      .getRows()
      .map(([name]) => String(name))
  );
  for (const table of referenceTables) {
    if (existing.has(table.name)) continue;
    const columns = `{${Object.entries(table.columns)
      .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
      .join(", ")}}`;
    await connection.run(
      `CREATE TABLE ${table.name} AS SELECT * FROM read_csv(${sqlString(join(referenceDir, table.file))}, ` +
        `header = true, columns = ${columns})`
    );
  }
}
