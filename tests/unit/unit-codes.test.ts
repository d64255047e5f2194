// Reading unit codes on the two maps (DATA-CONTRACT.md, "Two maps"): a dated record on the map of its
// date, a 2025 yearly row on the new map when its code names a unit there (else the old), unless its
// `map` column says which; a code that exists as written is never padded into another level; every
// code on no map of its date is rejected with a reason naming that map, and nothing is lost.
import {join} from "node:path";
import {afterEach, beforeEach, expect, test} from "vitest";
import {ingestFile, type SheetReport} from "../../loaders/ingest/load-file.js";
import {unitFacts} from "../../loaders/indicators/aggregate.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {INCIDENT_HEADER, incidentRow, openTempWarehouse, writeCsv} from "../fixtures/files.js";

let dir: string;
let warehouse: Warehouse;

beforeEach(async () => ({dir, warehouse} = await openTempWarehouse()));
afterEach(() => warehouse.close());

async function load(path: string): Promise<SheetReport> {
  const report = await ingestFile(warehouse.connection, path);
  expect(report.refused).toBeUndefined();
  return report.sheets[0]!;
}

const rejects = () =>
  queryRows<{src_row: number; problems: string; reason_vi: string; reason_en: string}>(
    warehouse.connection,
    "SELECT src_row, problems, reason_vi, reason_en FROM rejects ORDER BY src_row"
  );
const codeOf = (problems: string) => (JSON.parse(problems) as {code: string}[]).map((p) => p.code).join(",");

test("a 2025 workforce file of mostly district codes keeps '01' as Hà Nội on the new map, not Ba Đình 001", async () => {
  // 60 old districts (3 digits) and three rows of provinces (2 digits): 95% of the codes have 3 digits.
  const districts = (
    await queryRows<{unit_code: string}>(
      warehouse.connection,
      "SELECT unit_code FROM units WHERE geography = 'pre2025' AND level = 'district' ORDER BY unit_code LIMIT 60"
    )
  ).map((r) => r.unit_code);
  expect(districts[0]).toBe("001");
  const rows = [
    ...districts.map((code, i) => [2025, code, 1000 + i]),
    [2025, "01", 1763908],
    [2025, "04", 250000],
    [2024, "01", 4000000],
    [2024, "1", 77]
  ];
  const sheet = await load(writeCsv(join(dir, "workforce-2025.csv"), [["Năm", "Mã địa bàn", "Số lao động"], ...rows]));
  expect(await rejects()).toEqual([]);
  expect([sheet.accepted, sheet.rejected]).toEqual([rows.length, 0]);
  const stored = await queryRows<{year: number; unit_code: string; geography: string; workers: number}>(
    warehouse.connection,
    `SELECT "year" AS year, unit_code, geography, workers FROM workforce
     WHERE unit_code IN ('01', '04', '001') ORDER BY year, unit_code, geography`
  );
  expect(stored).toEqual([
    {year: 2024, unit_code: "001", geography: "pre2025", workers: 77}, // "1" exists nowhere: its zeros restored
    {year: 2024, unit_code: "01", geography: "pre2025", workers: 4000000}, // exists as written: stays a province
    {year: 2025, unit_code: "001", geography: "pre2025", workers: 1000},
    {year: 2025, unit_code: "01", geography: "2025", workers: 1763908},
    {year: 2025, unit_code: "04", geography: "2025", workers: 250000}
  ]);
  // What `npm run indicators -- --unit 001 --year 2025` counts: Ba Đình's own 1,000, not Hà Nội's workforce.
  const baDinh = await unitFacts(warehouse.connection, {
    mode: "reported",
    unit: {code: "001", geography: "pre2025"},
    sectors: ["ALL"]
  });
  expect(baDinh.filter((f) => f.year === 2025).map((f) => f.workers)).toEqual([1000]);
});

test("the map column (Địa giới cũ/mới) decides a 2025 row's map; a wrong or contradicting value is rejected", async () => {
  const rows = [
    [2025, "01", 500, "cũ"],
    [2025, "79", 600, "mới"],
    [2025, "62", 700, "old"],
    [2025, "62", 800, "mới"],
    [2025, "001", 900, "Mới"],
    [2024, "01", 1000, "mới"],
    [2025, "04", 1100, "có lẽ"]
  ];
  const sheet = await load(writeCsv(join(dir, "map.csv"), [["Năm", "Mã địa bàn", "Số lao động", "Địa giới"], ...rows]));
  expect([sheet.accepted, sheet.rejected]).toEqual([3, 4]);
  expect(
    await queryRows(warehouse.connection, "SELECT unit_code, geography, workers FROM workforce ORDER BY workers")
  ).toEqual([
    {unit_code: "01", geography: "pre2025", workers: 500},
    {unit_code: "79", geography: "2025", workers: 600},
    {unit_code: "62", geography: "pre2025", workers: 700}
  ]);
  const rejected = await rejects();
  expect(rejected.map((r) => [r.src_row, codeOf(r.problems)])).toEqual([
    [5, "old_unit_after_merger"], // Kon Tum said to be on the new map: it merged into Quảng Ngãi
    [6, "old_district_after_reform"], // a district on the new map, which has none
    [7, "map_contradicts_year"],
    [8, "invalid_map"]
  ]);
});

test("dated records: each code on the map of its date, each misfit with its own reason, nothing lost", async () => {
  const cases: [string, string, string][] = [
    ["ok-new", "01/08/2025", "00004"], // new ward Ba Đình
    ["ok-old", "01/03/2024", "00004"], // old ward Trúc Bạch
    ["split", "01/08/2025", "11980"], // Hồng Châu: predecessors in Hưng Yên and Nghệ An (flagged)
    ["district", "01/08/2025", "001"],
    ["province", "01/08/2025", "62"],
    ["commune", "01/08/2025", "00001"], // Phúc Xá, merged away
    ["new-only", "30/06/2025", "11948"], // Đặc khu Bạch Long Vĩ, a unit only from 01/07/2025
    ["nowhere-old", "01/03/2024", "99999"],
    ["nowhere-new", "01/07/2025", "99999"]
  ];
  const file = writeCsv(join(dir, "dated.csv"), [
    INCIDENT_HEADER,
    ...cases.map(([id, date, code]) => incidentRow({"Mã vụ": id, "Ngày xảy ra": date, "Mã địa bàn": code}))
  ]);
  const sheet = await load(file);
  expect(sheet.accepted + sheet.rejected).toBe(cases.length);
  expect(
    await queryRows(
      warehouse.connection,
      "SELECT incident_id, unit_code, geography FROM incidents ORDER BY incident_id"
    )
  ).toEqual([
    {incident_id: "ok-new", unit_code: "00004", geography: "2025"},
    {incident_id: "ok-old", unit_code: "00004", geography: "pre2025"},
    {incident_id: "split", unit_code: "11980", geography: "2025"}
  ]);
  const rejected = await rejects();
  expect(rejected.map((r) => codeOf(r.problems))).toEqual([
    "old_district_after_reform",
    "old_unit_after_merger",
    "old_commune_after_reform",
    "new_unit_before_reform",
    "unknown_unit",
    "unknown_unit_new_map"
  ]);
  // Each reason names the map the date implies, in both languages.
  const byCode = new Map(rejected.map((r) => [codeOf(r.problems), r]));
  expect(byCode.get("unknown_unit")!.reason_en).toContain("old map");
  expect(byCode.get("unknown_unit")!.reason_vi).toContain("địa giới cũ");
  expect(byCode.get("unknown_unit_new_map")!.reason_en).toContain("new map");
  expect(byCode.get("unknown_unit_new_map")!.reason_vi).toContain("địa giới mới");
  expect(byCode.get("new_unit_before_reform")!.reason_en).toContain("only on the new map");
  expect(byCode.get("old_district_after_reform")!.reason_vi).toContain("cấp huyện");
  expect(new Set(rejected.map((r) => r.reason_en)).size).toBe(rejected.length);
  // The new commune with predecessors in two old provinces loads, flagged.
  expect(sheet.warnings.find((w) => w.code === "predecessors_in_two_provinces")).toMatchObject({count: 1});
  expect(
    await queryRows(
      warehouse.connection,
      "SELECT unit_code, src_row FROM warnings WHERE code = 'predecessors_in_two_provinces'"
    )
  ).toEqual([{unit_code: "11980", src_row: 4}]);
});

test("a 2025 yearly code on neither map is rejected naming both maps", async () => {
  await load(
    writeCsv(join(dir, "neither.csv"), [
      ["Năm", "Mã địa bàn", "Số lao động"],
      [2025, "99999", 5],
      [2025, "01", 6]
    ])
  );
  const [rejected] = await rejects();
  expect(codeOf(rejected!.problems)).toBe("unknown_unit_either_map");
  expect(rejected!.reason_en).toContain("neither the old nor the new map");
});
