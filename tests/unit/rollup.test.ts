// A parent's own total and its children's rows are two reports of the same thing: never added. Where
// every child reports, the children's sum is used; where only some do, the parent's own total. Every
// pair is listed, consistent or with its gap.
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {unitIndicators} from "../../loaders/indicators/results.js";
import {resolveUnit} from "../../loaders/units/units.js";
import {compareUnits} from "../../loaders/indicators/compare-units.js";
import {rollupPairs} from "../../loaders/indicators/rollup-checks.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

let warehouse: Warehouse;
let konTumDistricts: string[];
let bacKanDistricts: number;
// Each Kon Tum district: 1,000 × (its index + 1) workers in construction (F) and 500 in manufacturing (C).
const konTumWorkers = (n: number) =>
  Array.from({length: n}, (_, i) => 1_000 * (i + 1) + 500).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  const dir = tempDir();
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  konTumDistricts = (
    await queryRows<{unit_code: string}>(
      warehouse.connection,
      `SELECT unit_code FROM units WHERE parent_code = '62' AND geography = 'pre2025' ORDER BY 1`
    )
  ).map((r) => r.unit_code);
  [{bacKanDistricts}] = await queryRows<{bacKanDistricts: number}>(
    warehouse.connection,
    `SELECT count(*)::INTEGER AS bacKanDistricts FROM units WHERE parent_code = '06' AND geography = 'pre2025'`
  );
  const total = konTumWorkers(konTumDistricts.length);
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      ["Năm", "Mã địa bàn", "Mã ngành", "Số lao động"],
      ...konTumDistricts.flatMap((code, i) => [
        [2024, code, "F", 1_000 * (i + 1)],
        [2024, code, "C", 500]
      ]),
      [2024, "62", "", total], // Kon Tum's own total, equal to its districts' sum
      [2024, "063", "", 25_000], // two of Bắc Kạn's districts …
      [2024, "066", "", 10_000],
      [2024, "06", "", 50_000] // … and Bắc Kạn's own total
    ])
  );
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "incidents.csv"), [
      INCIDENT_HEADER,
      incidentRow({"Mã vụ": "k1", "Ngày xảy ra": "02/03/2024", "Mã địa bàn": konTumDistricts[0]!, "Số người chết": 1}),
      incidentRow({"Mã vụ": "b1", "Ngày xảy ra": "02/04/2024", "Mã địa bàn": "063", "Số người chết": 1})
    ])
  );
}, 60_000);

async function fatalRate(code: string, options: {mode?: "reported" | "2025"; sector?: string} = {}) {
  const unit = await resolveUnit(warehouse.connection, code, 2024, options.mode ?? "reported");
  return (await unitIndicators(warehouse.connection, unit!, 2024, options)).find((r) => r.indicator === "fatal_rate")!;
}

describe("a parent's total and its children's are never added", () => {
  test("Kon Tum's districts cover it: its workers are their sum, once, and the rate is deaths over that", async () => {
    const total = konTumWorkers(konTumDistricts.length);
    const rate = await fatalRate("62");
    expect(rate.denominator).toBe(total);
    expect(rate.value).toBeCloseTo((1 / total) * 100_000, 12);
    // a sector only the districts report: their sum
    expect((await fatalRate("62", {sector: "F"})).denominator).toBe(total - 500 * konTumDistricts.length);
  });

  test("Bắc Kạn's districts only partly cover it: its own 50,000 is used, the districts keep their own", async () => {
    expect((await fatalRate("06")).denominator).toBe(50_000);
    expect((await fatalRate("063")).denominator).toBe(25_000);
    expect((await fatalRate("066")).denominator).toBe(10_000);
  });

  test("the country and today's provinces count each report once", async () => {
    const total = konTumWorkers(konTumDistricts.length);
    expect((await fatalRate("VN")).denominator).toBe(total + 50_000);
    // Kon Tum is part of Quảng Ngãi (51) and Bắc Kạn of Thái Nguyên (19) from 01/07/2025
    expect((await fatalRate("51", {mode: "2025"})).denominator).toBe(total);
    expect((await fatalRate("19", {mode: "2025"})).denominator).toBe(50_000);
  });

  test("funnel comparison of provinces uses the same workers", async () => {
    const result = await compareUnits(warehouse.connection, {year: 2024, level: "province"});
    const byCode = new Map(result.units.map((u) => [u.unit_code, u]));
    expect(byCode.get("62")!.workers).toBe(konTumWorkers(konTumDistricts.length));
    expect(byCode.get("06")!.workers).toBe(50_000);
    const districts = await compareUnits(warehouse.connection, {year: 2024, level: "district", parent: "06"});
    expect(districts.units.map((u) => [u.unit_code, u.workers])).toEqual([
      ["063", 25_000],
      ["066", 10_000]
    ]);
  });
});

test("every parent–children pair is listed: consistent or with its gap, and which report is used", async () => {
  const total = konTumWorkers(konTumDistricts.length);
  const pairs = (await rollupPairs(warehouse.connection)).filter((p) => p.breakdown === "ALL");
  expect(pairs).toEqual([
    {
      dataset: "workforce",
      measure: "workers",
      unit_code: "06",
      geography: "pre2025",
      year: 2024,
      breakdown: "ALL",
      reported_total: 50_000,
      sum_of_children: 35_000,
      gap: 15_000,
      children: bacKanDistricts,
      children_reporting: 2,
      uses: "own"
    },
    {
      dataset: "workforce",
      measure: "workers",
      unit_code: "62",
      geography: "pre2025",
      year: 2024,
      breakdown: "ALL",
      reported_total: total,
      sum_of_children: total,
      gap: 0,
      children: konTumDistricts.length,
      children_reporting: konTumDistricts.length,
      uses: "children"
    }
  ]);
});

describe("within one unit, a row stating a key is its report of it: finer rows are not added on top", () => {
  let unitWarehouse: Warehouse;
  let report: Awaited<ReturnType<typeof ingestFile>>;
  beforeAll(async () => {
    const dir = tempDir();
    unitWarehouse = await openWarehouse(join(dir, "w.duckdb"));
    report = await ingestFile(
      unitWarehouse.connection,
      writeCsv(join(dir, "workforce.csv"), [
        ["year", "unit_code", "sector_code", "workers", "basis"],
        [2024, "004", "", 1_000, "si"], // all sectors …
        [2024, "004", "F", 400, "si"], // … and construction, which is part of them
        [2024, "005", "", 1_000, "si"], // the same workers counted on two bases
        [2024, "005", "", 1_000, "survey"],
        [2024, "006", "F", 300, "si"], // sections only: summed
        [2024, "006", "C", 200, "si"],
        [2024, "006", "41", 100, "si"] // a division of F, which 006 states itself
      ])
    );
  }, 60_000);
  const denominator = async (code: string, sector?: string) => {
    const unit = await resolveUnit(unitWarehouse.connection, code, 2024, "reported");
    const rows = await unitIndicators(unitWarehouse.connection, unit!, 2024, sector ? {sector} : {});
    return rows.find((r) => r.indicator === "fatal_rate")!.denominator;
  };

  test("a blank sector is all sectors: a section row is not added to it", async () => {
    expect(await denominator("004")).toBe(1_000);
    expect(await denominator("004", "F")).toBe(400);
  });

  test("a unit with sections and no total sums its sections, a division not on top of its section", async () => {
    expect(await denominator("006")).toBe(500);
    expect(await denominator("006", "F")).toBe(300);
    expect(await denominator("006", "41")).toBe(100);
  });

  test("the basis is not part of the key: two bases of one unit, year and sector in one file are a duplicate", async () => {
    expect(report.sheets[0]!.rejected).toBe(1);
    expect(report.sheets[0]!.firstRejects).toEqual([
      expect.objectContaining({src_row: 5, reason_en: expect.stringContaining("Same key as a row above (row 4)")})
    ]);
    expect(await denominator("005")).toBe(1_000);
  });
});
