// A yearly 2025 figure covers the whole year, so the two maps' rows for one territory are never both
// counted (aggregate.ts, countedJoin). Hà Nội kept its borders on 01/07/2025; the new ward Ba Đình (00004)
// lies wholly in the old district Ba Đình (001), the new ward Hoàn Kiếm (00070) outside it.
import {join} from "node:path";
import {beforeAll, expect, test} from "vitest";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {unitFacts} from "../../loaders/indicators/aggregate.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import type {Warehouse} from "../../loaders/warehouse/connection.js";
import type {UnitMap} from "../../contract/units.js";
import type {GeographyMode} from "../../loaders/units/units.js";
import {tempDir, writeCsv} from "../fixtures/files.js";

let warehouse: Warehouse;

beforeAll(async () => {
  const dir = tempDir();
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      ["Năm", "Mã địa bàn", "Mã ngành", "Số lao động"],
      [2025, "00004", "", 1_000], // new map: the ward Ba Đình
      [2025, "00070", "", 2_000], // new map: the ward Hoàn Kiếm
      [2025, "001", "", 50_000] // old map: the district Ba Đình, the whole year
    ])
  );
}, 60_000);

const workers = async (code: string, geography: UnitMap, mode: GeographyMode = "reported") =>
  (await unitFacts(warehouse.connection, {mode, units: [{code, geography}], sectors: ["ALL"]})).find(
    (f) => f.year === 2025
  )?.workers;

test("an old unit counts its old-map rows for their territory and the new-map rows brought back elsewhere", async () => {
  expect(await workers("001", "pre2025")).toBe(50_000);
  // old Hà Nội: Hoàn Kiếm's 2,000 brought back, Ba Đình's 50,000 of the old map (not the ward's 1,000 too)
  expect(await workers("01", "pre2025")).toBe(52_000);
});

test("the new map and the country count the new-map rows, not the old map's for the same territory", async () => {
  expect(await workers("01", "2025", "2025")).toBe(3_000);
  expect(await workers("VN", "any")).toBe(3_000);
  expect(await workers("VN", "any", "2025")).toBe(3_000);
});
