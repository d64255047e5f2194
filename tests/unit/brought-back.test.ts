// The plans' final year on a small warehouse checked by hand: new-map records of H2 2025 brought back to
// the old province and district they lie in, what cannot be placed counted and named, nothing counted twice.
// Phú Yên (54) and Đắk Lắk (66) became Đắk Lắk (66) on 01/07/2025. The new commune Ea Ly (22237) took over
// Ea Lâm and Ealy, both in the old district Sông Hinh (561, Phú Yên); the new ward Phú Yên (22240) took
// over communes of two old districts of Phú Yên; Hồng Châu (11980) is given predecessors in two old
// provinces by the reference data (flagged on the data-quality page).
import {join} from "node:path";
import {beforeAll, expect, test} from "vitest";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {unitFacts, type UnitFacts} from "../../loaders/indicators/aggregate.js";
import {unplacedRecords} from "../../loaders/indicators/brought-back.js";
import {unitIndicators} from "../../loaders/indicators/results.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import type {Warehouse} from "../../loaders/warehouse/connection.js";
import type {UnitMap} from "../../contract/units.js";
import {explain} from "../../src/lib/explain.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

let warehouse: Warehouse;

beforeAll(async () => {
  const dir = tempDir();
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  const incident = (id: string, date: string, unit: string) =>
    incidentRow({"Mã vụ": id, "Ngày xảy ra": date, "Mã địa bàn": unit});
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "incidents.csv"), [
      INCIDENT_HEADER,
      incident("a", "15/03/2025", "561"), // H1, the old district itself
      incident("b", "01/08/2025", "22237"), // H2, two predecessors in one old district
      incident("c", "02/08/2025", "22240"), // H2, predecessors in two old districts of one province
      incident("d", "03/08/2025", "66"), // H2, the whole new province, merged from two old ones
      incident("e", "04/08/2025", "11980"), // H2, predecessors in two old provinces
      incident("f", "20/03/2025", "063"), // H1 only: Bạch Thông, no new-map record of its territory
      incident("g", "05/02/2026", "22237") // 2026: the new map only
    ])
  );
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      ["Năm", "Mã địa bàn", "Mã ngành", "Số lao động"],
      [2024, "561", "", 5_000],
      [2025, "22237", "", 1_000], // on the new map: the code names a new commune
      [2025, "063", "", 3_000] // on the old map (Bạch Thông has no new-map code)
    ])
  );
}, 60_000);

const factsOf = async (code: string, geography: UnitMap, year = 2025): Promise<UnitFacts | undefined> =>
  (await unitFacts(warehouse.connection, {mode: "reported", units: [{code, geography}], sectors: ["ALL"]})).find(
    (f) => f.year === year
  );

test("an old district gets its own H1 and the H2 of new communes wholly inside it", async () => {
  expect(await factsOf("561", "pre2025")).toMatchObject({accidents: 2, workers: 1_000, new_map_records: 2});
});

test("an old province also gets the new communes that span its districts, not the merged province's own records", async () => {
  expect(await factsOf("54", "pre2025")).toMatchObject({accidents: 3, workers: 1_000, new_map_records: 3});
  // the old Đắk Lắk: the new province's own record could lie in either old province
  expect((await factsOf("66", "pre2025"))?.accidents ?? null).toBeNull();
});

test("nothing is counted twice: the old provinces and the records that could not be placed add up to the country", async () => {
  expect((await factsOf("VN", "any"))!.accidents).toBe(6);
  const unplaced = await unplacedRecords(warehouse.connection);
  expect(
    unplaced
      .filter((u) => u.dataset === "incidents")
      .map((u) => [u.level, u.old_province, u.new_province, u.records])
      .sort()
  ).toEqual([
    ["district", "54", "66", 1], // c: in Phú Yên, not in one old district
    ["province", null, "33", 1], // e: Hồng Châu
    ["province", null, "66", 1] // d: the whole new Đắk Lắk
  ]);
  // 3 (Phú Yên) + 1 (Bắc Kạn: f) + 2 unplaced = 6 (the country); 2026 stays on the new map
  expect((await factsOf("06", "pre2025"))!.accidents).toBe(1);
  expect((await factsOf("561", "pre2025", 2026))?.accidents ?? null).toBeNull();
  expect((await factsOf("22237", "2025", 2026))!.accidents).toBe(1);
});

test("a full-year verdict where new-map data covers the territory, the unplaced records named in its calculation", async () => {
  const unit = {code: "561", geography: "pre2025" as const};
  const results = await unitIndicators(warehouse.connection, unit, 2025);
  const rate = results.find((r) => r.indicator === "fatal_rate" && r.target_id)!;
  expect(rate.method).not.toBe("partial_year");
  expect(rate).toMatchObject({numerator: 2, denominator: 1_000}); // the deaths of a (H1) and b (H2) over Ea Ly's workforce
  expect(rate.calculation.unplaced).toEqual([
    {dataset: "incidents", level: "province", records: 1},
    {dataset: "incidents", level: "district", records: 1}
  ]);
  expect(explain(rate, "en")).toContain(
    "1 accidents reported on the new map in H2 2025 could not be placed in an old district"
  );
  expect(explain(rate, "vi")).toContain("không xác định được thuộc tỉnh cũ nào");
});

test("partial_year stays where the data really cover half a year", async () => {
  const unit = {code: "063", geography: "pre2025" as const};
  const fatal = (await unitIndicators(warehouse.connection, unit, 2025)).find(
    (r) => r.indicator === "fatal_accidents" && r.target_id
  )!;
  expect(fatal).toMatchObject({plan_id: "bach-thong-2022", value: 1, status: "partial", method: "partial_year"});
});
