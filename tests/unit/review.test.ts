// The period review: a change target is answered by the interval of the average annual change, a share
// target by the pooled count. Expected numbers were computed independently with numpy/scipy (a Poisson
// GLM fitted by IRLS with log(workers) as offset, Pearson φ over n − 2; when φ > 1 the interval is widened by
// √φ and uses t on n − 2 degrees of freedom, else the normal quantile).
import type {Method} from "../../contract/indicators.js";
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {expect, test} from "vitest";
import type {Plan} from "../../loaders/indicators/plans.js";
import {reviewPlan, type YearlyResult} from "../../loaders/indicators/review.js";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {explainReview} from "../../src/lib/review-text.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

const plan: Plan = {
  id: "p",
  title: "Kế hoạch thử",
  issuer: {unit_code: "VN", geography: "any", name: "Chính phủ"},
  document: {number: null, date: "2021-01-01", kind: "Kế hoạch"},
  source: "test",
  period: {from: 2021, to: 2025},
  baseline_year: 2020,
  report_deadline: null,
  targets: [
    {
      id: "fatal",
      indicator: "fatal_rate",
      rule: {kind: "annual_change", direction: "decrease", percent: 4},
      sentence: "Giảm 4%/năm."
    },
    {
      id: "exams",
      indicator: "exams",
      rule: {kind: "annual_change", direction: "increase", percent: 5},
      sentence: "Tăng 5%/năm."
    },
    {
      id: "train",
      indicator: "training_coverage_3",
      rule: {kind: "share", comparison: "above", value: 0.8},
      sentence: "Trên 80%."
    },
    {
      id: "inv",
      indicator: "fatal_investigated",
      rule: {kind: "share", comparison: "at_least", value: 1},
      sentence: "100%."
    }
  ],
  not_expressed: []
};

const row = (
  target_id: string,
  year: number,
  numerator: number,
  denominator: number | null,
  method: Method = "jeffreys_probability_on_track"
): YearlyResult => ({
  year,
  indicator: plan.targets.find((t) => t.id === target_id)!.indicator,
  sector: "ALL",
  plan_id: "p",
  target_id,
  numerator,
  denominator,
  value: denominator == null ? numerator : (numerator / denominator) * (target_id === "fatal" ? 100_000 : 1),
  baseline_value: null,
  method
});

const deaths = [1000, 950, 880, 860, 800, 740];
const workers = [1e6, 1.02e6, 1.04e6, 1.05e6, 1.06e6, 1.08e6];
const results: YearlyResult[] = [
  ...deaths.map((d, i) => row("fatal", 2020 + i, d, workers[i]!)),
  // Exams flat; 2025 is an old unit's half year and must not drag the trend down.
  ...[5000, 5100, 4950, 5050, 5080].map((n, i) => row("exams", 2020 + i, n, null)),
  row("exams", 2025, 2600, null, "partial_year"),
  ...[85, 78, 90, 81, 79].map((n, i) => row("train", 2021 + i, n, 100)),
  ...[10, 10, 9, 10, 10].map((n, i) => row("inv", 2021 + i, n, 10))
];
const [fatal, exams, train, inv] = reviewPlan(plan, results, {from: 2021, to: 2025});

test("a change target: the average annual change over base year and period, its interval, and the verdict it supports", () => {
  expect(fatal!.average_annual_change).toBeCloseTo(-0.0702195142416786, 10);
  expect(fatal!.ci_low).toBeCloseTo(-0.08491699894270097, 10);
  expect(fatal!.ci_high).toBeCloseTo(-0.055285967832278765, 10);
  expect(fatal!.dispersion).toBeCloseTo(0.2329669816279003, 10);
  expect(fatal!.required_annual_change).toBe(-0.04);
  // −4%/year compounded over the five years from 2020 to 2025.
  expect(fatal!.required_total_change).toBeCloseTo(0.96 ** 5 - 1, 12);
  expect(fatal!.required_total_change).toBeCloseTo(-0.1846, 4);
  expect(fatal!.observed_total_change).toBeCloseTo(740 / 1.08e6 / (1000 / 1e6) - 1, 12);
  expect(fatal).toMatchObject({
    baseline_year: 2020,
    end_year: 2025,
    events: 5230,
    status: "achieved",
    method: "poisson_trend_period"
  });
  expect(fatal!.baseline_value).toBeCloseTo(100, 10);
});

test("where the plan's base is the mean of its base years, the review prints that base, as the yearly verdicts do", () => {
  const withBase = results
    .filter((r) => r.target_id === "fatal")
    .map((r) => (r.year > 2020 ? {...r, baseline_value: 95} : r));
  const [review] = reviewPlan({...plan, baseline_years: [2018, 2019, 2020], targets: [plan.targets[0]!]}, withBase, {
    from: 2021,
    to: 2025
  });
  expect(review).toMatchObject({baseline_year: 2020, baseline_first_year: 2018, baseline_value: 95});
  expect(review!.observed_total_change).toBeCloseTo(740 / 1.08e6 / (95 / 1e5) - 1, 12);
  expect(explainReview(review!, "vi")).toContain("Năm gốc 2018–2020 (trung bình các năm): 95;");
});

test("an increase target whose whole interval lies below the required change is not achieved; a half year is left out and said", () => {
  expect(exams!.average_annual_change).toBeCloseTo(0.0021866650211065483, 10);
  expect(exams!.ci_low).toBeCloseTo(-0.00652818750079855, 10);
  expect(exams!.ci_high).toBeCloseTo(0.010977965262537272, 10);
  expect(exams).toMatchObject({status: "not_achieved", end_year: 2024, end_value: 5080});
  expect(exams!.years.find((y) => y.year === 2025)!.excluded).toBe("partial_year");
  expect(explainReview(exams!, "vi")).toContain("Không tính năm 2025");
  expect(explainReview(exams!, "en")).toContain("2025 left out");
});

test("what could not be brought back to an old unit in 2025 is named in the review too, as in the year's calculation", () => {
  const withUnplaced = results.map((r) =>
    r.target_id === "fatal" && r.year === 2025
      ? {...r, calculation: {unplaced: [{dataset: "incidents", level: "province" as const, records: 2}]}}
      : r
  );
  const fatal = reviewPlan(plan, withUnplaced, {from: 2021, to: 2025}).find((r) => r.target_id === "fatal")!;
  expect(explainReview(fatal, "en")).toContain(
    "2025: 2 accidents reported on the new map in H2 2025 could not be placed in an old province and are not counted here."
  );
  const exams = reviewPlan(plan, withUnplaced, {from: 2021, to: 2025}).find((r) => r.target_id === "exams")!;
  expect(explainReview(exams, "en")).not.toContain("could not be placed");
});

test("an interval that straddles the required change gives no verdict, whatever the point estimate", () => {
  // The same path at a tenth of the size: −7.0%/year, but the interval reaches past −4%.
  const small = results.filter((r) => r.target_id === "fatal").map((r) => ({...r, numerator: r.numerator! / 10}));
  const [review] = reviewPlan({...plan, targets: [plan.targets[0]!]}, small, {from: 2021, to: 2025});
  expect(review!.average_annual_change).toBeCloseTo(-0.07021951424167826, 10);
  expect(review!.ci_high).toBeGreaterThan(-0.04);
  expect(review!.status).toBe("not_enough_evidence");
});

test("an over-dispersed series: the interval is widened by √φ and uses t on n − 2 degrees of freedom", () => {
  const noisy = [5000, 5600, 4800, 5900, 5200, 6300].map((n, i) => row("exams", 2020 + i, n, null));
  const [review] = reviewPlan({...plan, targets: [plan.targets[1]!]}, noisy, {from: 2021, to: 2025});
  expect(review!.dispersion).toBeCloseTo(46.887997941074545, 8);
  expect(review!.average_annual_change).toBeCloseTo(0.034039092141347545, 10);
  // jStat's t quantile agrees with scipy's to about 1e-9.
  expect(review!.ci_low).toBeCloseTo(-0.02766781411510746, 8);
  expect(review!.ci_high).toBeCloseTo(0.09966209038263961, 8);
  // +3.4%/year against +5%: the interval (−2.8% to +10%) cannot tell.
  expect(review!.status).toBe("not_enough_evidence");
  expect(explainReview(review!, "vi")).toContain("phân tán quá mức φ = 46,9");
});

test("a share target is judged on the pooled count, with the years missed and the shortfall", () => {
  // 413/500 = 82.6% > 80%: achieved for the period although 2022 (78) and 2025 (79) missed it.
  expect(train).toMatchObject({
    pooled_numerator: 413,
    pooled_denominator: 500,
    years_missed: [2022, 2025],
    shortfall: 0,
    status: "achieved",
    method: "pooled_count"
  });
  // "100% investigated": one fatal accident of 50 not investigated is a miss, and one is the shortfall.
  expect(inv).toMatchObject({
    pooled_numerator: 49,
    pooled_denominator: 50,
    years_missed: [2023],
    shortfall: 1,
    status: "not_achieved"
  });
  expect(explainReview(inv!, "vi")).toBe(
    "Gộp 2021–2025: 49/50 = 98\u00a0% so với ≥ 100\u00a0% (đếm toàn bộ, không phải mẫu): không đạt, thiếu 1 để đạt. Các năm không đạt: 2023."
  );
});

test("a share just short of 100% is never printed as 100%", () => {
  const [review] = reviewPlan({...plan, targets: [plan.targets[3]!]}, [row("inv", 2021, 49_999, 50_000)], {
    from: 2021,
    to: 2025
  });
  expect(explainReview(review!, "vi")).toContain("49.999/50.000 = 99,998\u00a0% so với ≥ 100\u00a0%");
});

test("exactly 80% is not above 80%: one more person was needed", () => {
  const exact = [80, 80, 80, 80, 80].map((n, i) => row("train", 2021 + i, n, 100));
  const [review] = reviewPlan({...plan, targets: [plan.targets[2]!]}, exact, {from: 2021, to: 2025});
  expect(review).toMatchObject({status: "not_achieved", shortfall: 1, years_missed: [2021, 2022, 2023, 2024, 2025]});
});

const reviewCommand = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "cli/review.ts", ...args], {encoding: "utf8"});

test("npm run review: the national programme over 2021–2025 from a warehouse, as JSON with the contract's fields", async () => {
  const dir = tempDir();
  const path = join(dir, "w.duckdb");
  const warehouse = await openWarehouse(path);
  const incidents = deaths.map((d, i) =>
    incidentRow({"Mã vụ": `V-${i}`, "Ngày xảy ra": `15/03/${2020 + i}`, "Số người bị nạn": d, "Số người chết": d})
  );
  await ingestFile(warehouse.connection, writeCsv(join(dir, "incidents.csv"), [INCIDENT_HEADER, ...incidents]));
  const workforce = workers.map((w, i) => [2020 + i, "01", "", w, "social_insurance"]);
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      ["Năm", "Mã địa bàn", "Mã ngành", "Số lao động", "Cơ sở số liệu"],
      ...workforce
    ])
  );
  warehouse.close();
  const run = reviewCommand("--unit", "VN", "--from", "2021", "--to", "2025", "--warehouse", path, "--format", "json");
  expect(run.status, run.stderr).toBe(0);
  const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
  const fatalRow = rows.find((r) => r.target_id === "fatal-rate")!;
  for (const field of [
    "plan_id",
    "target_id",
    "indicator",
    "rule",
    "period_from",
    "period_to",
    "baseline_year",
    "baseline_value",
    "end_value",
    "average_annual_change",
    "ci_low",
    "ci_high",
    "required_annual_change",
    "status",
    "method"
  ])
    expect(fatalRow).toHaveProperty(field);
  expect(fatalRow).toMatchObject({
    plan_id: "vn-nq19-2022",
    rule: "annual_change",
    period_from: 2021,
    period_to: 2025,
    status: "achieved"
  });
  expect(fatalRow.average_annual_change as number).toBeCloseTo(-0.0702195142416786, 9);
  expect(rows.map((r) => r.target_id)).toEqual([
    "fatal-rate",
    "exams",
    "monitoring",
    "training-strict",
    "training-officers",
    "fatal-investigated"
  ]);
  // A warehouse that does not exist is refused (exit 1) and not created; a usage error exits 2.
  const missing = join(dir, "typo.duckdb");
  const refused = reviewCommand("--unit", "VN", "--from", "2021", "--to", "2025", "--warehouse", missing);
  expect(refused.status).toBe(1);
  expect(refused.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(missing)).toBe(false);
  expect(reviewCommand("--unit", "VN", "--from", "2025", "--to", "2021").status).toBe(2);
});

test("a new-map unit's half year is said as the new map's (from 01/07/2025), and only the years pooled are named", () => {
  const newUnit: YearlyResult[] = [
    {...row("inv", 2025, 9, 10), method: "partial_year", calculation: {part_of_year: "new_unit"}},
    row("inv", 2024, 10, 10)
  ];
  const [review] = reviewPlan({...plan, targets: [plan.targets[3]!]}, newUnit, {from: 2021, to: 2025});
  const vi = explainReview(review!, "vi");
  expect(vi).toContain("Gộp 2024: 10/10");
  expect(vi).toContain("Không tính năm 2025: địa giới mới chỉ có số liệu nửa năm (từ 01/07/2025).");
  expect(vi).not.toContain("địa giới cũ");
  expect(explainReview(review!, "en")).toContain(
    "2025 left out: a new-map unit's data covers half of it (from 01/07/2025)."
  );
});
