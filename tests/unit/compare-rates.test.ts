// Funnel positions by exact tail probabilities (not by the interpolated lines drawn), worked by hand,
// and rates annualised by the share of the year the incidents cover.
import {describe, expect, test} from "vitest";
import {compareRates, type ComparedCounts} from "../../loaders/indicators/compare-units.js";
import {coveredDates} from "../../loaders/indicators/evaluate.js";
import {chanceFlagged} from "../../loaders/indicators/statistics.js";
import {negativeBinomialAtMost, poissonAtMost} from "../fixtures/distributions.js";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const atLeast = (y: number, mu: number) => 1 - poissonAtMost(y - 1, mu);

const unit = (unit_code: string, deaths: number, workers: number): ComparedCounts => ({
  unit_code,
  name: unit_code,
  parent_code: "P",
  deaths,
  workers
});
// A unit A beside a unit B, 1,200,000 workers and 120 deaths between them: the common rate is 1 per
// 10,000 and A's expected count its workers / 10,000 (no over-dispersion test with two units).
const unitA = (deaths: number, workers: number) =>
  compareRates([unit("A", deaths, workers), unit("B", 120 - deaths, 1_200_000 - workers)], 1).units[0]!;

describe("a unit's funnel position is read from the exact tails of its count", () => {
  test("1 death where 0.1 is expected: P(X ≥ 1) = 0.095, within (the interpolated 95% line is at 0.78 deaths)", () => {
    const a = unitA(1, 1_000);
    expect(a.expected_deaths).toBeCloseTo(0.1, 12);
    expect(a.p).toBeCloseTo(1 - Math.exp(-0.1), 12);
    expect(a.position).toBe("within");
    // the line drawn lies below the dot: the page explains that the tail decides, not the line
    expect(a.rate).toBeGreaterThan(a.limit95_high);
  });
  test("21 deaths where 12 are expected: P(X ≥ 21) = 0.0116, above the 95% limit but not the 99.8% one", () => {
    const a = unitA(21, 120_000);
    expect(a.p).toBeCloseTo(atLeast(21, 12), 12);
    expect(a.p).toBeCloseTo(0.0116, 4);
    expect(a.position).toBe("above_95");
    expect(unitA(25, 120_000).position).toBe("above_99.8"); // P(X ≥ 25) = 0.00069
  });
  test("4 deaths where 12 are expected: P(X ≤ 4) = 0.0076, below the 95% limit; 3 deaths (0.0023) still not 99.8%", () => {
    const a = unitA(4, 120_000);
    expect(a.p).toBeCloseTo(poissonAtMost(4, 12), 12);
    expect(a.position).toBe("below_95");
    expect(unitA(3, 120_000).position).toBe("below_95");
    expect(unitA(2, 120_000).position).toBe("below_99.8"); // P(X ≤ 2) = 0.00052
  });
  test("with over-dispersion (τ² > 0) the tails are negative binomial: what Poisson alone calls clearly higher may not be", () => {
    // five units with the same workers and very different deaths: the test finds spread between them
    const rows = [2, 5, 10, 30, 60].map((d, i) => unit(`U${i}`, d, 100_000));
    const result = compareRates(rows, 1);
    expect(result.tau2).toBeGreaterThan(0);
    const mu = 107 / 5;
    for (const u of result.units) {
      expect(u.expected_deaths).toBeCloseTo(mu, 10);
      const upper = 1 - negativeBinomialAtMost(u.deaths - 1, mu, result.tau2);
      const lower = negativeBinomialAtMost(u.deaths, mu, result.tau2);
      expect(u.p).toBeCloseTo(Math.min(upper, lower), 8);
      const tail = u.deaths > mu ? upper : lower;
      const side = u.deaths > mu ? "above" : "below";
      expect(u.position).toBe(tail < 0.001 ? `${side}_99.8` : tail < 0.025 ? `${side}_95` : "within");
    }
    // 60 deaths where 21.4 are expected: P(X ≥ 60) = 6e-12 under Poisson alone ("clearly higher"), not under τ²
    expect(atLeast(60, mu)).toBeLessThan(0.001);
    expect(result.units.find((u) => u.deaths === 60)!.position).not.toBe("above_99.8");
  });
  test("units expected outside the 95% limits by chance: each unit's exact chance of a tail under 2.5%", () => {
    // μ = 0.1: flagged from 2 deaths (P(X ≥ 2) = 0.0047), never below
    expect(chanceFlagged(0.1, 0, 0.05)).toBeCloseTo(1 - Math.exp(-0.1) * 1.1, 12);
    // μ = 12: flagged at ≤ 5 (P = 0.0203) or ≥ 20 (P = 0.0213): 4.2%, not 5%
    expect(chanceFlagged(12, 0, 0.05)).toBeCloseTo(poissonAtMost(5, 12) + atLeast(20, 12), 12);
    const result = compareRates([unit("A", 1, 1_000), unit("B", 119, 1_199_000)], 1);
    expect(result.expected_outside_95).toBeCloseTo(
      sum(result.units.map((u) => chanceFlagged(u.expected_deaths, 0, 0.05))),
      12
    );
    expect(result.expected_outside_95).toBeLessThan(0.05 * 2);
  });
});

describe("exposure in person-years: workers × the share of the year the incidents cover", () => {
  test("the new map's 2025 covers 01/07–31/12 (184/365); an old unit's 2025 01/01–30/06 (181/365); a year in progress up to its last date", () => {
    expect(coveredDates(2025, "new_unit", null)).toEqual({
      from: "2025-07-01",
      to: "2025-12-31",
      days: 184,
      year_days: 365,
      fraction: 184 / 365
    });
    expect(coveredDates(2025, "old_unit", null)).toMatchObject({from: "2025-01-01", to: "2025-06-30", days: 181});
    expect(coveredDates(2028, "in_progress", "2028-03-31")).toMatchObject({days: 91, year_days: 366});
    expect(coveredDates(2024, undefined, null)).toMatchObject({days: 366, year_days: 366, fraction: 1});
  });
  test("half a year's deaths over half a year's exposure give an annual rate; no position, p or expected count changes", () => {
    const rows = [unit("A", 3, 20_000), unit("B", 1, 50_000), unit("C", 9, 40_000), unit("D", 0, 8_000)];
    const whole = compareRates(rows, 1);
    const half = compareRates(rows, 184 / 365);
    expect(half.reference_rate).toBeCloseTo((13 / (118_000 * (184 / 365))) * 100_000, 9);
    half.units.forEach((u, i) => {
      const w = whole.units[i]!;
      expect(u.person_years).toBeCloseTo(u.workers * (184 / 365), 9);
      expect(u.rate).toBeCloseTo((w.rate * 365) / 184, 9);
      expect(u.limit95_high).toBeCloseTo((w.limit95_high * 365) / 184, 9);
      expect([u.position, u.p, u.expected_deaths]).toEqual([w.position, w.p, w.expected_deaths]);
    });
    expect([half.tau2, half.outside_95, half.expected_outside_95]).toEqual([
      whole.tau2,
      whole.outside_95,
      whole.expected_outside_95
    ]);
  });
});
