// @vitest-environment jsdom
// The chart registry: what each chart shows, in which order, and the embed link that shows the same chart.
import {expect, test} from "vitest";
import type {SiteUnit} from "../../contract/site.js";
import {charts, sectorRows, trendSeries, type SectorRow} from "../../src/lib/charts.js";
import {tasksByAgency, timelinessByProvince} from "../../src/lib/summaries.js";
import {formatIndicatorValue} from "../../src/lib/indicator-format.js";
import {resultRow} from "../fixtures/results.js";

const unit = (key: string, name: string, level = "province"): SiteUnit => {
  const [code, geography] = key.split("|") as [string, string];
  return {
    key: key as SiteUnit["key"],
    code,
    geography: geography as SiteUnit["geography"],
    mode: "reported",
    name,
    level,
    parent: null,
    province_2025: null,
    plan_id: null,
    plan_years: []
  };
};
const units = [unit("VN|any", "Việt Nam", "country"), unit("62|pre2025", "Tỉnh Kon Tum")];

const sector = (code: string, rate: number | null, fatal: number, extra: Partial<SectorRow> = {}): SectorRow => ({
  unit: "VN|any",
  year: 2024,
  sector: code,
  fatal_accidents: fatal,
  deaths_labour_relations: fatal,
  workers: 1000,
  rate,
  ci_low: rate,
  ci_high: rate,
  ...extra
});

test("sectors: the high-risk sectors first in the plans' order, then by rate; equal rates by fatal accidents", () => {
  const rows = [
    sector("C", 2, 5),
    sector("A", 2, 9),
    sector("23", 1, 1),
    sector("G", null, 30),
    sector("F", 4, 10),
    sector("H", 3, 1),
    sector("F", 9, 9, {year: 2023}),
    sector("B", 7, 2, {unit: "62|pre2025"})
  ];
  expect(sectorRows(rows, "VN|any", 2024).map((r) => r.sector)).toEqual(["F", "23", "H", "A", "C", "G"]);
});

test("the sectors chart draws, exports and links to the rows it was set up with", () => {
  const data = {
    rows: [sector("C", 2, 5), sector("A", 2, 9), sector("F", 4, 10)],
    sectors: [
      {sector_code: "F", name_vi: "Xây dựng", name_en: "Construction"},
      {sector_code: "A", name_vi: "Nông nghiệp", name_en: "Agriculture"}
    ],
    covered: [{unit: "VN|any", year: 2026, from: "2026-01-01", to: "2026-06-30", days: 181, year_days: 365}]
  };
  const setup = charts.sectors(data, {units, unit: "VN|any", year: 2024, lang: "en"});
  expect(setup.subtitle).toBe("Whole country · 2024");
  // a year the incidents cover in part: its rates are over the person-years, said under the title
  expect(charts.sectors(data, {units, unit: "VN|any", year: 2026, lang: "vi"}).subtitle).toBe(
    "Toàn quốc · 2026 · Phơi nhiễm: lao động × 181/365 năm (01/01/2026–30/06/2026)"
  );
  expect(setup.rows.map((r) => r.sector)).toEqual(["F", "A", "C"]);
  expect(setup.exportColumns[0]!.value(setup.rows[1]!)).toBe("A · Agriculture");
  // the bars in the same order: the chart's accessible summary names the first three
  expect(setup.draw({width: 640, document}).querySelector("[aria-label]")!.getAttribute("aria-label")).toBe(
    "Fatal accidents: F · Construction 10, A · Agriculture 9, C ·  5"
  );
  expect(setup.embedPath).toBe("./embed.html?chart=sectors&unit=VN%7Cany&year=2024&lang=en");
});

test("trends: one series per indicator and sector with a value, the targeted ones first", () => {
  const results = [
    resultRow("deaths", 2023, 3),
    resultRow("deaths", 2022, 4),
    resultRow("exams", 2023, null),
    resultRow("fatal_rate", 2023, 4.1, {target_id: "t1"}),
    resultRow("deaths", 2023, 2, {sector: "F"}),
    resultRow("accidents", 2023, 9, {unit: "VN|any"})
  ];
  expect(trendSeries(results, "62|pre2025")).toEqual([
    {indicator: "fatal_rate", sector: "ALL"},
    {indicator: "deaths", sector: "ALL"},
    {indicator: "deaths", sector: "F"}
  ]);
  const setup = charts.trend(results, {units, unit: "62|pre2025", indicator: "deaths", sector: "ALL", lang: "vi"});
  expect(setup.rows.map((r) => r.year)).toEqual([2022, 2023]);
  expect(setup.subtitle).toBe("Tỉnh Kon Tum · 2022–2023");
  expect(setup.embedPath).toBe("./embed.html?chart=trend&unit=62%7Cpre2025&indicator=deaths&sector=ALL&lang=vi");
});

test("timeliness by province: a province's own report and its units' together in one row, the worst share first", () => {
  const row = (name: string, level: string, province: string, on_time: boolean, year = 2024) => ({
    year,
    level,
    name,
    province,
    on_time
  });
  // As the site's data has them: a province's full name ("Tỉnh A") and its short one under "province".
  const rows = [
    row("Tỉnh A", "province", "A", true),
    row("Huyện A1", "district", "A", false),
    row("Tỉnh B", "province", "B", true),
    row("Huyện B1", "district", "B", true),
    row("Huyện B2", "district", "B", false),
    row("Tỉnh A", "province", "A", false, 2023)
  ];
  expect(timelinessByProvince(rows, 2024)).toEqual([
    {province: "A", onTime: 1, total: 2, share: 0.5},
    {province: "B", onTime: 2, total: 3, share: 2 / 3}
  ]);
});

test("tasks by agency: each status counted in the year, the agencies in Vietnamese order", () => {
  const task = (lead: string, status?: string) => ({lead, status: status ? {"2024": {status}} : {}});
  const tasks = [task("Sở Y tế", "done"), task("Sở LĐTBXH", "in_progress"), task("Sở Y tế"), task("Sở Y tế", "done")];
  expect(tasksByAgency(tasks, "2024")).toEqual([
    {agency: "Sở LĐTBXH", total: 1, done: 0, in_progress: 1, not_started: 0},
    {agency: "Sở Y tế", total: 3, done: 2, in_progress: 0, not_started: 0}
  ]);
});

test("a count's target that is not whole keeps its decimals: 0.33 fatal accidents is not a target of 0", () => {
  expect(formatIndicatorValue("fatal_accidents", 0.33, "vi")).toBe("0,33");
  expect(formatIndicatorValue("fatal_accidents", 2, "vi")).toBe("2");
  expect(formatIndicatorValue("fatal_accidents", 1234, "en")).toBe("1,234");
});
