// The commands about one unit as an officer types them: a bare code on both maps says which unit it took and
// how to ask for the other; an old unit asked for after the reform is refused naming its new province; every
// usage error names the option and the value (exit 2, the data contract's usage code); a review period past
// the plan's says which years it left out.
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {beforeAll, expect, test} from "vitest";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {resolveUnit} from "../../loaders/units/units.js";
import {incidentRow, INCIDENT_HEADER, tempDir, writeCsv} from "../fixtures/files.js";

const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {encoding: "utf8"});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};

let warehouse: string;
const indicators = (...args: string[]) => run("cli/indicators.ts", ["--warehouse", warehouse, ...args]);
beforeAll(() => {
  const dir = tempDir();
  warehouse = join(dir, "w.duckdb");
  const file = writeCsv(join(dir, "tnld.csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "1", "Ngày xảy ra": "15/03/2024", "Mã địa bàn": "01"}), // old Hà Nội
    incidentRow({"Mã vụ": "2", "Ngày xảy ra": "01/08/2025", "Mã địa bàn": "01"}), // new Hà Nội
    incidentRow({"Mã vụ": "3", "Ngày xảy ra": "02/02/2026", "Mã địa bàn": "51"}) // new Quảng Ngãi
  ]);
  expect(run("cli/ingest.ts", ["--warehouse", warehouse, file]).status).toBe(0);
}, 60_000);

test("a bare code on both maps: the year's map, said with the way to ask for the other map", () => {
  const bare = indicators("--unit", "01", "--year", "2025");
  expect(bare.status, bare.stderr).toBe(0);
  expect(bare.stdout).toContain("Hà Nội (01, 2025)");
  expect(bare.stderr).toContain(
    'Mã 01 có trên cả hai bản đồ; đang dùng Hà Nội (bản đồ mới, 34 tỉnh). Dùng --unit "01|pre2025" cho Hà Nội (bản đồ cũ, 63 tỉnh)'
  );
  expect(bare.stderr).toContain(
    'Code 01 is on both maps; using Hà Nội (new map, 34 provinces). Use --unit "01|pre2025" for Hà Nội (old map, 63 provinces)'
  );
  const other = indicators("--unit", "01|pre2025", "--year", "2025");
  expect(other.status, other.stderr).toBe(0);
  expect(other.stdout).toContain("Hà Nội (01, pre2025)");
  expect(other.stderr).not.toContain("cả hai bản đồ");
  // In 2026 the old Hà Nội is gone: no namesake to offer.
  expect(indicators("--unit", "01", "--year", "2026").stderr).not.toContain("cả hai bản đồ");
}, 60_000);

test("an old province asked for after the reform: merged away, into which new province (exit 2)", () => {
  const result = indicators("--unit", "62", "--year", "2026");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(
    "Kon Tum (62) thuộc địa giới cũ, không còn từ 01/07/2025: đã sáp nhập vào Quảng Ngãi (51"
  );
  expect(result.stderr).toContain(
    "Kon Tum (62) is a unit of the old map, gone from 01/07/2025: merged into Quảng Ngãi (51"
  );
  expect(result.stdout).toBe("");
  // The new province it names is there to ask for.
  expect(indicators("--unit", "51", "--year", "2026").status).toBe(0);
}, 60_000);

test("a commune of the new map asked for a year before the reform: there only from 01/07/2025 (exit 2)", () => {
  const result = indicators("--unit", "03980", "--year", "2024");
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(
    /\(03980\) thuộc địa giới mới, chỉ có từ 01\/07\/2025; năm 2024 chỉ có địa giới cũ \/ .+ \(03980\) is a unit of the new map, there only from 01\/07\/2025; 2024 is on the old map only/
  );
  expect(result.stdout).toBe("");
  expect(indicators("--unit", "03980", "--year", "2025").status).toBe(0);
  // A review whose period reaches the new map is not refused.
  const review = run("cli/review.ts", ["--warehouse", warehouse, "--unit", "03980", "--from", "2024", "--to", "2026"]);
  expect(review.stderr).not.toContain("chỉ có từ 01/07/2025");
}, 60_000);

test("the advice for an old province names only the options the command has (the report has no --geography)", async () => {
  const {connection, close} = await openWarehouse(warehouse, {readOnly: true});
  try {
    const withOption = await resolveUnit(connection, "62", 2026, "reported");
    expect(withOption?.gone?.vi).toContain("Dùng --unit 51 hoặc --geography 2025");
    const report = await resolveUnit(connection, "62", 2026, "reported", {geographyOption: false});
    expect(report?.gone?.vi).toContain("Dùng --unit 51; năm 2026 chỉ có địa giới mới");
    expect(report?.gone?.en).toContain("Use --unit 51; 2026 is on the new map only");
  } finally {
    close();
  }
});

test("usage errors name the option and the value, in both languages, exit 2", () => {
  const cases: [string[], string][] = [
    [["--unit", "VN", "--year", "abc"], "--year: “abc” không phải là một năm / --year: “abc” is not a year"],
    [
      ["--unit", "VN", "--year", "2025", "--sector", "ZZ"],
      "--sector: “ZZ” không phải mã ngành VSIC 2018; dùng ALL (mọi ngành), một chữ A–U (ngành cấp 1) hoặc mã 2 chữ số (ngành cấp 2, ví dụ 23) / --sector: “ZZ” is not a VSIC 2018 code"
    ],
    [["--unit", "VN", "--year", "2025", "--format", "xml"], "--format: “xml” is not allowed; use one of: json, table"],
    [
      ["--unit", "VN", "--year", "2025", "--geography", "2030"],
      "--geography: “2030” không hợp lệ; dùng một trong: reported, 2025"
    ],
    [["--year", "2025"], "Thiếu --unit / --unit is missing"],
    // What node's option parser refuses, in Vietnamese too.
    [
      ["--unit", "VN", "--year", "-2024"],
      "--year: giá trị bắt đầu bằng dấu “-”; nếu đúng là vậy, viết liền: --year=-… / --year: the value starts with “-”"
    ],
    [["--year", "2025", "--unit"], "--unit thiếu giá trị / --unit needs a value"],
    [
      ["--unit", "VN", "--year", "2025", "--lang", "en"],
      "Lệnh này không có tùy chọn --lang / This command has no option --lang"
    ]
  ];
  for (const [args, message] of cases) {
    const result = indicators(...args);
    expect(result.status, args.join(" ")).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  }
  // A known division and a section still work.
  expect(indicators("--unit", "VN", "--year", "2025", "--sector", "23").status).toBe(0);
  const rejects = run("cli/rejects.ts", ["--warehouse", warehouse, "--format", "xml"]);
  expect(rejects.status).toBe(2);
  expect(rejects.stderr).toContain(
    "--format: “xml” không hợp lệ; dùng một trong: csv, json / --format: “xml” is not allowed; use one of: csv, json"
  );
  const reversed = run("cli/review.ts", ["--warehouse", warehouse, "--unit", "VN", "--from", "2025", "--to", "2021"]);
  expect(reversed.status).toBe(2);
  expect(reversed.stderr).toContain("--from 2025 is after --to 2021");
}, 120_000);

test("npm run review past the plan's period: the years outside it are named, the plan's years reviewed", () => {
  const result = run("cli/review.ts", [
    ...["--warehouse", warehouse, "--unit", "VN", "--from", "2021", "--to", "2026", "--format", "json"]
  ]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toContain(
    "Năm 2026 nằm ngoài giai đoạn 2021–2025 của kế hoạch vn-nq19-2022: chỉ tổng kết 2021–2025"
  );
  expect(result.stderr).toContain("2026 lies outside the plan's period 2021–2025 (vn-nq19-2022): reviewing 2021–2025");
  expect(result.stderr).not.toContain("no plan applies");
  const reviews = JSON.parse(result.stdout) as {period_from: number; period_to: number}[];
  expect(reviews.length).toBeGreaterThan(0);
  expect(reviews.every((r) => r.period_from === 2021 && r.period_to === 2025)).toBe(true);
}, 60_000);
