// The two maps through the commands as an officer runs them: codes of the wrong map for their date go
// through `npm run ingest` each with its own reason in both languages and nothing lost; `npm run indicators`
// and `npm run review` refuse years outside the warehouse's data (exit 2, the data contract's usage error).
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {beforeAll, expect, test} from "vitest";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {encoding: "utf8"});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};

let dir: string;
let warehouse: string;
let loaded: ReturnType<typeof run>;
beforeAll(() => {
  dir = tempDir();
  warehouse = join(dir, "w.duckdb");
  const file = writeCsv(join(dir, "hai-dia-gioi.csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "ok", "Ngày xảy ra": "01/08/2025", "Mã địa bàn": "00004"}), // new ward Ba Đình
    incidentRow({"Mã vụ": "district", "Ngày xảy ra": "01/08/2025", "Mã địa bàn": "063"}), // Bạch Thông: no districts now
    incidentRow({"Mã vụ": "merged", "Ngày xảy ra": "02/08/2025", "Mã địa bàn": "62"}), // Kon Tum merged into Quảng Ngãi
    incidentRow({"Mã vụ": "too-early", "Ngày xảy ra": "30/06/2025", "Mã địa bàn": "11948"}), // Bạch Long Vĩ special zone
    incidentRow({"Mã vụ": "split", "Ngày xảy ra": "03/08/2025", "Mã địa bàn": "11980"}) // Hồng Châu: two old provinces
  ]);
  loaded = run("cli/ingest.ts", ["--warehouse", warehouse, file]);
}, 60_000);

test("npm run ingest: each misfit of the maps rejected with its own reason, the split commune loaded and flagged", () => {
  expect(loaded.status, loaded.stderr).toBe(3);
  expect(loaded.stdout).toContain("rows read 5 · accepted 2 · rejected 3");
  const rejects = run("cli/rejects.ts", ["--warehouse", warehouse, "--format", "json"]);
  expect(rejects.status).toBe(0);
  const rows = JSON.parse(rejects.stdout) as {row: number; reason_vi: string; reason_en: string}[];
  expect(rows.map((r) => r.row)).toEqual([3, 4, 5]);
  const [district, merged, early] = rows;
  expect(district!.reason_vi).toContain("cấp huyện");
  expect(merged!.reason_en).toMatch(/merged|no longer/i);
  expect(early!.reason_en).toContain("only on the new map");
  // each in both languages, each its own
  expect(new Set(rows.map((r) => r.reason_en)).size).toBe(3);
  expect(new Set(rows.map((r) => r.reason_vi)).size).toBe(3);
  expect(rows.every((r) => r.reason_vi !== r.reason_en)).toBe(true);
  expect(loaded.stdout).toMatch(/hai tỉnh cũ|two old provinces/);
});

test("npm run indicators refuses a year outside the data in both languages, with the usage exit code", () => {
  for (const year of ["1800", "2040"]) {
    const result = run("cli/indicators.ts", ["--warehouse", warehouse, "--unit", "VN", "--year", year]);
    expect(result.status, year).toBe(2);
    expect(result.stderr).toContain(`Không có số liệu năm ${year}`);
    expect(result.stderr).toContain(`no data for ${year}: the warehouse's data cover 2025–2025`);
    expect(result.stdout).toBe("");
  }
  expect(run("cli/indicators.ts", ["--warehouse", warehouse, "--unit", "VN", "--year", "2025"]).status).toBe(0);
});

test("npm run review refuses a period that holds no year of the data", () => {
  const result = run("cli/review.ts", ["--warehouse", warehouse, "--unit", "VN", "--from", "2010", "--to", "2015"]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("no data for 2010–2015");
});

test("npm run indicators: a new-map commune is the same unit on either geography; a new province defaults to the site's", () => {
  const accidents = (args: string[]) => {
    const result = run("cli/indicators.ts", ["--warehouse", warehouse, "--year", "2025", "--format", "json", ...args]);
    expect(result.status, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as {indicator: string; value: number | null}[]).find(
      (r) => r.indicator === "accidents"
    )!.value;
  };
  // Ba Đình's one incident of August 2025, asked for in today's geography or as reported
  expect(accidents(["--unit", "00004", "--geography", "2025"])).toBe(1);
  expect(accidents(["--unit", "00004"])).toBe(1);
  // Hà Nội (new map) without --geography: its old provinces' first half included, as the site shows it
  const table = run("cli/indicators.ts", ["--warehouse", warehouse, "--year", "2025", "--unit", "01"]);
  expect(table.stdout).toContain("2025 map: the old provinces' first half of 2025 included");
  const reported = run("cli/indicators.ts", [
    "--warehouse",
    warehouse,
    "--year",
    "2025",
    "--unit",
    "01",
    "--geography",
    "reported"
  ]);
  expect(reported.stdout).toContain("data as reported");
});
