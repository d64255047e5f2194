// Reads and checks staged rows inside DuckDB, so a million-row file is checked at columnar speed.
// Input: a table of text cells (one VARCHAR column per dataset column found in the file, plus src_row,
// the row number a person sees in Excel). Output: `outputTable` with typed values, the unit's
// geography, the sector's section, and `problems` — the reasons that reject the row, as text
// "column:code;column:code" (empty when accepted; text is much faster than lists of structs here).
// One definition of the rules for two engines: the ingest runs it on DuckDB in Node, the check page
// (src/check.md) on DuckDB-wasm (DuckDB 1.1), so the SQL keeps to what both understand.
import {DECREE_TRAINING_GROUPS, NAMED_TRAINING_GROUPS} from "../indicators.js";
import {quote} from "../sql.js";
import {DATASETS, rowKeyColumns, type ColumnSpec, type DatasetName} from "./datasets.js";
import {mapSql, resolveUnitCodes, timeGeographySql} from "./unit-codes.js";

/** What the checks need of a database connection: run a statement, read rows back as arrays. */
export interface SqlRunner {
  run(sql: string): Promise<unknown>;
  rows(sql: string): Promise<unknown[][]>;
}

/**
 * Text of the columns we do not use (STT, notes), joined: kept only to recognise a totals row
 * ("Tổng cộng" usually stands in the STT column). Personal columns are never part of it.
 */
export const OTHER_CELLS = "_other_cells";

/**
 * SQL true for rows that are not data: blank rows (every mapped cell empty) and example rows marked
 * "Ví dụ" in an unused column, as in the Excel template.
 */
export function nonDataRowSql(cells: string[], otherCells: string): string {
  const example = `(lower(trim(${otherCells})) LIKE 'ví dụ%' OR lower(trim(${otherCells})) LIKE 'example%')`;
  return `(${cells.map((c) => `NULLIF(trim(${c}), '') IS NULL`).join(" AND ")}) OR coalesce(${example}, false)`;
}

/** SQL that folds text for comparisons: lower case, no diacritics, no spaces or punctuation. */
const folded = (sql: string) =>
  `regexp_replace(lower(strip_accents(replace(replace(${sql}, 'đ', 'd'), 'Đ', 'D'))), '[^a-z0-9]', '', 'g')`;

const TRUE_WORDS = ["1", "true", "co", "x", "yes", "y", "dung", "c"];
const FALSE_WORDS = ["0", "false", "khong", "no", "n", "sai", "k"];
const list = (words: string[]) => `[${words.map((w) => `'${w}'`).join(", ")}]`;
// The common spellings, matched on lower case before the slower folded comparison.
const TRUE_FAST = ["1", "true", "có", "co", "x", "yes", "đúng", "c"];
const FALSE_FAST = ["0", "false", "không", "khong", "no", "sai", "k"];

/** The boolean columns of a file written "x or blank": there a blank cell means "no" (decided per file). */
type XStyleColumns = ReadonlySet<string>;
const xStyle = (column: ColumnSpec, xColumns: XStyleColumns) => (xColumns.has(column.name) ? "true" : "false");

/** A unit code as typed, without spaces or an Excel ".0". */
const unitRaw = (v: string) =>
  `CASE WHEN ${digitsOnly(v)} THEN ${v} ELSE regexp_replace(regexp_replace(${v}, '\\s', '', 'g'), '^(\\d+)[.,]0+$', '\\1') END`;
const sectorRaw = (v: string) => `upper(replace(${v}, ' ', ''))`;

/** Only digits: the common case, checked without a regular expression. */
const digitsOnly = (v: string) => `ltrim(${v}, '0123456789') = ''`;

function integerSql(v: string): string {
  // TRY_CAST alone is too lenient ('1.5' → 2, '1.000' → 1): digits go straight, the rest by pattern.
  return `CASE
    WHEN ${digitsOnly(v)} THEN TRY_CAST(${v} AS BIGINT)
    WHEN regexp_full_match(${v}, '[-+]?\\d+') THEN TRY_CAST(${v} AS BIGINT)
    WHEN regexp_full_match(${v}, '[-+]?\\d{1,3}([. ]\\d{3})+') THEN TRY_CAST(regexp_replace(${v}, '[. ]', '', 'g') AS BIGINT)
    WHEN regexp_full_match(${v}, '[-+]?\\d+[.,]0+') THEN TRY_CAST(regexp_extract(${v}, '[-+]?\\d+') AS BIGINT)
  END`;
}

function dateSql(v: string): string {
  const tryFormats = (formats: string[]) => `COALESCE(${formats.map((f) => `try_strptime(${v}, '${f}')`).join(", ")})`;
  // The separator says which formats can apply; an Excel serial number is a bare 5-digit day count.
  return `CAST(CASE
    WHEN contains(${v}, '/') THEN ${tryFormats(["%d/%m/%Y", "%Y/%m/%d", "%d/%m/%Y %H:%M:%S"])}
    WHEN contains(${v}, '-') THEN ${tryFormats(["%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y"])}
    WHEN regexp_full_match(${v}, '\\d{5}([.,]\\d+)?')
      THEN DATE '1899-12-30' + CAST(floor(CAST(replace(${v}, ',', '.') AS DOUBLE)) AS INTEGER)
    WHEN contains(${v}, '.') THEN ${tryFormats(["%d.%m.%Y"])}
  END AS DATE)`;
}

/** No count of people, accidents or facilities in this country reaches it (see the out_of_range check). */
const MAX_COUNT = 100_000_000;

/** Typed value of a column from its trimmed text `v` (NULL when blank). */
function typedSql(column: ColumnSpec, v: string, xColumns: XStyleColumns): string {
  switch (column.kind) {
    case "text":
      return v;
    case "integer":
    case "year":
      return `TRY_CAST(${integerSql(v)} AS INTEGER)`;
    case "date":
      return dateSql(v);
    case "boolean":
      return `CASE WHEN ${v} IS NULL THEN (CASE WHEN ${xStyle(column, xColumns)} THEN false END)
        WHEN list_contains(${list(TRUE_FAST)}, lower(${v})) THEN true
        WHEN list_contains(${list(FALSE_FAST)}, lower(${v})) THEN false
        WHEN list_contains(${list(TRUE_WORDS)}, ${folded(v)}) THEN true
        WHEN list_contains(${list(FALSE_WORDS)}, ${folded(v)}) THEN false END`;
    case "training_group":
      return `CASE
        WHEN regexp_full_match(${folded(v)}, '(nhom)?[${DECREE_TRAINING_GROUPS.join("")}]') THEN right(${folded(v)}, 1)
        ${Object.entries(NAMED_TRAINING_GROUPS)
          .map(([group, {spellings}]) => `WHEN list_contains(${list(spellings)}, ${folded(v)}) THEN '${group}'`)
          .join("\n        ")} END`;
    case "task_status":
      return `CASE
        WHEN ${folded(v)} IN ('done', 'hoanthanh', 'dahoanthanh', 'xong') THEN 'done'
        WHEN ${folded(v)} IN ('inprogress', 'dangthuchien', 'dangtrienkhai', 'thuongxuyen') THEN 'in_progress'
        WHEN ${folded(v)} IN ('notstarted', 'chuathuchien', 'chuatrienkhai', 'khongthuchien') THEN 'not_started' END`;
    case "map":
      return mapSql(folded(v));
    case "unit_code":
    case "sector_code":
      return v; // resolved against the reference tables below
  }
}

// Excel's error values, as a cell shows them (an XLSX error cell is read as its text).
const EXCEL_ERROR = "#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)";

/** The first problem of a column's cell, as one CASE (an Excel error is not also "missing" or "invalid"). */
function problemSql(column: ColumnSpec, v: string, typed: string, xColumns: XStyleColumns): string {
  const problem = (code: string) => `'${column.name}:${code}'`;
  const invalidCode: Partial<Record<ColumnSpec["kind"], string>> = {
    integer: "invalid_integer",
    year: "invalid_year",
    date: "invalid_date",
    boolean: "invalid_boolean",
    training_group: "unknown_training_group",
    task_status: "unknown_task_status",
    map: "invalid_map"
  };
  const cases = [
    // An XLSX formula without a cached value is read as "=formula"; a CSV cell "=…" is a formula too.
    [`starts_with(${v}, '#') AND regexp_full_match(${v}, '${EXCEL_ERROR}')`, "excel_error"],
    [`starts_with(${v}, '=') AND length(${v}) > 1`, "formula_without_value"]
  ];
  if (column.required)
    cases.push([
      column.kind === "boolean" ? `${v} IS NULL AND NOT ${xStyle(column, xColumns)}` : `${v} IS NULL`,
      "required"
    ]);
  const invalid = invalidCode[column.kind];
  // A whole number too large for INTEGER (an ID number in a count column) is said so, not "not a number".
  // So is any count of 100,000,000 or more: Viet Nam has about 52 million workers, and a 9-digit number in
  // a count column is an ID card number (which must not be stored either).
  if (column.kind === "integer")
    cases.push([
      `${v} IS NOT NULL AND ((${typed} IS NULL AND ${integerSql(v)} IS NOT NULL) OR ${typed} >= ${MAX_COUNT})`,
      "out_of_range"
    ]);
  // Hints for what Excel and other locales leave in a cell: 06/30/2025 (month first), '01 (a CSV keeps the
  // apostrophe Excel shows nowhere).
  if (column.kind === "date")
    cases.push([`${typed} IS NULL AND try_strptime(${v}, '%m/%d/%Y') IS NOT NULL`, "date_month_first"]);
  if (column.kind === "unit_code" || column.kind === "sector_code")
    cases.push([`starts_with(${v}, '''')`, "leading_apostrophe"]);
  if (invalid) cases.push([`${v} IS NOT NULL AND ${typed} IS NULL`, invalid]);
  if (column.kind === "year") cases.push([`${typed} NOT BETWEEN 1990 AND 2100`, "invalid_year"]);
  // "15/03/24" parses as the year 24: no date before 1990 is stored.
  if (column.kind === "date") cases.push([`${typed} < DATE '1990-01-01'`, "date_before_1990"]);
  if (column.kind === "integer" && column.min !== undefined) cases.push([`${typed} < ${column.min}`, "below_minimum"]);
  return `CASE ${cases.map(([when, code]) => `WHEN ${when} THEN ${problem(code!)}`).join(" ")} END`;
}

/**
 * Builds `outputTable` from the staged text table. `present` lists the dataset columns the file has;
 * the others are NULL.
 */
export async function checkStagedRows(
  connection: SqlRunner,
  datasetName: DatasetName,
  stageTable: string,
  present: Set<string>,
  outputTable: string
): Promise<void> {
  const dataset = DATASETS[datasetName];
  const text = (name: string) =>
    present.has(name) ? `NULLIF(trim(CAST(${quote(name)} AS VARCHAR)), '')` : "CAST(NULL AS VARCHAR)";
  // "x/blank" booleans: a column with an x anywhere reads blank as "no". Decided once per file, then
  // written into the SQL as a constant.
  const booleans = dataset.columns.filter((c) => c.kind === "boolean" && present.has(c.name));
  const xColumns = new Set<string>();
  if (booleans.length > 0) {
    const row = (
      await connection.rows(
        `SELECT ${booleans.map((c) => `coalesce(bool_or(lower(trim(${quote(c.name)})) = 'x'), false)`).join(", ")} FROM ${stageTable}`
      )
    )[0]!;
    booleans.forEach((c, i) => row[i] === true && xColumns.add(c.name));
  }
  const hasSector = dataset.columns.some((c) => c.name === "sector_code");

  // Typed values (computed once), then each column's own problems from text and typed value.
  const typedColumns = dataset.columns.map((c) => `${typedSql(c, `t_${c.name}`, xColumns)} AS ${quote(c.name)}`);
  const problems = dataset.columns.map((c) => problemSql(c, `t_${c.name}`, quote(c.name), xColumns));
  // A totals row ("Tổng cộng" alone in any cell) is rejected for that reason alone: one pattern per row.
  const totalRowProblem = `${dataset.columns[0]!.name}:total_row`;
  const cells = [...dataset.columns.filter((c) => present.has(c.name)).map((c) => `t_${c.name}`), OTHER_CELLS];
  const totalRow = `regexp_matches(lower(concat_ws('|', '', ${cells.join(", ")}, '')),
    '\\|\\s*(tổng cộng|tổng số|tổng|cộng|tong cong|tong so|total)\\s*[:.]?\\s*\\|')`;
  // The map each row must be read on (unit-codes.ts); a `map` column (cũ/mới) says which for 2025. The yearly
  // datasets read it as a map value already; the plans sheet keeps the officer's word.
  const mapColumn = dataset.columns.find((c) => c.name === "map");
  const mapExpression = !present.has("map")
    ? null
    : mapColumn?.kind === "map"
      ? '"map"'
      : `CASE WHEN ${folded('"map"')} IN ('cu', 'old') THEN 'pre2025' WHEN ${folded('"map"')} IN ('moi', 'new') THEN '2025' END`;
  const geography = timeGeographySql(dataset.timeColumn, mapExpression);
  await connection.run(`
    CREATE OR REPLACE TEMP VIEW typed_rows AS
    WITH cells AS (
      SELECT src_row, ${OTHER_CELLS}, ${dataset.columns.map((c) => `${text(c.name)} AS t_${c.name}`).join(", ")}
      FROM ${stageTable}
    ), typed AS (
      SELECT cells.*, ${typedColumns.join(", ")}
      FROM cells
    ), checked AS (
      SELECT src_row, ${dataset.columns.map((c) => quote(c.name)).join(", ")},
        CASE WHEN ${totalRow} THEN '${totalRowProblem}' ELSE concat_ws(';', ${problems.join(",\n")}) END AS problems
      FROM typed
    )
    SELECT *, ${geography} AS time_geography, ${unitRaw('"unit_code"')} AS unit_raw
      ${hasSector ? `, ${sectorRaw('"sector_code"')} AS sector_raw` : ""}
    FROM checked`);

  // The distinct codes with their row counts, read straight from the staged text (no value parsed):
  // each code is then resolved for every geography a row could be in, and rows pick theirs below.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE staged_codes AS
    SELECT ${unitRaw("t_unit_code")} AS unit_raw ${hasSector ? `, ${sectorRaw("t_sector_code")} AS sector_raw` : ""}, count(*) AS row_count
    FROM (SELECT ${text("unit_code")} AS t_unit_code ${hasSector ? `, ${text("sector_code")} AS t_sector_code` : ""} FROM ${stageTable})
    GROUP BY ALL`);

  // Unit codes (unit-codes.ts) and sector codes against the reference tables, once per distinct code.
  await resolveUnitCodes(connection);

  if (hasSector)
    await connection.run(`
      CREATE OR REPLACE TEMP TABLE sector_candidates AS
      WITH raw AS (SELECT DISTINCT sector_raw AS raw_code FROM staged_codes WHERE sector_raw IS NOT NULL)
      SELECT raw_code, sectors.sector_code, sectors.section_code
      FROM raw LEFT JOIN sectors ON sectors.sector_code = CASE
        WHEN regexp_full_match(raw_code, '[A-Z]') THEN raw_code
        WHEN regexp_full_match(raw_code, '\\d{1,2}') THEN lpad(raw_code, 2, '0')
        WHEN regexp_full_match(raw_code, '\\d{3,5}') THEN left(lpad(raw_code, 4, '0'), 2) END`);

  const extraChecks = dataset.checks.map((c) => `CASE WHEN ${c.failsWhen} THEN '${c.column}:${c.code}' END`);
  const keyColumns = rowKeyColumns(dataset).map((k) => quote(k));
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE ${outputTable} AS
    WITH resolved AS (
      SELECT typed_rows.* EXCLUDE (unit_code, problems, unit_raw, time_geography${hasSector ? ", sector_code, sector_raw" : ""}),
        uc.unit_code, coalesce(uc.geography, CASE WHEN uc.time_geography = 'either' THEN NULL ELSE uc.time_geography END) AS geography,
        ${hasSector ? "sc.sector_code, sc.section_code," : ""}
        CASE WHEN problems = '${totalRowProblem}' THEN problems ELSE concat_ws(';', NULLIF(problems, ''),
          -- (a cell already refused for what it holds, an apostrophe or an Excel error, is not also an unknown code)
          CASE WHEN unit_raw IS NOT NULL AND uc.unit_code IS NULL AND NOT contains(problems, 'unit_code:') THEN 'unit_code:' || uc.reason END
          ${hasSector ? ", CASE WHEN sector_raw IS NOT NULL AND sc.sector_code IS NULL AND NOT contains(problems, 'sector_code:') THEN 'sector_code:unknown_sector' END" : ""}) END
          AS problems
      FROM typed_rows
      LEFT JOIN unit_candidates uc ON uc.raw_code = typed_rows.unit_raw AND uc.time_geography = typed_rows.time_geography
      ${hasSector ? "LEFT JOIN sector_candidates sc ON sc.raw_code = typed_rows.sector_raw" : ""}
    ), cross_checked AS (
      SELECT * EXCLUDE (problems),
        CASE WHEN problems = '${totalRowProblem}' THEN problems
          ELSE concat_ws(';', NULLIF(problems, '')${extraChecks.map((c) => `, ${c}`).join("")}) END AS problems
      FROM resolved
    ), repeated_keys AS (
      -- keys seen more than once among otherwise good rows: only those rows need ordering
      SELECT ${keyColumns.join(", ")} FROM cross_checked WHERE problems = '' GROUP BY ALL HAVING count(*) > 1
    ), later_repeats AS (
      -- each later row of a key, with the first row it repeats (the reason names it)
      SELECT src_row, first_row FROM (
        SELECT c.src_row, row_number() OVER keyed AS nth, first_value(c.src_row) OVER keyed AS first_row
        FROM cross_checked c SEMI JOIN repeated_keys r ON ${keyColumns.map((k) => `c.${k} IS NOT DISTINCT FROM r.${k}`).join(" AND ")}
        WHERE c.problems = ''
        WINDOW keyed AS (PARTITION BY ${keyColumns.map((k) => `c.${k}`).join(", ")} ORDER BY c.src_row))
      WHERE nth > 1
    )
    SELECT cross_checked.* EXCLUDE (problems),
      CASE WHEN later_repeats.src_row IS NOT NULL THEN '${dataset.key[0]}:duplicate_key:' || later_repeats.first_row
        ELSE problems END AS problems
    FROM cross_checked LEFT JOIN later_repeats USING (src_row)`);
}

/**
 * The plausibility warnings of a sheet's accepted rows (the row loads; the summary says why it looks
 * wrong): src_row, column_name, unit_code, year, code. Warnings against the warehouse's history are
 * the ingest's own (they need the data already loaded).
 */
export function rowWarningsSql(datasetName: DatasetName, acceptedTable: string): string {
  const rowWarnings = DATASETS[datasetName].warnings.map(
    (
      w
    ) => `SELECT CAST(src_row AS INTEGER) AS src_row, '${w.column}' AS column_name, unit_code, CAST("year" AS INTEGER) AS year, '${w.code}' AS code
      FROM ${acceptedTable} WHERE ${w.failsWhen}`
  );
  const geographies = `SELECT NULL::INTEGER AS src_row, NULL AS column_name, NULL AS unit_code, NULL::INTEGER AS year, 'mixed_geography' AS code
      FROM ${acceptedTable} HAVING count(DISTINCT geography) > 1`;
  return [...rowWarnings, geographies].join(" UNION ALL ");
}
