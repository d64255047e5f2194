// The calculation printed beside a status never contradicts it: a probability or ratio is printed with
// as many decimals as it takes to stay on its side of the rule's thresholds.
import {describe, expect, test} from "vitest";
import type {ExplainableResult} from "../../contract/site.js";
import {decisiveDigits, explain, unplacedSentences} from "../../src/lib/explain.js";

const jeffreys = (probability: number): ExplainableResult => ({
  indicator: "fatal_accidents",
  year: 2023,
  numerator: 9,
  denominator: null,
  value: 9,
  ci_low: null,
  ci_high: null,
  baseline_year: 2020,
  baseline_value: 14,
  target_value: 12.4,
  status: "not_enough_evidence",
  method: "jeffreys_probability_on_track",
  probability,
  progress_ratio: null,
  calculation: {required_change: -0.04, baseline_numerator: 14, baseline_denominator: null, events: 23}
});

describe("printed probabilities stay on their side of the rule", () => {
  test("P = 0.89951 (district 062, 2023) is printed 0.8995, not 0.9, beside 'on track if P ≥ 0.9'", () => {
    expect(explain(jeffreys(0.89951), "en")).toContain("P = 0.8995;");
    expect(explain(jeffreys(0.89951), "vi")).toContain("P = 0,8995;");
    expect(explain(jeffreys(0.89851), "en")).toContain("P = 0.899;"); // Hải Dương 2021: 0.90 would read as met
  });

  test("a probability far from every threshold keeps two decimals; one just above 0.1 is not printed 0.1", () => {
    expect(explain(jeffreys(0.7412), "en")).toContain("P = 0.74;");
    expect(explain(jeffreys(0.10004), "en")).toContain("P = 0.10004;");
  });

  test("digits: the fewest (from 2) whose rounding keeps the sign against each threshold", () => {
    expect(decisiveDigits(0.89951, [0.1, 0.5, 0.9])).toBe(4); // 0.90 and 0.900 equal 0.9; 0.8995 is below
    expect(decisiveDigits(0.94996, [0.95])).toBe(5); // 0.95, 0.950, 0.9500 all read as met
    expect(decisiveDigits(0.9, [0.9])).toBe(2); // exactly on the threshold prints as it is
    expect(decisiveDigits(0.33, [0.1, 0.5, 0.9])).toBe(2);
  });
});

test("a trend's calculation names its model, the interval of the pace ratio, the rule and the UN SDG end-point ratio", () => {
  const result: ExplainableResult = {
    ...jeffreys(0),
    indicator: "exams",
    year: 2024,
    numerator: 2_589,
    value: 2_589,
    baseline_year: 2020,
    baseline_value: 2_179,
    target_value: 2_648.6,
    status: "on_track",
    method: "poisson_trend_interval",
    probability: null,
    progress_ratio: 1.2,
    calculation: {
      required_change: 0.05,
      baseline_numerator: 2_179,
      trend_change: 0.06,
      trend_low: 0.01,
      trend_high: 0.11,
      ratio_worse: 0.2,
      ratio_better: 2.2,
      dispersion: 4.25,
      degrees_of_freedom: 3,
      endpoint_ratio: 0.88
    }
  };
  expect(explain(result, "en")).toBe(
    "Base year 2020: 2,179 (2,179). Target 2024: 2,179 × 1.05^4 = 2,648.6. Now: 2,589 (2,589). " +
      "Poisson log-linear trend 2020–2024: 6%/year (95% CI 1% to 11%; quasi-Poisson φ = 4.25, Student's t with 3 df); " +
      "pace ratio on the fitted trend (change ÷ required 5%) = 1.2, 0.2 to 2.2 across the interval; " +
      "on track if the ratio is ≥ 0.95 and the interval excludes no change; off track if even its better end is < 0.5; at risk if its better end is < 0.95; otherwise not enough evidence. " +
      "For reference, the UN SDG progress ratio from the two end points: 0.88."
  );
  expect(explain(result, "vi")).toContain("quasi-Poisson φ = 4,25, phân phối t với 3 bậc tự do");
});

test("a funnel's subtitle says how its limits were drawn and how many units chance alone puts outside the 95% limits", async () => {
  const {funnelSubtitle} = await import("../../src/lib/chart-text.js");
  const summary = {
    reference_rate: 3.456,
    tau2: 0,
    dispersion_test: {statistic: 74.6, degreesOfFreedom: 62, critical: 81.381, pValue: 0.1318},
    expected_outside_95: 0.05 * 63,
    outside_95: 5,
    covered: {from: "2024-01-01", to: "2024-12-31", days: 366, year_days: 366},
    units: Array(63).fill({})
  };
  expect(funnelSubtitle(summary, "en", 2024)).toBe(
    "2024 · Common rate: 3.46 /100.000 · Over-dispersion test: nφ = 74.6 vs χ²62(95%) = 81.4 (p = 0.13): exact Poisson limits · Outside the 95% limits: 5; expected by chance: 3.2 of 63"
  );
  expect(funnelSubtitle({...summary, tau2: 0.052}, "vi", 2022)).toContain(
    "giới hạn nới theo mô hình Poisson–gamma, τ² = 0,052"
  );
  // the new map's first half year: the rates are annual, over the exposure the subtitle states
  const half = {...summary, covered: {from: "2025-07-01", to: "2025-12-31", days: 184, year_days: 365}};
  expect(funnelSubtitle(half, "vi", 2025)).toContain("Phơi nhiễm: lao động × 184/365 năm (01/07/2025–31/12/2025)");
  expect(funnelSubtitle(half, "en", 2025)).toContain("Exposure: workers × 184/365 years (01/07/2025–31/12/2025)");
});

test("yearly rows that could not be placed name their dataset in both languages and are the whole year, not a half", () => {
  const unplaced = [{dataset: "workforce", level: "province" as const, records: 23}];
  expect(unplacedSentences(unplaced, "vi")).toEqual([
    "23 dòng số liệu cả năm 2025 của bộ “Lực lượng lao động (mẫu số)” báo cáo theo địa giới mới không xác định được thuộc tỉnh cũ nào, nên không được tính vào đây."
  ]);
  expect(unplacedSentences(unplaced, "en")).toEqual([
    "23 whole-year 2025 row(s) of “Workforce (denominators)” reported on the new map could not be placed in an old province and are not counted here."
  ]);
});
