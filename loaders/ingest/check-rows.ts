// Reads and checks staged rows inside DuckDB, so a million-row file is checked at columnar speed.
// Input: a table of text cells (one VARCHAR column per dataset column found in the file, plus src_row,
// the row number a person sees in Excel). Output: table `checked_rows` with typed values, the unit's
// geography, the sector's section, and `problems` — the list of {column, code} that reject the row.
import type {DuckDBConnection} from "@duckdb/node-api";
import {GEOGRAPHY_2025_FROM} from "../reference/admin-units.js";
import {quote} from "../warehouse/sql.js";
import {OTHER_CELLS} from "./stage.js";
import {DATASETS, type ColumnSpec, type DatasetName} from "./datasets.js";

/** SQL that folds text for comparisons: lower case, no diacritics, no spaces or punctuation. */
const folded = (sql: string) =>
  `regexp_replace(lower(strip_accents(replace(replace(${sql}, 'đ', 'd'), 'Đ', 'D'))), '[^a-z0-9]', '', 'g')`;

const TRUE_WORDS = ["1", "true", "co", "x", "yes", "y", "dung", "c"];
const FALSE_WORDS = ["0", "false", "khong", "no", "n", "sai", "k"];
const TOTAL_WORDS = ["tongcong", "cong", "tong", "tongso", "total"];
const list = (words: string[]) => `[${words.map((w) => `'${w}'`).join(", ")}]`;

function integerSql(v: string): string {
  return `CASE
    WHEN regexp_full_match(${v}, '[-+]?\\d+') THEN TRY_CAST(${v} AS BIGINT)
    WHEN regexp_full_match(${v}, '[-+]?\\d{1,3}([. ]\\d{3})+') THEN TRY_CAST(regexp_replace(${v}, '[. ]', '', 'g') AS BIGINT)
    WHEN regexp_full_match(${v}, '[-+]?\\d+[.,]0+') THEN TRY_CAST(regexp_extract(${v}, '[-+]?\\d+') AS BIGINT)
  END`;
}

function dateSql(v: string): string {
  const formats = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M:%S"
  ];
  return `CAST(COALESCE(${formats.map((f) => `try_strptime(${v}, '${f}')`).join(", ")},
    CASE WHEN regexp_full_match(${v}, '\\d{5}([.,]\\d+)?')
      THEN DATE '1899-12-30' + CAST(floor(CAST(replace(${v}, ',', '.') AS DOUBLE)) AS INTEGER) END) AS DATE)`;
}

/** Typed value of a column from its trimmed text `v` (NULL when blank). */
function typedSql(column: ColumnSpec, v: string): string {
  switch (column.kind) {
    case "text":
      return v;
    case "integer":
    case "year":
      return `CAST(${integerSql(v)} AS INTEGER)`;
    case "date":
      return dateSql(v);
    case "boolean":
      return `CASE WHEN list_contains(${list(TRUE_WORDS)}, ${folded(v)}) THEN true
        WHEN list_contains(${list(FALSE_WORDS)}, ${folded(v)}) THEN false
        WHEN ${v} IS NULL AND x_style_${column.name} THEN false END`;
    case "training_group":
      return `CASE
        WHEN regexp_full_match(${folded(v)}, '(nhom)?[1-6]') THEN right(${folded(v)}, 1)
        WHEN ${folded(v)} IN ('firstaid', 'socuu', 'socapcuu', 'nguoisocuu') THEN 'first_aid'
        WHEN ${folded(v)} IN ('stateofficials', 'canboquanlynhanuoc', 'quanlynhanuoc', 'canboquanly') THEN 'state_officials' END`;
    case "unit_code":
    case "sector_code":
      return v; // resolved against the reference tables below
  }
}

function problemSql(column: ColumnSpec, v: string, typed: string): string[] {
  const col = `'${column.name}'`;
  const checks: string[] = [];
  const invalidCode: Partial<Record<ColumnSpec["kind"], string>> = {
    integer: "invalid_integer",
    year: "invalid_year",
    date: "invalid_date",
    boolean: "invalid_boolean",
    training_group: "unknown_training_group"
  };
  if (column.required) {
    const missing = column.kind === "boolean" ? `${v} IS NULL AND NOT x_style_${column.name}` : `${v} IS NULL`;
    checks.push(`CASE WHEN ${missing} THEN {'column': ${col}, 'code': 'required'} END`);
  }
  const invalid = invalidCode[column.kind];
  if (invalid)
    checks.push(`CASE WHEN ${v} IS NOT NULL AND ${typed} IS NULL THEN {'column': ${col}, 'code': '${invalid}'} END`);
  if (column.kind === "year")
    checks.push(`CASE WHEN ${typed} NOT BETWEEN 1990 AND 2100 THEN {'column': ${col}, 'code': 'invalid_year'} END`);
  if (column.kind === "integer" && column.min !== undefined)
    checks.push(`CASE WHEN ${typed} < ${column.min} THEN {'column': ${col}, 'code': 'below_minimum'} END`);
  return checks;
}

/**
 * Builds `checked_rows` from the staged text table. `present` lists the dataset columns the file has;
 * the others are NULL.
 */
export async function checkStagedRows(
  connection: DuckDBConnection,
  datasetName: DatasetName,
  stageTable: string,
  present: Set<string>
): Promise<void> {
  const dataset = DATASETS[datasetName];
  const text = (name: string) =>
    present.has(name) ? `NULLIF(trim(CAST(${quote(name)} AS VARCHAR)), '')` : "CAST(NULL AS VARCHAR)";
  const booleans = dataset.columns.filter((c) => c.kind === "boolean");
  const hasSector = dataset.columns.some((c) => c.name === "sector_code");

  // Typed values and each column's own problems.
  const typedColumns = dataset.columns.map((c) => `${typedSql(c, `t_${c.name}`)} AS ${quote(c.name)}`);
  const problems = dataset.columns.flatMap((c) => problemSql(c, `t_${c.name}`, typedSql(c, `t_${c.name}`)));
  // A totals row ("Tổng cộng" in any cell) is rejected for that reason alone.
  const totalRow = [
    ...dataset.columns.filter((c) => present.has(c.name)).map((c) => `t_${c.name}`),
    `NULLIF(trim(${OTHER_CELLS}), '')`
  ]
    .map((cell) => `list_contains(${list(TOTAL_WORDS)}, ${folded(cell)})`)
    .join(" OR ");
  // Geography from the date or year: records from 01/07/2025 use the 34 new provinces; for the year 2025
  // as a whole either geography is accepted (a 2025 code wins where a code exists in both).
  const geography =
    dataset.timeColumn === "occurred_on"
      ? `CASE WHEN occurred_on >= DATE '${GEOGRAPHY_2025_FROM}' THEN '2025' ELSE 'pre2025' END`
      : `CASE WHEN "year" <= 2024 THEN 'pre2025' WHEN "year" >= 2026 THEN '2025' ELSE 'either' END`;
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE typed_rows AS
    WITH cells AS (
      SELECT src_row, ${OTHER_CELLS}, ${dataset.columns.map((c) => `${text(c.name)} AS t_${c.name}`).join(", ")}
      FROM ${stageTable}
    ), styled AS (
      SELECT *${booleans.map((c) => `, coalesce(bool_or(${folded(`t_${c.name}`)} = 'x') OVER (), false) AS x_style_${c.name}`).join("")}
      FROM cells
    ), typed AS (
      SELECT src_row, ${dataset.columns.map((c) => `t_${c.name}`).join(", ")}, ${typedColumns.join(", ")},
        CASE WHEN ${totalRow} THEN [{'column': '${dataset.columns[0]!.name}', 'code': 'total_row'}]
          ELSE list_filter([${problems.join(",\n")}], p -> p IS NOT NULL) END AS problems
      FROM styled
    )
    SELECT *, coalesce(${geography}, 'either') AS time_geography,
      regexp_replace(regexp_replace(t_unit_code, '\\s', '', 'g'), '^(\\d+)[.,]0+$', '\\1') AS unit_raw
      ${hasSector ? ", upper(regexp_replace(t_sector_code, '\\s', '', 'g')) AS sector_raw" : ""}
    FROM typed`);

  // Unit and sector codes against the reference tables, looked up once per distinct code. A code that
  // lost its leading zeros is padded to the width most codes in the file have (1 → 01 in a province
  // column, 63 → 063 in a district column), else to any width at which it exists.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE unit_candidates AS
    WITH raw AS (
      SELECT DISTINCT unit_raw AS raw_code, time_geography FROM typed_rows WHERE unit_raw IS NOT NULL
    ), dominant AS (
      SELECT CAST(coalesce(mode(length(raw_code)), 2) AS INTEGER) AS width FROM raw WHERE length(raw_code) IN (2, 3, 5)
    ), tried AS (
      SELECT raw_code, time_geography, candidate, ordinal
      FROM raw, dominant,
        unnest(CASE WHEN regexp_full_match(raw_code, '\\d{1,5}')
          THEN [CASE WHEN length(raw_code) < width THEN lpad(raw_code, width, '0') END,
                raw_code, lpad(raw_code, 2, '0'), lpad(raw_code, 3, '0'), lpad(raw_code, 5, '0')]
          ELSE [upper(raw_code)] END) WITH ORDINALITY AS t(candidate, ordinal)
      WHERE candidate IS NOT NULL
    ), matched AS (
      SELECT tried.*, units.unit_code, units.geography,
        units.geography = tried.time_geography OR (tried.time_geography = 'either' AND units.unit_code IS NOT NULL) AS fits,
        tried.ordinal * 10 + CASE WHEN units.geography = '2025' THEN 0 ELSE 1 END AS preference
      FROM tried LEFT JOIN units ON units.unit_code = tried.candidate
    )
    SELECT raw_code, time_geography,
      arg_min(unit_code, preference) FILTER (WHERE fits) AS unit_code,
      arg_min(geography, preference) FILTER (WHERE fits) AS geography,
      bool_or(unit_code IS NOT NULL) AS known_elsewhere
    FROM matched
    GROUP BY ALL`);

  if (hasSector)
    await connection.run(`
      CREATE OR REPLACE TEMP TABLE sector_candidates AS
      WITH raw AS (SELECT DISTINCT sector_raw AS raw_code FROM typed_rows WHERE sector_raw IS NOT NULL)
      SELECT raw_code, sectors.sector_code, sectors.section_code
      FROM raw LEFT JOIN sectors ON sectors.sector_code = CASE
        WHEN regexp_full_match(raw_code, '[A-Z]') THEN raw_code
        WHEN regexp_full_match(raw_code, '\\d{1,2}') THEN lpad(raw_code, 2, '0')
        WHEN regexp_full_match(raw_code, '\\d{3,5}') THEN left(lpad(raw_code, 4, '0'), 2) END`);

  const extraChecks = dataset.checks.map(
    (c) => `CASE WHEN ${c.failsWhen} THEN {'column': '${c.column}', 'code': '${c.code}'} END`
  );
  const keyColumns = dataset.key.map((k) => quote(k));
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE checked_rows AS
    WITH resolved AS (
      SELECT typed_rows.* EXCLUDE (unit_code, problems, unit_raw${hasSector ? ", sector_code, sector_raw" : ""}),
        uc.unit_code, coalesce(uc.geography, CASE WHEN uc.time_geography = 'either' THEN NULL ELSE uc.time_geography END) AS geography,
        ${hasSector ? "sc.sector_code, sc.section_code," : ""}
        problems
          || CASE WHEN problems[1].code = 'total_row' THEN [] WHEN t_unit_code IS NOT NULL AND uc.unit_code IS NULL THEN
               [{'column': 'unit_code', 'code': CASE WHEN uc.known_elsewhere AND uc.time_geography = '2025' THEN 'old_unit_after_merger' ELSE 'unknown_unit' END}]
             ELSE [] END
          ${hasSector ? "|| CASE WHEN problems[1].code = 'total_row' THEN [] WHEN t_sector_code IS NOT NULL AND sc.sector_code IS NULL THEN [{'column': 'sector_code', 'code': 'unknown_sector'}] ELSE [] END" : ""}
          AS problems
      FROM typed_rows
      LEFT JOIN unit_candidates uc ON uc.raw_code = typed_rows.unit_raw AND uc.time_geography = typed_rows.time_geography
      ${hasSector ? "LEFT JOIN sector_candidates sc ON sc.raw_code = typed_rows.sector_raw" : ""}
    ), cross_checked AS (
      SELECT * EXCLUDE (problems),
        CASE WHEN problems[1].code = 'total_row' THEN problems
          ELSE problems || list_filter([${extraChecks.length ? extraChecks.join(", ") : "NULL"}], p -> p IS NOT NULL) END AS problems
      FROM resolved
    )
    SELECT * EXCLUDE (problems),
      problems || CASE WHEN len(problems) = 0
        AND row_number() OVER (PARTITION BY ${keyColumns.join(", ")}, len(problems) = 0 ORDER BY src_row) > 1
        THEN [{'column': '${dataset.key[0]}', 'code': 'duplicate_key'}] ELSE [] END AS problems
    FROM cross_checked`);
}
