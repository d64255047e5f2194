// Loading one file: stage its sheets, check every row, then — in one transaction — replace the rows
// with the same keys, keep every rejected row with its reasons, record warnings and the load itself.
// A crash before COMMIT leaves the warehouse as it was; loading the same file again adds nothing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {open, stat} from "node:fs/promises";
import {basename, resolve} from "node:path";
import {runSql, type SqlParams} from "../warehouse/connection.js";
import {storedColumns} from "../warehouse/schema.js";
import {quote, sqlString} from "../../contract/sql.js";
import {fileKind, RefusedFile} from "../../contract/ingest/refusals.js";
import type {SheetOutline} from "../../contract/ingest/check-file.js";
import {checkStagedRows, rowWarningsSql, type SqlRunner} from "../../contract/ingest/check-rows.js";
import {DATASETS, rowKeyColumns, type DatasetName} from "../../contract/ingest/datasets.js";
import {PROBLEM_CODES, problemText} from "../../contract/ingest/messages.js";
import {splitPredecessorsWarningSql} from "../../contract/ingest/unit-codes.js";
import {carryDownPlanCells} from "./plan-rows.js";
import {stageCsv} from "./read-csv.js";
import {MAY_HOLD_PERSONAL_DATA_SQL, maskPersonalData} from "./mask.js";
import {stageXlsx} from "./read-xlsx.js";
import {maskFreeText, replaceTexts, type StagedSheet} from "./stage.js";

export interface RejectedRow {
  src_row: number;
  column_name: string;
  reason_vi: string;
  reason_en: string;
}

export interface SheetReport extends SheetOutline {
  rejected: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Free-text cells (and the file name) whose personal data was masked before storing. */
  maskedValues: number;
  /** The first rejected rows, for the summary printed to a person. */
  firstRejects: RejectedRow[];
  warnings: {code: string; count: number; vi: string; en: string}[];
}

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  refused?: {vi: string; en: string};
}

export interface IngestOptions {
  dataset?: DatasetName;
  /** Check only: nothing is written to the warehouse. */
  dryRun?: boolean;
  /** Marks rows as demo data (the embedded default dataset). */
  demo?: boolean;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path);
  const {buffer} = await handle.read(Buffer.alloc(4), 0, 4, 0);
  await handle.close();
  return buffer[0] === 0x50 && buffer[1] === 0x4b;
}

async function stageFile(connection: DuckDBConnection, path: string, dataset?: DatasetName): Promise<StagedSheet[]> {
  if (!(await stat(path)).isFile())
    throw new RefusedFile(
      `Không phải một tệp (là thư mục?): ${basename(path)}`,
      `Not a file (a folder?): ${basename(path)}`
    );
  return fileKind(path, await isZip(path)) === "xlsx"
    ? stageXlsx(connection, path, dataset)
    : [await stageCsv(connection, path, dataset)];
}

/**
 * SQL MAP from "column:code" to the reason text in one language, for every column of the dataset; the row a
 * problem names (a duplicate's first row) stands as {row}.
 */
function reasonMap(dataset: DatasetName, lang: "vi" | "en"): string {
  const entries = DATASETS[dataset].columns.flatMap((column) =>
    PROBLEM_CODES.map(
      (code) =>
        `${sqlString(`${column.name}:${code}`)}: ${sqlString(problemText(dataset, {column: column.name, code, row: "{row}"})[lang])}`
    )
  );
  return `MAP {${entries.join(", ")}}`;
}

const reasonSql = (dataset: DatasetName, lang: "vi" | "en") =>
  `array_to_string(list_transform(string_split(problems, ';'),
    p -> replace(${reasonMap(dataset, lang)}[split_part(p, ':', 1) || ':' || split_part(p, ':', 2)], '{row}', split_part(p, ':', 3))), '; ')`;

interface CheckedSheet {
  staged: StagedSheet;
  /** Temp tables holding this sheet's accepted rows (stored columns) and its rejects. */
  acceptedTable: string;
  rejectsTable: string;
  warningsTable: string;
  accepted: number;
  rejected: number;
  maskedValues: number;
}

let checkedCounter = 0;

/** The shared checks run on this connection. */
const duckdbRunner = (connection: DuckDBConnection): SqlRunner => ({
  run: (sql) => connection.run(sql),
  rows: async (sql) => (await connection.runAndReadAll(sql)).getRows()
});

/** A row's key as JSON text, comparable between accepted rows and rejects (NULL while a required part is missing). */
function rowKeySql(dataset: DatasetName, alias: string): string {
  const spec = DATASETS[dataset];
  const parts = rowKeyColumns(spec);
  const required = spec.columns.filter((c) => c.required && spec.key.includes(c.name)).map((c) => c.name);
  return `CASE WHEN ${[...required, "geography"].map((k) => `${alias}.${quote(k)} IS NOT NULL`).join(" AND ")}
    THEN to_json({${parts.map((k) => `${sqlString(k)}: ${alias}.${quote(k)}`).join(", ")}})::VARCHAR END`;
}

/** A sheet's dataset, file name and sheet name, bound as values (names come from the officer's file). */
function sheetParams(staged: StagedSheet, fileName: string): SqlParams {
  return {dataset: staged.dataset, file_name: fileName, sheet: staged.sheet};
}

/**
 * Masks personal data in the cells a rejected row keeps as written (its raw cells and its key): an ID number
 * typed into a count column is refused, and not stored either.
 */
async function maskRejectedCells(connection: DuckDBConnection, rejectsTable: string): Promise<void> {
  const maskJson = (json: string) =>
    JSON.stringify(
      JSON.parse(json, (_, value: unknown) => (typeof value === "string" ? maskPersonalData(value).text : value))
    );
  for (const column of ["raw", "row_key"]) {
    const candidates = await connection.runAndReadAll(
      `SELECT DISTINCT ${column} FROM ${rejectsTable} WHERE regexp_matches(${column}, ${sqlString(MAY_HOLD_PERSONAL_DATA_SQL)})`
    );
    const replacements = candidates
      .getRows()
      .map(([json]) => [String(json), maskJson(String(json))])
      .filter(([json, masked]) => masked !== JSON.stringify(JSON.parse(json!)));
    await replaceTexts(connection, rejectsTable, column, replacements);
  }
}

async function checkSheet(connection: DuckDBConnection, staged: StagedSheet, fileName: string): Promise<CheckedSheet> {
  const {dataset} = staged;
  const spec = DATASETS[dataset];
  const maskedValues = await maskFreeText(connection, staged);
  const n = ++checkedCounter;
  const checkedTable = `checked_${n}`;
  await checkStagedRows(
    duckdbRunner(connection),
    dataset,
    staged.stageTable,
    new Set(staged.header.columns.values()),
    checkedTable
  );
  const acceptedTable = `accepted_${n}`;
  const rejectsTable = `rejects_${n}`;
  const warningsTable = `warnings_${n}`;
  const stored = storedColumns(dataset).filter(([name]) => name !== "load_id");
  const select = stored.map(([name]) =>
    name === "year" && spec.timeColumn === "occurred_on" ? `CAST(year(occurred_on) AS INTEGER) AS "year"` : quote(name)
  );
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${acceptedTable} AS SELECT ${select.join(", ")} FROM ${checkedTable} WHERE problems = ''`
  );
  // The rejected row's cells as written (personal columns were never staged).
  const present = new Set(staged.header.columns.values());
  const raw = spec.columns
    .map((c) => `${sqlString(c.name)}: ${present.has(c.name) ? `s.${quote(c.name)}` : "NULL::VARCHAR"}`)
    .join(", ");
  await runSql(
    connection,
    `
    CREATE OR REPLACE TEMP TABLE ${rejectsTable} AS
    SELECT $dataset::VARCHAR AS dataset, $file_name::VARCHAR AS file_name, $sheet::VARCHAR AS sheet,
      CAST(src_row AS INTEGER) AS src_row, split_part(problems, ':', 1) AS column_name,
      to_json(list_transform(string_split(problems, ';'), p -> {'column': split_part(p, ':', 1), 'code': split_part(p, ':', 2)}))::VARCHAR AS problems,
      ${reasonSql(dataset, "vi")} AS reason_vi, ${reasonSql(dataset, "en")} AS reason_en, to_json({${raw}})::VARCHAR AS raw,
      ${rowKeySql(dataset, "c")} AS row_key
    FROM ${checkedTable} c JOIN ${staged.stageTable} s USING (src_row) WHERE c.problems <> '' ORDER BY src_row`,
    sheetParams(staged, fileName)
  );
  await maskRejectedCells(connection, rejectsTable);
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE ${warningsTable} AS
    ${[
      rowWarningsSql(dataset, acceptedTable),
      // Yearly data and incidents only: a plan is not a record to bring back to an old province.
      ...(spec.timeColumn === "period_from" ? [] : [splitPredecessorsWarningSql(acceptedTable)])
    ].join(" UNION ALL ")}`);
  const count = async (table: string) =>
    Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);
  return {
    staged,
    acceptedTable,
    rejectsTable,
    warningsTable,
    accepted: await count(acceptedTable),
    rejected: await count(rejectsTable),
    maskedValues
  };
}

/** Counts, against what the warehouse holds now, how many accepted rows are new, changed or identical. */
async function compareWithWarehouse(connection: DuckDBConnection, checked: CheckedSheet) {
  const {dataset} = checked.staged;
  const spec = DATASETS[dataset];
  const keyMatch = rowKeyColumns(spec)
    .map((k) => `t.${quote(k)} IS NOT DISTINCT FROM a.${quote(k)}`)
    .join(" AND ");
  const valueColumns = storedColumns(dataset)
    .map(([name]) => name)
    .filter((name) => !["load_id", "src_row"].includes(name));
  const differs = valueColumns.map((c) => `t.${quote(c)} IS DISTINCT FROM a.${quote(c)}`).join(" OR ");
  const [added, replaced, unchanged] = (
    await connection.runAndReadAll(`
      SELECT count(*) FILTER (WHERE NOT matched), count(*) FILTER (WHERE matched AND changed), count(*) FILTER (WHERE matched AND NOT changed)
      FROM (SELECT a.src_row, bool_or(t.${quote(spec.key[0]!)} IS NOT NULL) AS matched, coalesce(bool_or(${differs}), false) AS changed
            FROM ${checked.acceptedTable} a LEFT JOIN ${dataset} t ON ${keyMatch} GROUP BY a.src_row)`)
  )
    .getRows()[0]!
    .map(Number);
  return {added: added!, replaced: replaced!, unchanged: unchanged!, keyMatch};
}

async function summarise(
  connection: DuckDBConnection,
  checked: CheckedSheet,
  counts: {added: number; replaced: number; unchanged: number},
  loadId?: number
): Promise<SheetReport> {
  const {staged} = checked;
  const firstRejects = (
    await connection.runAndReadAll(
      `SELECT src_row, column_name, reason_vi, reason_en FROM ${checked.rejectsTable} ORDER BY src_row LIMIT 20`
    )
  ).getRowObjectsJS() as unknown as RejectedRow[];
  const warningCounts = (
    await connection.runAndReadAll(
      `SELECT code, count(*)::INTEGER AS n FROM ${loadId === undefined ? checked.warningsTable : `warnings WHERE load_id = ${loadId}`}
       GROUP BY code ORDER BY code`
    )
  ).getRowObjectsJS() as {code: string; n: number}[];
  return {
    sheet: staged.sheet,
    dataset: staged.dataset,
    headerRow: staged.headerRowNumber,
    rowsRead: staged.rowsRead,
    skippedRows: staged.skippedRows,
    accepted: checked.accepted,
    rejected: checked.rejected,
    ...counts,
    personalColumnsDropped: staged.header.personal,
    ignoredColumns: staged.header.ignored,
    missingRequiredColumns: staged.header.missingRequired,
    maskedValues: checked.maskedValues,
    firstRejects,
    warnings: warningCounts.map(({code, n}) => ({code, count: n, ...problemText(staged.dataset, {column: "", code})}))
  };
}

/**
 * Plausibility: a unit whose deaths this year are far above its own earlier years (at least 5 deaths
 * and more than the earlier yearly mean + 3 Poisson standard deviations, with ≥ 2 earlier years).
 */
async function warnDeathsAboveHistory(
  connection: DuckDBConnection,
  loadId: number,
  fileName: string,
  sheet: CheckedSheet
) {
  await runSql(
    connection,
    `
    INSERT INTO warnings
    WITH touched AS (SELECT DISTINCT unit_code, "year" FROM ${sheet.acceptedTable}),
    yearly AS (
      SELECT i.unit_code, i."year", sum(i.deaths) AS deaths
      FROM incidents i JOIN (SELECT DISTINCT unit_code FROM touched) u USING (unit_code)
      GROUP BY ALL
    ),
    judged AS (
      SELECT t.unit_code, t."year", y.deaths,
        (SELECT avg(h.deaths) FROM yearly h WHERE h.unit_code = t.unit_code AND h."year" < t."year") AS mean_before,
        (SELECT count(*) FROM yearly h WHERE h.unit_code = t.unit_code AND h."year" < t."year") AS years_before
      FROM touched t JOIN yearly y USING (unit_code, "year")
    )
    SELECT ${loadId}, $dataset, $file_name, $sheet::VARCHAR, NULL, 'deaths', unit_code, "year", 'deaths_far_above_history'
    FROM judged
    WHERE years_before >= 2 AND deaths >= 5 AND deaths > mean_before + 3 * sqrt(greatest(mean_before, 1))`,
    sheetParams(sheet.staged, fileName)
  );
}

/**
 * Plausibility: a unit of this file that has data for a year but none for the next year, while the
 * dataset has data for that next year (a district that reported before and then did not).
 */
async function warnMissingYears(connection: DuckDBConnection, loadId: number, fileName: string, sheet: CheckedSheet) {
  const {dataset} = sheet.staged;
  await runSql(
    connection,
    `
    INSERT INTO warnings
    WITH file_units AS (SELECT DISTINCT unit_code, geography FROM ${sheet.acceptedTable}),
    present AS (SELECT DISTINCT t.unit_code, t.geography, t."year" FROM ${dataset} t JOIN file_units USING (unit_code, geography)),
    dataset_years AS (SELECT DISTINCT "year", geography FROM ${dataset})
    SELECT ${loadId}, $dataset, $file_name, $sheet::VARCHAR, NULL, 'year', p.unit_code, p."year" + 1, 'missing_year'
    FROM present p JOIN dataset_years y ON y."year" = p."year" + 1 AND y.geography = p.geography
    WHERE NOT EXISTS (SELECT 1 FROM present q WHERE q.unit_code = p.unit_code AND q.geography = p.geography AND q."year" = p."year" + 1)`,
    sheetParams(sheet.staged, fileName)
  );
}

/** Where a test can simulate a crash in the middle of a load (inside the open transaction). */
const CRASH_POINT = "OSH_TEST_CRASH_INSIDE_LOAD";

/**
 * A sheet's name and the headers of columns not read are stored and published (load log, data-quality page):
 * like file names, they are masked ("Vụ Nguyễn Văn Khải 0912345678", "Người báo: anh Trần Văn Bảo").
 */
function maskSheetLabels(sheet: StagedSheet): number {
  let masked = 0;
  const mask = (text: string) => {
    const result = maskPersonalData(text);
    if (result.masked) masked++;
    return result.text;
  };
  if (sheet.sheet !== null) sheet.sheet = mask(sheet.sheet);
  sheet.header.ignored = sheet.header.ignored.map(mask);
  sheet.header.personal = sheet.header.personal.map(mask);
  return masked;
}

export async function ingestFile(
  connection: DuckDBConnection,
  path: string,
  options: IngestOptions = {}
): Promise<FileReport> {
  // File names often name the victim ("Báo cáo vụ … anh Nguyễn Văn A.xlsx"): stored masked.
  const fileName = maskPersonalData(basename(path));
  const filePath = maskPersonalData(resolve(path)).text;
  let staged: StagedSheet[];
  let labelsMasked: number[];
  try {
    staged = await stageFile(connection, path, options.dataset);
    for (const sheet of staged) if (sheet.dataset === "plans") await carryDownPlanCells(connection, sheet);
    labelsMasked = staged.map(maskSheetLabels);
  } catch (error) {
    if (error instanceof RefusedFile) return {file: path, sheets: [], refused: {vi: error.vi, en: error.en}};
    throw error;
  }
  const checked: CheckedSheet[] = [];
  for (const [i, sheet] of staged.entries()) {
    const sheetChecked = await checkSheet(connection, sheet, fileName.text);
    sheetChecked.maskedValues += labelsMasked[i]!;
    checked.push(sheetChecked);
  }
  if (fileName.masked && checked[0]) checked[0].maskedValues++;

  const reports: SheetReport[] = [];
  if (options.dryRun) {
    for (const sheet of checked)
      reports.push(await summarise(connection, sheet, {...(await compareWithWarehouse(connection, sheet))}));
    return {file: path, sheets: reports};
  }

  const digest = staged[0]?.sha256 ?? (await sha256(path));
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const sheet of checked) {
      const {dataset} = sheet.staged;
      const {keyMatch, ...counts} = await compareWithWarehouse(connection, sheet);
      const loadId = Number(
        (await connection.runAndReadAll("SELECT coalesce(max(load_id), 0) + 1 FROM loads")).getRows()[0]![0]
      );
      const params = sheetParams(sheet.staged, fileName.text);
      const sheetMatch = "file_name = $file_name AND dataset = $dataset AND sheet IS NOT DISTINCT FROM $sheet::VARCHAR";
      const replaces = DATASETS[dataset].replaces;
      await connection.run(
        replaces
          ? `DELETE FROM ${dataset} WHERE ${quote(replaces)} IN (SELECT ${quote(replaces)} FROM ${sheet.acceptedTable})`
          : `DELETE FROM ${dataset} t WHERE EXISTS (SELECT 1 FROM ${sheet.acceptedTable} a WHERE ${keyMatch})`
      );
      const columns = storedColumns(dataset).map(([name]) => quote(name));
      await connection.run(
        `INSERT INTO ${dataset} (${columns.join(", ")}) SELECT ${columns.map((c) => (c === '"load_id"' ? String(loadId) : c)).join(", ")} FROM ${sheet.acceptedTable}`
      );
      if (process.env[CRASH_POINT] === "1") process.kill(process.pid, "SIGKILL");
      // A file's rejects are those of its latest load, whatever its name: the same sheet under this name or
      // with these bytes, and any reject of a row (by key) this load accepts or rejects again.
      await runSql(
        connection,
        `
        DELETE FROM rejects WHERE (${sheetMatch})
          OR (dataset = $dataset AND sheet IS NOT DISTINCT FROM $sheet::VARCHAR
              AND load_id IN (SELECT load_id FROM loads WHERE sha256 = '${digest}'))
          OR (dataset = $dataset AND row_key IN (
              SELECT ${rowKeySql(dataset, "a")} FROM ${sheet.acceptedTable} a
              UNION SELECT row_key FROM ${sheet.rejectsTable}))`,
        params
      );
      await connection.run(`INSERT INTO rejects SELECT ${loadId}, * FROM ${sheet.rejectsTable}`);
      await runSql(connection, `DELETE FROM warnings WHERE ${sheetMatch}`, params);
      await runSql(
        connection,
        `INSERT INTO warnings SELECT ${loadId}, $dataset, $file_name, $sheet::VARCHAR,
          src_row, column_name, unit_code, year, code FROM ${sheet.warningsTable}`,
        params
      );
      if (dataset === "incidents") await warnDeathsAboveHistory(connection, loadId, fileName.text, sheet);
      else if (DATASETS[dataset].timeColumn === "year")
        await warnMissingYears(connection, loadId, fileName.text, sheet);
      await runSql(
        connection,
        `
        INSERT INTO loads VALUES (${loadId}, $file_name, $file_path, '${digest}', $sheet::VARCHAR, $dataset, now()::TIMESTAMP,
          ${sheet.staged.headerRowNumber}, ${sheet.staged.rowsRead}, ${sheet.staged.skippedRows}, ${sheet.accepted}, ${sheet.rejected},
          ${counts.added}, ${counts.replaced}, ${counts.unchanged}, $personal, $ignored,
          ${options.demo ? "true" : "false"}, ${sheet.maskedValues})`,
        {...params, file_path: filePath, personal: sheet.staged.header.personal, ignored: sheet.staged.header.ignored}
      );
      reports.push(await summarise(connection, sheet, counts, loadId));
    }
    await connection.run("COMMIT");
  } catch (error) {
    // The first error is the one to tell (a full disk), not a failed ROLLBACK after it.
    await connection.run("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return {file: path, sheets: reports};
}
