// CSV files: UTF-8 with or without BOM, comma or semicolon (or tab). The first rows are parsed here to
// find the header; the whole file is then read by DuckDB's CSV reader (fast, streaming). DuckDB skips
// blank lines, so one streaming pass here records where they are, to give every row the number a
// person sees when opening the file in Excel.
import type {DuckDBConnection} from "@duckdb/node-api";
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {mkdtemp, open, rm, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import type {DatasetName} from "../../contract/ingest/datasets.js";
import {detectHeader, HEAD_ROWS, numberingRowBelowHeader} from "../../contract/ingest/headers.js";
import {detectDelimiter, parseCsvRecords} from "../../contract/ingest/csv-records.js";
import {quote, sqlString} from "../../contract/sql.js";
import {nextStageName, type StagedSheet} from "./stage.js";
import {noHeaderRow, notUtf8, RefusedFile} from "../../contract/ingest/refusals.js";
import {nonDataRowSql, OTHER_CELLS} from "../../contract/ingest/check-rows.js";

const HEAD_BYTES = 256 * 1024;
/** Wider rows are not a dataset of the contract (10,000 columns would exhaust DuckDB's memory). */
const MAX_COLUMNS = 500;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const tooManyColumns = (columns: number) =>
  new RefusedFile(
    `Tệp CSV có dòng tới ${columns} cột (tối đa ${MAX_COLUMNS}): không phải một bảng số liệu theo mẫu`,
    `The CSV file has a row of ${columns} columns (at most ${MAX_COLUMNS}): not a data table of the template`
  );
const unclosedQuote = (line: number) =>
  new RefusedFile(
    `Dấu ngoặc kép (") mở ở dòng ${line} không được đóng: hãy kiểm tra ô đó trong tệp`,
    `A quote (") opened on line ${line} is never closed: check that cell in the file`
  );

/** DuckDB's own error, told without the raw data lines it quotes. */
function csvReadRefusal(error: Error): RefusedFile {
  if (/unicode|utf-?8/i.test(error.message)) return notUtf8();
  const line = /line:?\s*(\d+)/i.exec(error.message)?.[1];
  const where = line ? {vi: ` (gần dòng ${line})`, en: ` (near line ${line})`} : {vi: "", en: ""};
  return new RefusedFile(
    `Không đọc được tệp CSV${where.vi}: các dòng không theo cùng một dạng (dấu phân cách, dấu ngoặc kép)`,
    `The CSV file cannot be read${where.en}: its rows do not follow one layout (delimiters, quotes)`
  );
}

interface Scan {
  /** Most fields in any record. */
  maxFields: number;
  /** Records below the header, blank ones included. */
  dataRecords: number;
  /** After DuckDB row k (0-based among non-blank data rows) ≥ at, add `blanks` blank rows to the count. */
  blankBreaks: {at: number; blanks: number}[];
  /** Of the whole file, computed in the same pass (the load log keeps it). */
  sha256: string;
  /** Lines end both in CRLF and in LF (or CR) alone: a file edited on Windows and on Linux. */
  mixedLineEndings: boolean;
  /** The line (1-based) where a quote opens that is never closed, if one is. */
  unclosedQuoteLine?: number;
  /** A quoted cell holds a line break (DuckDB's parallel reader cannot pad such rows). */
  quotedLineBreak: boolean;
}

/** One streaming pass over the bytes: record boundaries outside quotes, fields per record, blank records. */
async function scanCsv(path: string, delimiter: string, headerRecord: number, bomBytes: number): Promise<Scan> {
  const delim = delimiter.charCodeAt(0);
  let inQuotes = false;
  let record = 0;
  let fields = 1;
  let recordEmpty = true;
  let maxFields = 0;
  let nonBlank = 0;
  let blanks = 0;
  const blankBreaks: Scan["blankBreaks"] = [];
  let previous = -1;
  const endRecord = () => {
    if (record > headerRecord) {
      if (recordEmpty) {
        blanks++;
        blankBreaks.push({at: nonBlank, blanks});
      } else nonBlank++;
    }
    if (fields > maxFields) maxFields = fields;
    record++;
    fields = 1;
    recordEmpty = true;
  };
  const hash = createHash("sha256");
  let skip = bomBytes;
  let line = 1;
  let quoteLine = 0;
  let crlf = false;
  let single = false;
  let quotedLineBreak = false;
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = skip; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === LF) {
        if (previous === CR) crlf = true;
        else ((single = true), line++);
      } else if (byte === CR) line++;
      else if (previous === CR) single = true; // a CR alone ended the line
      if (byte === QUOTE) ((inQuotes = !inQuotes), (recordEmpty = false), (quoteLine = line));
      else if (inQuotes) {
        if (byte === LF || byte === CR) quotedLineBreak = true;
        previous = byte;
        continue;
      } else if (byte === LF) {
        if (previous !== CR) endRecord();
      } else if (byte === CR) endRecord();
      else if (byte === delim) (fields++, (recordEmpty = false));
      else recordEmpty = false;
      previous = byte;
    }
    skip = 0;
  }
  if (!recordEmpty) endRecord();
  // Keep one break per change of the blank count (the last one wins for equal `at`).
  const breaks = blankBreaks.filter((b, i) => blankBreaks[i + 1]?.at !== b.at);
  return {
    maxFields,
    dataRecords: record - headerRecord - 1,
    blankBreaks: breaks,
    sha256: hash.digest("hex"),
    mixedLineEndings: crlf && single,
    quotedLineBreak,
    ...(inQuotes ? {unclosedQuoteLine: quoteLine} : {})
  };
}

export async function stageCsv(
  connection: DuckDBConnection,
  path: string,
  dataset?: DatasetName
): Promise<StagedSheet> {
  const handle = await open(path);
  const {buffer, bytesRead} = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
  await handle.close();
  const bomBytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  let head: string;
  try {
    head = new TextDecoder("utf-8", {fatal: true}).decode(buffer.subarray(bomBytes, bytesRead));
  } catch {
    // A cut multi-byte character at the end of the sample is fine; anything else is not UTF-8.
    head = new TextDecoder("utf-8").decode(buffer.subarray(bomBytes, bytesRead));
    if (head.slice(0, -1).includes("\ufffd")) throw notUtf8();
  }
  const delimiter = detectDelimiter(head);
  const rows = parseCsvRecords(head, delimiter, HEAD_ROWS);
  const header = detectHeader(rows, dataset);
  if (!header) throw noHeaderRow();
  const widest = Math.max(...rows.map((r) => r.length));
  if (widest > MAX_COLUMNS) throw tooManyColumns(widest);
  const table = nextStageName();
  const raw = `${table}_raw`;
  // Only the columns the checks use are read into DuckDB: personal columns never reach a table (nor a
  // temporary file DuckDB spills to).
  const kept = [...header.columns.keys(), ...header.ignoredPositions].sort((a, b) => a - b);
  // read_csv's `skip` counts records as it parses them (blank ones too, a quoted line break inside one),
  // as the header search does: the records through the header row.
  // DuckDB reads a path as a glob pattern ("bc [2024].csv" would read "bc 2.csv"): it gets a link with a
  // plain name instead.
  const linkDir = await mkdtemp(join(tmpdir(), "osh-csv-"));
  const link = join(linkDir, "input.csv");
  await symlink(resolve(path), link);
  const read = (fields: number, strict: boolean, parallel = true) =>
    connection.run(`
      CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT ${kept.map((p) => `c${p}`).join(", ")} FROM read_csv(${sqlString(link)},
        delim = '${delimiter === "\t" ? "\\t" : delimiter}', quote = '"', escape = '"', header = false, auto_detect = false,
        skip = ${header.headerRow + 1}, null_padding = true, strict_mode = ${strict}, parallel = ${parallel},
        columns = {${Array.from({length: fields}, (_, i) => `'c${i}': 'VARCHAR'`).join(", ")}})`);
  // DuckDB reads the file while the byte scan (row numbers, widest row, checksum) runs here. It reads again
  // when the scan finds what the first read could not know: a row wider than the first rows, or line
  // endings that mix CRLF and LF (DuckDB's strict parser refuses those; the lenient one reads them), or a
  // line break inside a quoted cell (the parallel reader refuses to pad such rows; a single thread reads them).
  const guessedFields = Math.max(header.columns.size, widest) + 8;
  let scan: Scan;
  try {
    const [scanned, firstRead] = await Promise.all([
      scanCsv(path, delimiter, header.headerRow, bomBytes),
      read(guessedFields, true).then(
        () => undefined,
        (error: Error) => error
      )
    ]);
    scan = scanned;
    if (scan.unclosedQuoteLine !== undefined) throw unclosedQuote(scan.unclosedQuoteLine);
    if (scan.maxFields > MAX_COLUMNS) throw tooManyColumns(scan.maxFields);
    if (firstRead || scan.maxFields > guessedFields)
      await read(Math.max(scan.maxFields, guessedFields), !scan.mixedLineEndings, !scan.quotedLineBreak).catch(
        (error: Error) => {
          throw csvReadRefusal(error);
        }
      );
  } finally {
    await rm(linkDir, {recursive: true, force: true});
  }
  const cells = [...header.columns.keys()].map((position) => `c${position}`);
  const otherCells = header.ignoredPositions.length
    ? `concat_ws(' | ', ${header.ignoredPositions.map((p) => `c${p}`).join(", ")})`
    : "NULL::VARCHAR";
  // Rows that are not data leave the raw table; rowids do not change on delete, so row numbers stay right.
  let skippedRows = (await connection.run(`DELETE FROM ${raw} WHERE ${nonDataRowSql(cells, otherCells)}`)).rowsChanged;
  if (numberingRowBelowHeader(rows, header.headerRow))
    skippedRows += (await connection.run(`DELETE FROM ${raw} WHERE rowid = 0`)).rowsChanged;
  // The stage is a view (no copy of a million rows). Excel row number = header row + 1 + position among
  // data records, blank records counted.
  const breaks = scan.blankBreaks.map((b) => `(${b.at}, ${b.blanks})`).join(", ");
  await connection.run(`
    CREATE OR REPLACE TEMP VIEW ${table} AS
    SELECT ${raw}.rowid + ${header.headerRow + 2} + ${breaks ? "coalesce(b.blanks, 0)" : "0"} AS src_row,
      ${[...header.columns.entries()].map(([position, name]) => `c${position} AS ${quote(name)}`).join(", ")},
      ${otherCells} AS ${OTHER_CELLS}
    FROM ${raw}
    ${breaks ? `ASOF LEFT JOIN (VALUES ${breaks}) AS b(first_row, blanks) ON ${raw}.rowid >= b.first_row` : ""}`);
  return {
    sha256: scan.sha256,
    sheet: null,
    dataset: header.dataset,
    header,
    headerRowNumber: header.headerRow + 1,
    stageTable: table,
    rowsRead: scan.dataRecords,
    skippedRows: skippedRows + (scan.blankBreaks.at(-1)?.blanks ?? 0),
    cells: {
      table: raw,
      columns: new Map([...header.columns.entries()].map(([position, name]) => [name, `c${position}`]))
    }
  };
}
