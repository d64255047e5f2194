// XLSX files, read as a stream (memory does not grow with the file). The sheet named like the dataset
// is used (all sheets named like datasets when the dataset is not given, as in the Excel template),
// else the first sheet. The header may sit below title rows and merged cells.
import type {DuckDBConnection} from "@duckdb/node-api";
import ExcelJS from "exceljs";
import {createReadStream, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {createInflateRaw} from "node:zlib";
import {open} from "node:fs/promises";
import type {Readable} from "node:stream";
import {appendTextRows} from "../warehouse/append.js";
import {quote} from "../../contract/sql.js";
import type {DatasetName} from "../../contract/ingest/datasets.js";
import {datasetOfSheetName, detectHeader, HEAD_ROWS, numberingRowBelowHeader} from "../../contract/ingest/headers.js";
import {createStageTable, dropBlankRows, type StagedSheet} from "./stage.js";
import {damagedXlsx, noHeaderInSheet, noWorksheet, RefusedFile} from "../../contract/ingest/refusals.js";

/** A cell as text: dates as YYYY-MM-DD, whole numbers without decimals, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date)
    return value
      .toISOString()
      .slice(0, value.getUTCHours() || value.getUTCMinutes() ? 19 : 10)
      .replace("T", " ");
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const formula = value as {formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue};
    // No cached result (a file written by a program that does not calculate): the checks say so.
    return formula.result == null ? `=${formula.formula ?? formula.sharedFormula}` : cellText(formula.result);
  }
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error); // #REF!, #DIV/0!…: rejected with that reason
  return "";
}

function rowCells(row: ExcelJS.Row): string[] {
  const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
  const cells: string[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  return cells;
}

/**
 * exceljs's stream reader waits forever on some damaged files (an inflate error it swallows). A file is
 * stalled when a read is pending, no byte of the file arrives and no row comes out while the event loop
 * sits idle for STALL_MS; the read then fails (and the file is refused) instead of hanging the command.
 */
const STALL_MS = 3000;
const TICK_MS = 250;

class StallGuard {
  private progress = 0;
  private pending = false;
  private reject!: (error: Error) => void;
  readonly stalled = new Promise<never>((_, reject) => (this.reject = reject));
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.stalled.catch(() => undefined); // rejected only while a read awaits it
    let seen = 0;
    let idle = 0;
    let tick = Date.now();
    this.timer = setInterval(() => {
      const now = Date.now();
      const busy = now - tick > 2 * TICK_MS; // the loop was busy parsing: not idle
      tick = now;
      if (!this.pending || busy || this.progress !== seen) ((seen = this.progress), (idle = 0));
      else if ((idle += TICK_MS) >= STALL_MS) this.reject(new Error("the XLSX reader stalled"));
    }, TICK_MS);
  }
  advance(): void {
    this.progress++;
  }
  async race<T>(read: Promise<T>): Promise<T> {
    this.pending = true;
    try {
      return await Promise.race([read, this.stalled]);
    } finally {
      this.pending = false;
      this.progress++;
    }
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

function openReader(input: Readable) {
  return new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache", // needed to tell dates from numbers
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore"
  });
}

async function stageWorksheet(
  connection: DuckDBConnection,
  {name: sheet, rows: worksheet, guard}: SheetSource,
  dataset: DatasetName | undefined
): Promise<StagedSheet | undefined> {
  const head: {number: number; cells: string[]}[] = [];
  const iterator = worksheet[Symbol.asyncIterator]();
  const read = () => (guard ? guard.race(iterator.next()) : iterator.next());
  let next = await read();
  while (!next.done && head.length < HEAD_ROWS) {
    head.push({number: next.value.number, cells: rowCells(next.value)});
    next = await read();
  }
  // Rows skipped by the reader are empty rows: fill them so positions match row numbers.
  const rows: string[][] = [];
  for (const {number, cells} of head) rows[number - 1] = cells;
  const dense = Array.from({length: rows.length}, (_, i) => rows[i] ?? []);
  const header = detectHeader(dense, dataset);
  if (!header) return undefined;
  const {table, columns} = await createStageTable(connection, header);
  const positions = [...header.columns.keys()];
  const headerRowNumber = header.headerRow + 1;
  let lastRow = headerRowNumber;
  function* dataRows(batch: {number: number; cells: string[]}[]) {
    for (const {number, cells} of batch) {
      if (number <= headerRowNumber) continue;
      lastRow = number;
      const other = header!.ignoredPositions.map((p) => cells[p] ?? "").filter(Boolean);
      yield [String(number), ...positions.map((p) => cells[p] ?? ""), other.join(" | ")];
    }
  }
  await appendTextRows(connection, table, dataRows(head));
  // Append the remainder in batches as it streams in (a plain loop: an extra async generator per row
  // costs more than the appender).
  let batch: {number: number; cells: string[]}[] = [];
  while (!next.done) {
    batch.push({number: next.value.number, cells: rowCells(next.value)});
    if (batch.length === 5000) (await appendTextRows(connection, table, dataRows(batch)), (batch = []));
    next = await read();
  }
  await appendTextRows(connection, table, dataRows(batch));
  await dropBlankRows(connection, table, columns);
  if (numberingRowBelowHeader(dense, header.headerRow)) {
    await connection.run(`DELETE FROM ${table} WHERE src_row = ${headerRowNumber + 1}`);
  }
  // Empty rows never reach us from the reader; counting from row numbers includes them.
  const rowsRead = lastRow - headerRowNumber;
  const staged = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);
  return {
    sheet,
    dataset: header.dataset,
    header,
    headerRowNumber,
    stageTable: table,
    rowsRead,
    skippedRows: rowsRead - staged,
    cells: {table, columns: new Map(columns.map((c) => [c, quote(c)]))}
  };
}

interface SheetSource {
  name: string;
  rows: AsyncIterable<ExcelJS.Row>;
  guard?: StallGuard;
}

/** Sheets as a stream: memory does not grow with the file. */
async function* streamedSheets(path: string): AsyncGenerator<SheetSource> {
  const input = createReadStream(path);
  const guard = new StallGuard();
  input.on("data", () => guard.advance());
  try {
    const sheets = openReader(input)[Symbol.asyncIterator]();
    for (let next = await guard.race(sheets.next()); !next.done; next = await guard.race(sheets.next())) {
      const reader = next.value as unknown as AsyncIterable<ExcelJS.Row> & {name: string};
      yield {name: reader.name, rows: reader, guard};
    }
  } finally {
    guard.stop();
    input.destroy();
  }
}

/**
 * Sheets read whole. exceljs's stream reader fails on workbooks that store their sheets before
 * workbook.xml (as exceljs itself writes them); such files are read this way instead.
 */
async function* loadedSheets(path: string): AsyncGenerator<SheetSource> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    yield {
      name: sheet.name,
      rows: (async function* () {
        yield* rows;
      })()
    };
  }
}

async function stageSheets(
  connection: DuckDBConnection,
  sheets: (path: string) => AsyncGenerator<SheetSource>,
  path: string,
  dataset?: DatasetName
): Promise<StagedSheet[]> {
  const staged: StagedSheet[] = [];
  for await (const source of sheets(path)) {
    const named = datasetOfSheetName(source.name);
    if (named && (!dataset || named === dataset)) {
      const sheet = await stageWorksheet(connection, source, named);
      if (sheet && sheet.rowsRead > sheet.skippedRows) staged.push(sheet);
    } else {
      // not this sheet: read past it
      const rows = source.rows[Symbol.asyncIterator]();
      const read = () => (source.guard ? source.guard.race(rows.next()) : rows.next());
      while (!(await read()).done);
    }
  }
  if (staged.length > 0) return staged;
  // No sheet named like a dataset: the first sheet, its dataset recognised from the header.
  for await (const source of sheets(path)) {
    const {name} = source;
    const sheet = await stageWorksheet(connection, source, dataset);
    if (!sheet) throw noHeaderInSheet(name);
    return [sheet];
  }
  throw noWorksheet();
}

// What an XLSX may expand to. Its XML is read as a stream, but the shared strings are held in memory: a
// 10 MB "zip bomb" of 3 GB of shared strings would exhaust it. Real workbooks of a million rows stay far below.
const MAX_EXPANDED_BYTES = 2 * 1024 ** 3;
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 ** 2;
const mb = (bytes: number) => (Math.round((bytes / 1024 ** 2) * 10) / 10).toLocaleString("en");

interface ZipEntry {
  name: string;
  /** Uncompressed size as the central directory declares it (a hostile file may lie). */
  declared: number;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The entries of a zip file, from its central directory. */
async function zipEntries(path: string): Promise<ZipEntry[]> {
  const handle = await open(path);
  try {
    const {size} = await handle.stat();
    const tail = Buffer.alloc(Math.min(size, 22 + 0xffff));
    await handle.read(tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length) throw damagedXlsx();
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) throw damagedXlsx();
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === 0x02014b50;) {
      const nameLength = directory.readUInt16LE(p + 28);
      const declared = directory.readUInt32LE(p + 24);
      entries.push({
        name: directory.toString("utf8", p + 46, p + 46 + nameLength),
        declared: declared === 0xffffffff ? Infinity : declared, // ZIP64: 4 GB or more
        method: directory.readUInt16LE(p + 10),
        compressedSize: directory.readUInt32LE(p + 20),
        localHeader: directory.readUInt32LE(p + 42)
      });
      p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * What an entry really inflates to, counted as a stream and given up past `limit` (memory stays flat).
 * A damaged entry counts what inflated before the damage: the reader refuses the file after.
 */
async function inflatedSize(path: string, entry: ZipEntry, limit: number): Promise<number> {
  if (entry.method === 0) return entry.compressedSize;
  const handle = await open(path);
  const header = Buffer.alloc(30);
  await handle.read(header, 0, 30, entry.localHeader);
  await handle.close();
  const start = entry.localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const inflate = createReadStream(path, {start, end: start + Math.max(entry.compressedSize, 1) - 1}).pipe(
    createInflateRaw()
  );
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) if ((size += chunk.length) > limit) break;
  } catch {
    // damaged data: what inflated so far
  } finally {
    inflate.destroy();
  }
  return size;
}

/** Refuses a workbook that expands (as declared, or as it really inflates) beyond what can be read safely. */
export async function checkExpansion(
  path: string,
  limits = {total: MAX_EXPANDED_BYTES, sharedStrings: MAX_SHARED_STRINGS_BYTES}
): Promise<void> {
  const entries = await zipEntries(path);
  let total = 0;
  let sharedStrings = 0;
  for (const entry of entries) {
    const isShared = /sharedStrings\.xml$/i.test(entry.name);
    const left = Math.min(limits.total - total, isShared ? limits.sharedStrings : Infinity);
    const size = entry.declared > left ? entry.declared : await inflatedSize(path, entry, left);
    total += size;
    if (isShared) sharedStrings = size;
    if (total > limits.total || sharedStrings > limits.sharedStrings)
      throw new RefusedFile(
        `Tệp Excel giải nén ra hơn ${mb(total)} MB (chuỗi dùng chung ${mb(sharedStrings)} MB), quá giới hạn ${mb(limits.total)} MB (${mb(limits.sharedStrings)} MB): hãy chia tệp hoặc lưu thành CSV`,
        `The Excel file expands to more than ${mb(total)} MB (shared strings ${mb(sharedStrings)} MB), beyond the limit of ${mb(limits.total)} MB (${mb(limits.sharedStrings)} MB): split it or save it as CSV`
      );
  }
}

/** The folder exceljs's spilled sheets go to while files are read (shared by overlapping reads). */
let spill: {dir: string; readers: number; previous: string | undefined} | undefined;

/**
 * exceljs's stream reader writes a sheet stored before the workbook's other parts to a temp file (the sheet's
 * cells as written: a victims' name column too) and removes it only when it reads the sheet through; a
 * refused or abandoned read left it in /tmp. Its temp files go to a private folder (0700) that is removed
 * when the read ends, whatever the outcome.
 */
async function withSpillFolder<T>(read: () => Promise<T>): Promise<T> {
  if (!spill) {
    spill = {dir: mkdtempSync(join(tmpdir(), "osh-xlsx-")), readers: 0, previous: process.env.TMPDIR};
    process.env.TMPDIR = spill.dir; // exceljs's `tmp` asks os.tmpdir() at each file
  }
  const mine = spill;
  mine.readers++;
  try {
    return await read();
  } finally {
    if (--mine.readers === 0) {
      spill = undefined;
      if (mine.previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = mine.previous;
      rmSync(mine.dir, {recursive: true, force: true});
    }
  }
}

export async function stageXlsx(
  connection: DuckDBConnection,
  path: string,
  dataset?: DatasetName
): Promise<StagedSheet[]> {
  await checkExpansion(path);
  return withSpillFolder(() => stageReadable(connection, path, dataset));
}

async function stageReadable(connection: DuckDBConnection, path: string, dataset?: DatasetName) {
  try {
    try {
      return await stageSheets(connection, streamedSheets, path, dataset);
    } catch (error) {
      if (error instanceof RefusedFile) throw error;
      return await stageSheets(connection, loadedSheets, path, dataset);
    }
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    const detail = String((error as Error).message)
      .split("\n")[0]!
      .slice(0, 120);
    throw new RefusedFile(
      `Tệp Excel (.xlsx) bị hỏng, không đọc được (${detail})`,
      `The Excel (.xlsx) file is damaged and cannot be read (${detail})`
    );
  }
}
