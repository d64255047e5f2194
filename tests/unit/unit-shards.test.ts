// The scorecards of every unit, cut into one file per province on each map: every unit of the reference
// is in exactly one file, the file its address leads to exists and is one the overview can load, and
// the archive Framework extracts them from reads back.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {inflateRawSync} from "node:zlib";
import {beforeAll, expect, test} from "vitest";
import {unitArchive} from "../../loaders/export/unit-shards.js";
import {compareUnits, type ComparisonResult} from "../../loaders/indicators/compare-units.js";
import {zipArchive, type ZipEntry} from "../../loaders/export/zip.js";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {adminUnits} from "../../loaders/reference/admin-units.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {headerLabels} from "../../contract/ingest/datasets.js";
import {fromColumnar} from "../../src/lib/table.js";
import {findUnits, searchable, shardOfKey, type DirectoryUnit, type UnitName} from "../../contract/unit-directory.js";
import {incidentRow, INCIDENT_HEADER, tempDir, writeCsv} from "../fixtures/files.js";

let files: Map<string, unknown>;
let communeComparison: ComparisonResult;
const otherCommune = adminUnits().find(
  (u) => u.geography === "2025" && u.level === "commune" && u.province_code === "19" && u.unit_code !== "02014"
)!.unit_code;

/** Reads a ZIP's entries back (central directory → local headers → inflate). */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26);
    entries.set(name, inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(at + 20))));
    at += 46 + nameLength;
  }
  return entries;
}

beforeAll(async () => {
  const dir = tempDir();
  const warehouse = await openWarehouse(join(dir, "w.duckdb"));
  // Phủ Thông (01969), a commune of Bạch Thông on the old map, and Xã Bạch Thông (02014) on the new one
  const incidents = [
    incidentRow({"Mã vụ": "a", "Ngày xảy ra": "12/05/2024", "Mã địa bàn": "01969", "Số người chết": 1}),
    incidentRow({"Mã vụ": "b", "Ngày xảy ra": "12/08/2025", "Mã địa bàn": "02014", "Số người chết": 1})
  ];
  await ingestFile(warehouse.connection, writeCsv(join(dir, "incidents.csv"), [INCIDENT_HEADER, ...incidents]));
  // the workforce of two new communes of Thái Nguyên (19) in 2025: the commune comparison's units
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      headerLabels("workforce", ["year", "unit_code", "workers"]),
      [2025, "02014", 4000],
      [2025, otherCommune, 6000]
    ])
  );
  communeComparison = await compareUnits(warehouse.connection, {year: 2025, level: "commune", parent: "19"});
  const entries = await unitArchive(warehouse.connection);
  warehouse.close();
  files = new Map([...readZip(zipArchive(entries))].map(([name, data]) => [name, JSON.parse(data.toString("utf8"))]));
  // every unit's results of a warehouse: ~5 s alone, over 10 s beside the other test files on a loaded machine
}, 120_000);

const names = () => fromColumnar<UnitName>(files.get("names.json") as never);
const shardUnits = () =>
  [...files]
    .filter(([name]) => name !== "names.json" && name !== "meta.json")
    .map(([name, file]) => ({name: name.replace(/\.json$/, ""), units: (file as {units: DirectoryUnit[]}).units}));

test("every unit of the reference (the country once, both maps) is in the names list and in one file, exactly once", () => {
  const reference = adminUnits()
    .filter((u) => u.level !== "country")
    .map((u) => `${u.unit_code}|${u.geography}`);
  const expected = ["VN|any", ...reference].sort();
  expect(
    names()
      .map((n) => n.key)
      .sort()
  ).toEqual(expected);
  const inFiles = shardUnits().flatMap((s) => s.units.map((u) => u.key));
  expect(inFiles.sort()).toEqual(expected);
  // 63 + 34 provinces and the country: one file each, holding the unit and everything below it
  expect(shardUnits()).toHaveLength(98);
});

test("a unit's file is the one its names-list row and its address lead to, and the overview names every file", () => {
  const fileOf = new Map(shardUnits().flatMap((s) => s.units.map((u) => [u.key, s.name] as const)));
  for (const n of names()) {
    expect(fileOf.get(n.key)).toBe(n.shard);
    const fromKey = shardOfKey(n.key);
    if (fromKey !== undefined) expect(fromKey).toBe(n.shard);
  }
  // the literal FileAttachment names the overview can load: every file, nothing else
  const source = readFileSync("src/lib/unit-files.ts", "utf8");
  const literal = [...source.matchAll(/FileAttachment\("\.\.\/data\/units\/([\w-]+)\.json"\)/g)].map((m) => m[1]);
  expect(literal.sort()).toEqual([...files.keys()].map((f) => f.replace(/\.json$/, "")).sort());
});

test("a commune with data has its scorecard rows in its province's file; the new province lists what it merged", () => {
  const bacKan = files.get("pre2025-06.json") as {
    units: DirectoryUnit[];
    scorecards: {columns: string[]; rows: unknown[][]};
  };
  const rows = fromColumnar<{unit: string; year: number}>(bacKan.scorecards);
  expect(rows.some((r) => r.unit === "01969|pre2025" && r.year === 2024)).toBe(true);
  const newCommune = files.get("2025-19.json") as {
    units: DirectoryUnit[];
    scorecards: {columns: string[]; rows: unknown[][]};
  };
  expect(fromColumnar<{unit: string}>(newCommune.scorecards).some((r) => r.unit === "02014|2025")).toBe(true);
  const thaiNguyen = newCommune.units.find((u) => u.key === "19|2025")!;
  expect(thaiNguyen.merged_from).toEqual(["Tỉnh Bắc Kạn", "Tỉnh Thái Nguyên"]);
  expect(thaiNguyen.mode).toBe("2025");
  // a unit without a plan of its own is told whose plan it inherits
  const commune = bacKan.units.find((u) => u.key === "01969|pre2025")!;
  expect(commune.plan_years.find((p) => p.year === 2024)?.reason.vi).toMatch(/^Kế hoạch cấp trên của /);
});

test("the type-ahead finds names with or without diacritics and spaces, tells namesakes apart", () => {
  const list = searchable(names());
  const found = (query: string) => findUnits(list, query).matches.map((m) => `${m.name} | ${m.parent} | ${m.key}`);
  for (const query of ["Bạch Thông", "bach thong", "BACH THONG"]) {
    expect(found(query)).toContain("Huyện Bạch Thông | Bắc Kạn | 063|pre2025");
    expect(found(query)).toContain("Xã Bạch Thông | Thái Nguyên | 02014|2025");
  }
  expect(found("Ea Ly")).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Xã Ealy \| .*Phú Yên \| 22237\|pre2025$/),
      "Xã Ea Ly | Đắk Lắk | 22237|2025"
    ])
  );
  expect(findUnits(list, "xã", 30).total).toBeGreaterThan(30);
  expect(findUnits(list, "zzzz").total).toBe(0);
});

test("a ZIP with UTF-8 names reads back", () => {
  const entries: ZipEntry[] = [
    {name: "Bạch Thông.json", data: Buffer.from('{"x":1}')},
    {name: "empty.json", data: Buffer.alloc(0)}
  ];
  const back = readZip(zipArchive(entries));
  expect([...back.keys()]).toEqual(["Bạch Thông.json", "empty.json"]);
  expect(back.get("Bạch Thông.json")!.toString()).toBe('{"x":1}');
});

test("the communes of a new province are compared on the new map, from 2025", () => {
  expect(communeComparison.level).toBe("commune");
  expect(communeComparison.units.map((u) => [u.unit_code, u.parent_code, u.deaths, u.workers])).toEqual(
    [
      ["02014", "19", 1, 4000],
      [otherCommune, "19", 0, 6000]
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  );
  // the new map's incidents of 2025 start on 01/07: rates per person-year, over workers × 184/365
  expect(communeComparison.covered).toEqual({from: "2025-07-01", to: "2025-12-31", days: 184, year_days: 365});
  expect(communeComparison.reference_rate).toBeCloseTo((1 / (10_000 * (184 / 365))) * 100_000);
});
