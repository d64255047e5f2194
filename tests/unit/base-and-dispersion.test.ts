// The two-year comparison allows for over-dispersion shown by the unit's own history, and a plan that
// names no base year is judged from a multi-year base, with the single base year beside it where the
// verdicts differ. Values are checked against the gamma–beta identity evaluated here with jstat.
import jstat from "jstat";
import {describe, expect, test} from "vitest";
import {evaluateUnit} from "../../loaders/indicators/evaluate.js";
import {historyDispersion} from "../../loaders/indicators/statistics.js";
import type {UnitFacts} from "../../loaders/indicators/aggregate.js";
import type {Plan} from "../../loaders/indicators/plans.js";
import type {IndicatorId} from "../../contract/indicators.js";
import {explain} from "../../src/lib/explain.js";

const {jStat} = jstat;

const plan = (
  indicator: IndicatorId,
  direction: "increase" | "decrease",
  percent: number,
  baselineYears?: number[]
): Plan => ({
  id: "test-plan",
  title: "test",
  issuer: {unit_code: "999", geography: "pre2025", name: "test"},
  document: {number: null, date: "2021", kind: "test"},
  source: "test",
  period: {from: 2021, to: 2025},
  baseline_year: 2020,
  ...(baselineYears ? {baseline_years: baselineYears} : {}),
  report_deadline: null,
  targets: [{id: "t", indicator, rule: {kind: "annual_change", direction, percent}, sentence: "test"}],
  not_expressed: []
});

const facts = (values: Record<number, number>, field: "examined_workers" | "fatal_accidents"): UnitFacts[] =>
  Object.entries(values).map(([year, value]) => ({
    unit_code: "999",
    unit_geography: "pre2025",
    year: Number(year),
    sector: "ALL",
    accidents: field === "fatal_accidents" ? value : null,
    fatal_accidents: field === "fatal_accidents" ? value : null,
    deaths: null,
    serious_injuries: null,
    victims: null,
    deaths_labour_relations: null,
    fatal_investigated: null,
    workers: null,
    exposed_workers: null,
    examined_workers: field === "examined_workers" ? value : null,
    facilities_with_hazards: null,
    facilities_monitored: null
  }));

const judged = (p: Plan, f: UnitFacts[], indicator: IndicatorId) =>
  evaluateUnit({
    unit_code: "999",
    geography: "pre2025",
    year: 2024,
    sector: "ALL",
    plan: p,
    facts: f,
    training: [],
    timeliness: new Map()
  }).find((r) => r.indicator === indicator && r.target_id === "t")!;

describe("over-dispersion in the unit's own history", () => {
  test("a flat history 120, 80, 100, 80, 120: X² = 16 > χ²₃(0.95) = 7.81, so φ = 16/3; 105, 95, 100, 95, 105: X² = 1, φ = 1", () => {
    const years = [2020, 2021, 2022, 2023, 2024];
    expect(historyDispersion([120, 80, 100, 80, 120], [1, 1, 1, 1, 1], years).phi).toBeCloseTo(16 / 3, 10);
    expect(historyDispersion([105, 95, 100, 95, 105], [1, 1, 1, 1, 1], years).phi).toBe(1);
    expect(historyDispersion([120, 80, 100], [1, 1, 1], [2022, 2023, 2024]).phi).toBe(1); // too short to test
  });

  test("exams 50 (2020) → 50 (2024) against +5%/year in a swinging history: counts divided by φ, and it says so", () => {
    // symmetric history 2016–2024, so the fitted trend is flat at the mean 390/9 and X² = Σ(y − ȳ)²/ȳ
    const history = {2016: 50, 2017: 20, 2018: 80, 2019: 20, 2020: 50, 2021: 20, 2022: 80, 2023: 20, 2024: 50};
    const counts = Object.values(history);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const phi = counts.reduce((s, y) => s + (y - mean) ** 2 / mean, 0) / (counts.length - 2);
    expect(phi).toBeGreaterThan(jStat.chisquare.inv(0.95, 7) / 7); // the test finds it
    const result = judged(plan("exams", "increase", 5), facts(history, "examined_workers"), "exams");
    // P(θ > 1.05⁴) with Jeffreys posteriors on 50/φ and 50/φ: 1 − I_{c/(1+c)}(50/φ + ½, 50/φ + ½), c = 1.05⁴
    const c = Math.pow(1.05, 4);
    const expected = 1 - jStat.beta.cdf(c / (1 + c), 50 / phi + 0.5, 50 / phi + 0.5);
    expect(result.method).toBe("jeffreys_probability_on_track");
    expect(result.probability).toBeCloseTo(expected, 10);
    expect(result.calculation).toMatchObject({dispersion: expect.closeTo(phi, 10), history_first_year: 2016});
    // without allowing for it the same comparison would look far more certain
    expect(Math.abs(1 - jStat.beta.cdf(c / (1 + c), 50.5, 50.5) - 0.5)).toBeGreaterThan(Math.abs(expected - 0.5));
    expect(explain(result, "en")).toContain("Counts divided by φ = " + phi.toFixed(2).replace(/0$/, ""));
  });
});

describe("a multi-year base where the plan's words allow it", () => {
  // district 760's shape: 14 fatal accidents in 2020 against 5–7 in the other years (not enough for the
  // history's χ² test to call it over-dispersed)
  const history = {2015: 6, 2016: 5, 2017: 7, 2018: 6, 2019: 5, 2020: 14, 2021: 6, 2022: 5, 2023: 6, 2024: 6};
  test("2018–2020 pooled (25 in 3 years, mean 8.33) against the single 2020 (14); target −4%/year", () => {
    const result = judged(
      plan("fatal_accidents", "decrease", 4, [2018, 2019, 2020]),
      facts(history, "fatal_accidents"),
      "fatal_accidents"
    );
    const t = Math.pow(0.96, 4);
    // pooled: y₁ = 25 on exposure 3 years, y₂ = 6 on 1 year: c = t/3
    const pooled = jStat.beta.cdf(t / 3 / (1 + t / 3), 6.5, 25.5);
    // single year: y₁ = 14, c = t
    const single = jStat.beta.cdf(t / (1 + t), 6.5, 14.5);
    expect(result).toMatchObject({
      baseline_value: expect.closeTo(25 / 3, 12),
      target_value: expect.closeTo((25 / 3) * t, 10)
    });
    expect(result.probability).toBeCloseTo(pooled, 10);
    expect(result.calculation).toMatchObject({baseline_first_year: 2018, baseline_numerator: 25});
    expect(result.calculation.dispersion).toBeUndefined();
    expect(pooled).toBeLessThan(0.9); // the mean base does not call it on track …
    expect(single).toBeGreaterThanOrEqual(0.9); // … the unusual single year would have
    expect(result.status).toBe("not_enough_evidence");
    expect(result.calculation).toMatchObject({
      single_year_status: "on_track",
      single_year_probability: expect.closeTo(single, 10),
      single_year_baseline: 14
    });
    const text = explain(result, "en");
    expect(text).toContain("Base year 2018–2020 (mean of 3 years): 8.33 (25).");
    expect(text).toContain("With the single base year 2020 (14): On track, P = ");
  });

  test("a plan that names its base year keeps the single year", () => {
    const result = judged(plan("fatal_accidents", "decrease", 4), facts(history, "fatal_accidents"), "fatal_accidents");
    expect(result.baseline_value).toBe(14);
    expect(result.calculation.baseline_first_year).toBeUndefined();
  });
});
