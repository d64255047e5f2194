// The embedded demo: reproducible, loaded through the ordinary ingest path, national totals equal to the
// ministry's published figures, and a plausible spread across places and sectors.
import ExcelJS from "exceljs";
import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {nationalTotalsCheck} from "../../loaders/demo/check.js";
import {generateDemo} from "../../loaders/demo/generate.js";
import {loadDemo} from "../../loaders/demo/load.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {tempDir} from "../fixtures/files.js";

let warehouse: Warehouse;
let loaded: Awaited<ReturnType<typeof loadDemo>>;
const dir = tempDir("osh-demo-");

beforeAll(async () => {
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  loaded = await loadDemo(warehouse.connection, join(dir, "demo"));
}, 120_000);
afterAll(() => warehouse.close());

// CSV bytes; for XLSX the cells (the zip container stamps the time of writing).
async function fingerprint(file: string): Promise<string> {
  if (!file.endsWith(".xlsx")) return createHash("sha256").update(readFileSync(file)).digest("hex");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().map((row) => JSON.stringify(row)));
  return createHash("sha256").update(cells.join("\n")).digest("hex");
}

test("the same seed writes the same files", async () => {
  const again = await generateDemo(join(dir, "again"));
  expect(await Promise.all(again.files.map(fingerprint))).toEqual(
    await Promise.all(loaded.demo.files.map(fingerprint))
  );
});

test("national totals 2018–2024 equal the published figures after ingest (2025 projected)", async () => {
  const check = await nationalTotalsCheck(warehouse.connection);
  const published = check.filter((row) => row.year <= 2024);
  expect(published).toHaveLength(7 * 5);
  for (const row of published) expect(row.demo, `${row.year} ${row.metric}`).toBe(row.published);
  // independently: 2023 deaths 699, fatal accidents 662 (Thông báo 1136/TB-BLĐTBXH)
  expect(check.find((r) => r.year === 2023 && r.metric === "deaths")?.demo).toBe(699);
  expect(check.find((r) => r.year === 2023 && r.metric === "fatal_accidents")?.demo).toBe(662);
  expect(check.filter((r) => r.year === 2025).every((r) => r.published === null && r.demo > 0)).toBe(true);
});

test("every load of the demo files is marked as demo data (the built-in plans are not), and the deliberate defects are there to see", async () => {
  const [loads] = await queryRows<{all: number; demo: number; rejected: number; personal: number}>(
    warehouse.connection,
    `SELECT count(*)::INT AS "all", count(*) FILTER (WHERE demo)::INT AS demo, sum(rejected)::INT AS rejected,
       count(*) FILTER (WHERE len(personal_columns_dropped) > 0)::INT AS personal FROM loads WHERE file_name <> 'plans.csv'`
  );
  expect(
    await queryRows(warehouse.connection, "SELECT file_name, demo FROM loads WHERE dataset = 'plans' OR NOT demo")
  ).toEqual([{file_name: "plans.csv", demo: false}]);
  expect(loads!.demo).toBe(loads!.all);
  expect(loads!.rejected).toBeGreaterThanOrEqual(8 * 4);
  expect(loads!.personal).toBe(1);
  const {district, year} = loaded.demo.missingDistrictYear;
  const gap = await queryRows(
    warehouse.connection,
    `SELECT * FROM disease_exams WHERE unit_code = '${district}' AND year = ${year}`
  );
  expect(gap).toEqual([]);
  const warned = await queryRows(
    warehouse.connection,
    `SELECT DISTINCT dataset FROM warnings WHERE code = 'missing_year' AND unit_code = '${district}' AND year = ${year} ORDER BY dataset`
  );
  // the district's reports are missing that year; its workforce is not
  expect(warned.map((w) => w.dataset)).toEqual(["disease_exams", "environment_monitoring", "submissions", "training"]);
  const [late] = await queryRows<{late: number}>(
    warehouse.connection,
    `SELECT count(*)::INT AS late FROM submissions WHERE submitted_on > make_date(year, 12, 25)`
  );
  expect(late!.late).toBeGreaterThan(0);
});

describe("a plausible spread", () => {
  test("construction, mining and building materials carry more fatal accidents than their workforce share", async () => {
    const [row] = await queryRows<{fatal_share: number; workforce_share: number}>(
      warehouse.connection,
      `SELECT
         (SELECT count(*) FILTER (WHERE section_code IN ('B', 'F') OR sector_code = '23') / count(*) FROM incidents WHERE deaths > 0 AND year = 2024) AS fatal_share,
         (SELECT sum(workers) FILTER (WHERE sector_code IN ('B', 'F')) / sum(workers) FROM workforce WHERE year = 2024) AS workforce_share`
    );
    expect(row!.fatal_share).toBeGreaterThan(2 * row!.workforce_share);
  });

  test("industrial provinces have more accidents than mountain provinces", async () => {
    const rows = await queryRows<{province: string; accidents: number}>(
      warehouse.connection,
      `SELECT u.province_code AS province, count(*)::INT AS accidents
       FROM incidents i JOIN units u ON u.unit_code = i.unit_code AND u.geography = i.geography
       WHERE i.year = 2024 GROUP BY ALL`
    );
    const accidents = Object.fromEntries(rows.map((r) => [r.province, r.accidents]));
    expect(accidents["79"]).toBeGreaterThan(5 * accidents["11"]!); // Hồ Chí Minh vs Điện Biên
    expect(accidents["74"]).toBeGreaterThan(5 * accidents["12"]!); // Bình Dương vs Lai Châu
    expect(Object.keys(accidents)).toHaveLength(63);
  });
});
