// npm run bench: ingest throughput and memory, printed as figures (tests never assert timings).
//  - a 1,000,000-row incidents CSV, and 250,000 and 2,000,000-row ones (does peak memory grow with file
//    size? DuckDB's memory limit, OSH_MEMORY_LIMIT, caps it: beyond it DuckDB spills to disk)
//  - the floor: DuckDB's own read_csv of the same CSV into a table, with no checks
//  - a 100,000-row XLSX, read as a stream
// Each measurement runs in its own process so its peak memory (max RSS) is its own.
import ExcelJS from "exceljs";
import {spawnSync} from "node:child_process";
import {createWriteStream, mkdtempSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {headerLabels, requiredColumns} from "../contract/ingest/datasets.js";
import {ingestFile} from "../loaders/ingest/load-file.js";
import {Random} from "../loaders/demo/random.js";
import {openWarehouse} from "../loaders/open-warehouse.js";

// The incident columns the bench rows fill in, in contract order.
const HEADER = headerLabels("incidents", [...requiredColumns("incidents"), "cause"]);
const UNITS = ["01", "79", "063", "561", "22237", "271", "74", "075", "31"];
const SECTORS = ["F", "41", "C", "23", "08", "B", "10", "49"];

function* incidentRows(count: number) {
  const random = new Random(7);
  for (let i = 0; i < count; i++) {
    const deaths = random.next() < 0.1 ? 1 : 0;
    const day = String(random.integer(1, 28)).padStart(2, "0");
    const month = String(random.integer(1, 12)).padStart(2, "0");
    yield [
      `B-${i}`,
      `${day}/${month}/${random.integer(2018, 2024)}`,
      random.pick(UNITS),
      random.pick(SECTORS),
      random.next() < 0.9 ? "có" : "không",
      1 + deaths,
      deaths,
      1 - deaths,
      "Ngã cao"
    ];
  }
}

async function writeCsv(path: string, count: number) {
  const out = createWriteStream(path);
  const write = (line: string) =>
    out.write(line) ? undefined : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write(`${HEADER.join(";")}\n`);
  for (const row of incidentRows(count)) await write(`${row.join(";")}\n`);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function writeXlsx(path: string, count: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({filename: path, useSharedStrings: true});
  const sheet = workbook.addWorksheet("incidents");
  sheet.addRow(["BÁO CÁO TAI NẠN LAO ĐỘNG"]).commit();
  sheet.addRow(HEADER).commit();
  for (const row of incidentRows(count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

interface Measurement {
  seconds: number;
  rows: number;
  maxRssMb: number;
}

/** Child mode: measure one thing and print JSON. */
async function measure(kind: string, file: string, warehouse: string): Promise<Measurement> {
  const started = performance.now();
  let rows = 0;
  if (kind === "floor") {
    const connection = await (await DuckDBInstance.create(warehouse)).connect();
    await connection.run(
      `CREATE TABLE raw AS SELECT * FROM read_csv('${file}', delim = ';', header = true, all_varchar = true)`
    );
    rows = Number((await connection.runAndReadAll("SELECT count(*) FROM raw")).getRows()[0]![0]);
  } else {
    const w = await openWarehouse(warehouse);
    const setup = performance.now() - started; // reference data of a new warehouse: not ingest work
    const report = await ingestFile(w.connection, file);
    rows = report.sheets.reduce((sum, s) => sum + s.accepted + s.rejected, 0);
    w.close();
    return {
      seconds: (performance.now() - started - setup) / 1000,
      rows,
      maxRssMb: process.resourceUsage().maxRSS / 1024
    };
  }
  return {seconds: (performance.now() - started) / 1000, rows, maxRssMb: process.resourceUsage().maxRSS / 1024};
}

function runChild(kind: string, file: string, dir: string): Measurement {
  const warehouse = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.duckdb`);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", import.meta.filename, "--child", kind, file, warehouse],
    {encoding: "utf8"}
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

if (process.argv[2] === "--child") {
  const [, , , kind, file, warehouse] = process.argv;
  console.log(JSON.stringify(await measure(kind!, file!, warehouse!)));
} else {
  const dir = mkdtempSync(join(tmpdir(), "osh-bench-"));
  try {
    const big = join(dir, "incidents-1m.csv");
    const quarter = join(dir, "incidents-250k.csv");
    const double = join(dir, "incidents-2m.csv");
    const xlsx = join(dir, "incidents-100k.xlsx");
    await writeCsv(big, 1_000_000);
    await writeCsv(quarter, 250_000);
    await writeCsv(double, 2_000_000);
    await writeXlsx(xlsx, 100_000);
    const mb = (path: string) => (statSync(path).size / 1e6).toFixed(1);
    const floor = runChild("floor", big, dir);
    const csv = runChild("ingest", big, dir);
    const csvQuarter = runChild("ingest", quarter, dir);
    const csvDouble = runChild("ingest", double, dir);
    const excel = runChild("ingest", xlsx, dir);
    const rate = (m: Measurement) => Math.round(m.rows / m.seconds).toLocaleString("en");
    console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}`);
    console.log(
      `CSV 1,000,000 rows (${mb(big)} MB): ingest ${csv.seconds.toFixed(2)} s = ${rate(csv)} rows/s, peak RSS ${csv.maxRssMb.toFixed(0)} MB`
    );
    console.log(
      `floor: DuckDB read_csv of the same file, no checks: ${floor.seconds.toFixed(2)} s = ${rate(floor)} rows/s`
    );
    console.log(`ratio ingest / floor: ${(csv.seconds / floor.seconds).toFixed(2)}×`);
    console.log(
      `CSV 250,000 rows (${mb(quarter)} MB): ingest ${csvQuarter.seconds.toFixed(2)} s = ${rate(csvQuarter)} rows/s, peak RSS ${csvQuarter.maxRssMb.toFixed(0)} MB`
    );
    console.log(
      `CSV 2,000,000 rows (${mb(double)} MB): ingest ${csvDouble.seconds.toFixed(2)} s = ${rate(csvDouble)} rows/s, peak RSS ${csvDouble.maxRssMb.toFixed(0)} MB`
    );
    console.log(
      `XLSX 100,000 rows (${mb(xlsx)} MB): ingest ${excel.seconds.toFixed(2)} s = ${rate(excel)} rows/s, peak RSS ${excel.maxRssMb.toFixed(0)} MB`
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
