// The data-quality matrix: who sent what. Counts per province and district (own rows plus those of the
// units inside, never twice), then received / late / missing against the report deadline.
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {receivedCounts} from "../../loaders/export/received.js";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import type {Warehouse} from "../../loaders/warehouse/connection.js";
import {fromColumnar} from "../../src/lib/table.js";
import {receivedMatrix, type MatrixUnit, type ReceivedCounts, type Submission} from "../../src/lib/received-matrix.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

describe("receivedCounts", () => {
  let warehouse: Warehouse;
  let counts: Awaited<ReturnType<typeof receivedCounts>>;
  beforeAll(async () => {
    const dir = tempDir();
    warehouse = await openWarehouse(join(dir, "w.duckdb"));
    // Hà Nội (01): two accidents in Ba Đình (001) and one in its commune Phúc Xá (00001) in 2023,
    // one reported by the province itself in 2024; Hà Giang (02): one in 2024.
    const file = writeCsv(join(dir, "tai-nan.csv"), [
      INCIDENT_HEADER,
      incidentRow({"Mã vụ": "a", "Mã địa bàn": "001", "Ngày xảy ra": "10/02/2023"}),
      incidentRow({"Mã vụ": "b", "Mã địa bàn": "001", "Ngày xảy ra": "11/02/2023"}),
      incidentRow({"Mã vụ": "c", "Mã địa bàn": "00001", "Ngày xảy ra": "12/02/2023"}),
      incidentRow({"Mã vụ": "d", "Mã địa bàn": "01", "Ngày xảy ra": "12/02/2024"}),
      incidentRow({"Mã vụ": "e", "Mã địa bàn": "02", "Ngày xảy ra": "12/03/2024"})
    ]);
    const report = await ingestFile(warehouse.connection, file);
    expect(report.sheets[0]!.accepted).toBe(5);
    counts = await receivedCounts(warehouse.connection);
  });
  afterAll(() => warehouse?.close());

  test("a row counts for its unit, its district and its province, once each", () => {
    expect(counts.years).toEqual([2023, 2024]);
    // per unit: [2023, 2024]
    expect(counts.counts.incidents).toEqual({
      "01|pre2025": [3, 1], // a + b + c; d
      "001|pre2025": [3, 0], // a + b (own) + c (its commune Phúc Xá)
      "02|pre2025": [0, 1] // e
    });
    expect(counts.counts.workforce).toBeUndefined();
  });

  test("the units are the 63 + 34 provinces and the old districts", () => {
    const units = fromColumnar<MatrixUnit>(counts.units);
    expect(units.filter((u) => u.level === "province" && u.geography === "pre2025")).toHaveLength(63);
    expect(units.filter((u) => u.level === "province" && u.geography === "2025")).toHaveLength(34);
    expect(units.filter((u) => u.level === "district" && u.geography === "2025")).toHaveLength(0);
  });
});

describe("receivedMatrix", () => {
  const unit = (unit_code: string, level: string, province_code: string): MatrixUnit => ({
    unit_code,
    geography: "pre2025",
    level,
    name: `U${unit_code}`,
    province_code
  });
  const units = [unit("01", "province", "01"), unit("001", "district", "01"), unit("02", "province", "02")];
  // years 2021, 2022, 2023
  const cells: ReceivedCounts = {
    years: [2021, 2022, 2023],
    counts: {
      workforce: {"01|pre2025": [0, 5, 4], "001|pre2025": [0, 2, 0], "02|pre2025": [0, 0, 7]},
      training: {"02|pre2025": [1, 0, 0]},
      incidents: {"01|pre2025": [0, 3, 0], "02|pre2025": [0, 0, 2]}
    }
  };
  const submission = (unit_code: string, year: number, submitted_on: string, due: string): Submission => ({
    unit_code,
    geography: "pre2025",
    year,
    submitted_on,
    due,
    on_time: submitted_on <= due
  });
  const submissions = [
    submission("01", 2023, "2023-12-20", "2023-12-15"), // late
    submission("02", 2023, "2023-12-01", "2023-12-15"), // on time
    submission("02", 2022, "2023-01-30", "2022-12-15") // late, but nothing sent: still missing
  ];

  test("provinces: received, late and missing by hand", () => {
    const m = receivedMatrix(units, cells, submissions, {dataset: "workforce", geography: "pre2025", province: ""});
    expect(m.years).toEqual([2022, 2023]); // 2021 had only training rows
    expect(m.rows.map((r) => [r.unit.unit_code, ...r.cells.map((c) => c.status)])).toEqual([
      ["01", "received", "late"],
      ["02", "missing", "received"]
    ]);
    expect(m.totals).toEqual({received: 2, late: 1, missing: 1});
    expect(m.rows[0]!.cells[1]!.submission?.submitted_on).toBe("2023-12-20");
  });

  test("one province: the province and its districts", () => {
    const m = receivedMatrix(units, cells, submissions, {dataset: "workforce", geography: "pre2025", province: "01"});
    expect(m.rows.map((r) => [r.unit.unit_code, ...r.cells.map((c) => `${c.status}:${c.rows}`)])).toEqual([
      ["01", "received:5", "late:4"],
      ["001", "received:2", "missing:0"]
    ]);
  });

  test("accidents: no row is an answer when the unit sent its report, missing when it did not", () => {
    const m = receivedMatrix(units, cells, submissions, {dataset: "incidents", geography: "pre2025", province: ""});
    expect(m.years).toEqual([2022, 2023]);
    expect(m.rows.map((r) => [r.unit.unit_code, ...r.cells.map((c) => c.status)])).toEqual([
      ["01", "received", "late"], // 2023: no accident, report late
      ["02", "late", "received"] // 2022: no accident row, report sent late
    ]);
  });

  test("the other map has its own years and units", () => {
    const m = receivedMatrix(units, cells, submissions, {dataset: "workforce", geography: "2025", province: ""});
    expect(m.years).toEqual([]);
    expect(m.rows).toEqual([]);
  });
});
