// What the site shows is what the command line computes: the functions the site's data loaders call
// (loaders/export/site-data.ts) give, for the same unit and year, the results of `npm run indicators`,
// report timeliness included — for the country, a province, a district and a province of the new map.
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {INDICATOR_IDS} from "../../contract/indicators.js";
import type {SiteResult, SiteUnit} from "../../contract/site.js";
import {loadDemo} from "../../loaders/demo/load.js";
import {compact, siteResults, siteUnits} from "../../loaders/export/site-data.js";
import {compareUnits} from "../../loaders/indicators/compare-units.js";
import {unitIndicators} from "../../loaders/indicators/results.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {resolveUnit, unitMode} from "../../loaders/units/units.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {tempDir} from "../fixtures/files.js";

let warehouse: Warehouse;
let units: SiteUnit[];
let trends: SiteResult[];

beforeAll(async () => {
  const dir = tempDir("osh-one-engine-");
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  await loadDemo(warehouse.connection, join(dir, "demo"));
  units = await siteUnits(warehouse.connection);
  trends = await siteResults(warehouse.connection, units, {targetsOnly: false});
}, 180_000);
afterAll(() => warehouse.close());

/** The command line's results for a site unit and year, as the site's files carry them. */
async function commandLine(key: string, year: number): Promise<SiteResult[]> {
  const unit = units.find((u) => u.key === key)!;
  const resolved = await resolveUnit(warehouse.connection, unit.code, year, unit.mode);
  return (await unitIndicators(warehouse.connection, resolved!, year, {mode: unit.mode})).map(compact);
}

const siteRows = (key: string, year: number) => trends.filter((r) => r.unit === key && r.year === year);

describe("the site's results are the command line's", () => {
  test.each([
    ["the country", "VN|any", 2024],
    ["the country on the new map's year", "VN|any", 2025],
    ["a province with its own plan (Kon Tum)", "62|pre2025", 2024],
    ["a district with its own plan (Bạch Thông)", "063|pre2025", 2024],
    ["a province of the new map (Thái Nguyên)", "19|2025", 2025]
  ])("%s: %s in %i", async (_, key, year) => {
    const site = siteRows(key, year);
    expect(new Set(site.map((r) => r.indicator))).toEqual(new Set(INDICATOR_IDS));
    expect(site).toEqual(await commandLine(key, year));
  });

  test("counts and denominators reach the site exactly (Kon Tum's fatal rate in 2025: its workers, not 5 figures)", async () => {
    const konTum = units.find((u) => u.key === "62|pre2025")!;
    const resolved = await resolveUnit(warehouse.connection, konTum.code, 2025, konTum.mode);
    const engine = (await unitIndicators(warehouse.connection, resolved!, 2025, {mode: konTum.mode})).find(
      (r) => r.indicator === "fatal_rate" && r.target_id !== null
    )!;
    expect(engine.denominator! % 100).not.toBe(0); // the demo's workers: 5 significant figures would change them
    const site = siteRows("62|pre2025", 2025).find((r) => r.indicator === "fatal_rate" && r.target_id !== null)!;
    expect([site.numerator, site.denominator]).toEqual([engine.numerator, engine.denominator]);
    expect(site.value).toBe(Number(engine.value!.toPrecision(5))); // a rate, shown as a rate
  });

  test("report timeliness reaches the site: the country counts the provinces of the year's map", () => {
    const timeliness = (year: number) =>
      siteRows("VN|any", year).find((r) => r.indicator === "report_timeliness" && r.target_id === null)!;
    expect(timeliness(2024).denominator).toBe(63);
    expect(timeliness(2025).denominator).toBe(34);
    expect(timeliness(2024).numerator).toBeGreaterThan(0);
  });
});

test("a new commune's half year 2025: one fatal rate over person-years, on the overview, the trends and the comparison", async () => {
  // Phường Hoàn Kiếm (00070): its incidents start on 01/07/2025, its workers are the whole year's
  const [{deaths, workers}] = await queryRows<{deaths: number; workers: number}>(
    warehouse.connection,
    `SELECT (SELECT CAST(coalesce(sum(deaths) FILTER (WHERE labour_relation), 0) AS DOUBLE) FROM incidents
               WHERE unit_code = '00070' AND geography = '2025' AND "year" = 2025) AS deaths,
            (SELECT CAST(sum(workers) AS DOUBLE) FROM workforce
               WHERE unit_code = '00070' AND geography = '2025' AND "year" = 2025 AND sector_code IS NULL) AS workers`
  );
  const expected = (deaths / ((workers * 184) / 365)) * 100_000;
  expect(deaths).toBeGreaterThan(0);
  const commune = (await siteUnits(warehouse.connection, undefined, {every: true})).filter(
    (u) => u.key === "00070|2025"
  );
  const site = (await siteResults(warehouse.connection, commune, {targetsOnly: false})).find(
    (r) => r.indicator === "fatal_rate" && r.year === 2025 && r.sector === "ALL"
  )!;
  const engine = (await unitIndicators(warehouse.connection, {code: "00070", geography: "2025"}, 2025)).find(
    (r) => r.indicator === "fatal_rate" && r.sector === "ALL"
  )!;
  expect(engine).toMatchObject({status: "partial", method: "partial_year", numerator: deaths, denominator: workers});
  expect(engine.value).toBeCloseTo(expected, 9);
  expect(site.value).toBe(Number(expected.toPrecision(5)));
  const compared = (await compareUnits(warehouse.connection, {year: 2025, level: "commune", parent: "01"})).units.find(
    (u) => u.unit_code === "00070"
  )!;
  expect(compared.rate).toBeCloseTo(engine.value!, 9);
});

test("the command's default for a new province is the site's: Hà Nội (01) in 2025 with its old provinces' first half", async () => {
  // what `npm run indicators -- --unit 01 --year 2025` computes (cli/unit-command.ts)
  const unit = (await resolveUnit(warehouse.connection, "01", 2025, "reported"))!;
  const mode = unitMode(unit);
  expect(mode).toBe("2025");
  const command = (await unitIndicators(warehouse.connection, unit, 2025, {mode})).map(compact);
  expect(siteRows("01|2025", 2025)).toEqual(command);
});
