// Checking a file's rows with the ingest's own rules, on an engine given by the caller (DuckDB-wasm on
// the check page). The rows are read by the page; from the header on, everything is the ingest's:
// header matching, the sheets used, blank and numbering rows skipped, the check SQL, the reasons.
import {checkStagedRows, nonDataRowSql, OTHER_CELLS, rowWarningsSql, type SqlRunner} from "./check-rows.js";
import type {DatasetName} from "./datasets.js";
import {datasetOfSheetName, detectHeader, HEAD_ROWS, numberingRowBelowHeader, type HeaderMatch} from "./headers.js";
import {parseProblems, problemsText, problemText} from "./messages.js";
import {detectDelimiter, parseCsvRecords} from "./csv-records.js";
import {noHeaderInSheet, noHeaderRow, notUtf8, noWorksheet} from "./refusals.js";
import {quote, sqlString} from "../sql.js";

/** A sheet as rows of text cells, row i being row i + 1 as Excel shows it (or CSV record i + 1). */
export interface SheetRows {
  /** The sheet's name (XLSX), null for CSV. */
  name: string | null;
  rows: string[][];
}

export interface CheckEngine extends SqlRunner {
  /** Makes a text file readable by read_csv under this name. */
  registerText(name: string, text: string): Promise<void>;
}

type Text = {vi: string; en: string};

/** What the ingest's summary and the check page both say of a sheet. */
export interface SheetOutline {
  sheet: string | null;
  dataset: DatasetName;
  /** 1-based row number of the header row. */
  headerRow: number;
  rowsRead: number;
  skippedRows: number;
  accepted: number;
  personalColumnsDropped: string[];
  ignoredColumns: string[];
  missingRequiredColumns: string[];
}

export interface SheetCheck extends SheetOutline {
  rejects: {srcRow: number; column: string; reason: Text}[];
  warnings: {code: string; count: number; text: Text}[];
}

/** A CSV file's records (UTF-8, with or without BOM; the delimiter found as the ingest finds it). */
export function csvSheet(bytes: Uint8Array): SheetRows {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes.subarray(bom));
  } catch {
    throw notUtf8();
  }
  // The last record ends at the end of the file as well as at a line break.
  const complete = /[\r\n]$/.test(text) || text === "" ? text : `${text}\n`;
  return {name: null, rows: parseCsvRecords(complete, detectDelimiter(text))};
}

const csvCell = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

let checkCounter = 0;
/** The staged cells as CSV text, registered anew for each sheet (one file, not one per check). */
const STAGE_FILE = "check-stage.csv";

async function checkSheet(engine: CheckEngine, sheet: SheetRows, header: HeaderMatch): Promise<SheetCheck> {
  const n = ++checkCounter;
  const stage = `check_stage_${n}`;
  const names = [...header.columns.values()];
  const positions = [...header.columns.keys()];
  // Only the template's columns and the unused ones (for a totals row) go to DuckDB: personal columns never do.
  const lines = sheet.rows.slice(header.headerRow + 1).map((cells, i) => {
    const other = header.ignoredPositions.map((p) => cells[p] ?? "").filter(Boolean);
    return [String(header.headerRow + 2 + i), ...positions.map((p) => cells[p] ?? ""), other.join(" | ")]
      .map(csvCell)
      .join(",");
  });
  const columns = [["src_row", "BIGINT"], ...names.map((c) => [c, "VARCHAR"]), [OTHER_CELLS, "VARCHAR"]];
  await engine.run(
    `CREATE OR REPLACE TEMP TABLE ${stage} (${columns.map(([c, t]) => `${quote(c!)} ${t}`).join(", ")})`
  );
  if (lines.length > 0) {
    await engine.registerText(STAGE_FILE, lines.join("\n") + "\n");
    await engine.run(`INSERT INTO ${stage} SELECT * FROM read_csv(${sqlString(STAGE_FILE)}, header = false,
      auto_detect = false, delim = ',', quote = '"', escape = '"',
      columns = {${columns.map(([c, t]) => `${sqlString(c!)}: '${t}'`).join(", ")}})`);
  }
  await engine.run(`DELETE FROM ${stage} WHERE ${nonDataRowSql(names.map(quote), OTHER_CELLS)}`);
  if (numberingRowBelowHeader(sheet.rows, header.headerRow))
    await engine.run(`DELETE FROM ${stage} WHERE src_row = ${header.headerRow + 2}`);
  const checked = `check_rows_${n}`;
  await checkStagedRows(engine, header.dataset, stage, new Set(names), checked);
  const [[staged, accepted]] = (await engine.rows(
    `SELECT count(*), count(*) FILTER (WHERE problems = '') FROM ${checked}`
  )) as [[number, number]];
  const rejects = (
    await engine.rows(`SELECT src_row, problems FROM ${checked} WHERE problems <> '' ORDER BY src_row`)
  ).map(([srcRow, problems]) => {
    const list = parseProblems(String(problems));
    return {srcRow: Number(srcRow), column: list[0]!.column, reason: problemsText(header.dataset, list)};
  });
  const acceptedRows = `check_accepted_${n}`;
  await engine.run(`CREATE OR REPLACE TEMP VIEW ${acceptedRows} AS SELECT * FROM ${checked} WHERE problems = ''`);
  const warnings = (
    await engine.rows(
      `SELECT code, count(*) FROM (${rowWarningsSql(header.dataset, acceptedRows)}) GROUP BY code ORDER BY code`
    )
  ).map(([code, count]) => ({
    code: String(code),
    count: Number(count),
    text: problemText(header.dataset, {column: "", code: String(code)})
  }));
  // A page may check many files: nothing of this one stays in memory.
  for (const drop of [`VIEW ${acceptedRows}`, `TABLE ${checked}`, `TABLE ${stage}`]) await engine.run(`DROP ${drop}`);
  const rowsRead = sheet.rows.length - header.headerRow - 1;
  return {
    sheet: sheet.name,
    dataset: header.dataset,
    headerRow: header.headerRow + 1,
    rowsRead,
    skippedRows: rowsRead - Number(staged),
    accepted: Number(accepted),
    rejects,
    personalColumnsDropped: header.personal,
    ignoredColumns: header.ignored,
    missingRequiredColumns: header.missingRequired,
    warnings
  };
}

/**
 * Checks a file's sheets as the ingest would load them: every sheet named like a dataset, else the
 * first sheet (a CSV is one sheet). Throws RefusedFile when the ingest would refuse the file.
 */
export async function checkFileRows(
  engine: CheckEngine,
  sheets: SheetRows[],
  dataset?: DatasetName
): Promise<SheetCheck[]> {
  const results: SheetCheck[] = [];
  for (const sheet of sheets) {
    const named = sheet.name === null ? undefined : datasetOfSheetName(sheet.name);
    if (!named || (dataset && named !== dataset)) continue;
    const header = detectHeader(sheet.rows.slice(0, HEAD_ROWS), named);
    if (!header) continue;
    const result = await checkSheet(engine, sheet, header);
    if (result.rowsRead > result.skippedRows) results.push(result);
  }
  if (results.length > 0) return results;
  const first = sheets[0];
  if (!first) throw noWorksheet();
  const header = detectHeader(first.rows.slice(0, HEAD_ROWS), dataset);
  if (!header) throw first.name === null ? noHeaderRow() : noHeaderInSheet(first.name);
  return [await checkSheet(engine, first, header)];
}
