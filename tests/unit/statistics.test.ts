// Each formula against values computed independently. Sources: classical tables (Garwood 1936 as
// tabulated, e.g. 0 events → upper 3.689), analytic identities, and the worked examples of the shared
// design methods.md (computed there with R-matching quantile functions, marked [C]).
import {describe, expect, test} from "vitest";
import {
  compoundAnnualChange,
  empiricalBayesRates,
  garwoodInterval,
  overdispersion,
  poissonFunnelLimit,
  poissonQuantile,
  poissonTrend,
  probabilityRatioAtMost,
  progressCategory,
  trajectory,
  wilsonInterval
} from "../../loaders/indicators/statistics.js";

describe("Garwood exact Poisson interval", () => {
  test("classical table values for counts 0 and 3", () => {
    expect(garwoodInterval(0).high).toBeCloseTo(3.689, 3);
    expect(garwoodInterval(3).low).toBeCloseTo(0.619, 3);
    expect(garwoodInterval(3).high).toBeCloseTo(8.767, 3);
  });
  test("rates per 100,000 (methods §2.1): 3/80,000 → 0.77–10.96; 0/80,000 → 0–4.61; 12/400,000 → 1.55–5.24", () => {
    const per100k = (y: number, e: number) => garwoodInterval(y, e / 1e5);
    expect(per100k(3, 80_000).low).toBeCloseTo(0.77, 2);
    expect(per100k(3, 80_000).high).toBeCloseTo(10.96, 2);
    expect(per100k(0, 80_000)).toEqual({low: 0, high: expect.closeTo(4.61, 2)});
    expect(per100k(12, 400_000).low).toBeCloseTo(1.55, 2);
    expect(per100k(12, 400_000).high).toBeCloseTo(5.24, 2);
  });
});

describe("Wilson interval for shares", () => {
  test("42/60 → 57.5–80.1% and 8/10 → 49.0–94.3% (methods §2.5)", () => {
    expect(wilsonInterval(42, 60).low).toBeCloseTo(0.575, 3);
    expect(wilsonInterval(42, 60).high).toBeCloseTo(0.801, 3);
    expect(wilsonInterval(8, 10).low).toBeCloseTo(0.49, 3);
    expect(wilsonInterval(8, 10).high).toBeCloseTo(0.943, 3);
  });
  test("all successes: upper bound 1, lower bound below 1", () => {
    const all = wilsonInterval(38, 38);
    expect(all.high).toBeCloseTo(1, 12);
    expect(all.low).toBeLessThan(1);
  });
});

describe("trajectory and progress ratio", () => {
  test("five years of −4% is −18.5%, not −20%; +5% is +27.6%", () => {
    expect(trajectory(100, -0.04, 2020, 2025)).toBeCloseTo(81.54, 2);
    expect(trajectory(100, 0.05, 2020, 2025)).toBeCloseTo(127.63, 2);
  });
  test("3.0 → 2.7 over three years: CAGR −3.45%, CR 0.863, fair progress (methods §1.1)", () => {
    const cagr = compoundAnnualChange(3.0, 2.7, 3);
    expect(cagr).toBeCloseTo(-0.0345, 4);
    expect(progressCategory(cagr, -0.04)).toEqual({ratio: expect.closeTo(0.863, 3), category: "fair"});
  });
  test("category boundaries", () => {
    expect(progressCategory(-0.05, -0.04).category).toBe("on_track");
    expect(progressCategory(0.0, -0.04).category).toBe("limited");
    expect(progressCategory(0.01, -0.04).category).toBe("deterioration");
  });
});

describe("Poisson log-linear trend", () => {
  test("two years: slope is the log rate ratio, standard error √(1/y₁ + 1/y₂) (analytic)", () => {
    const trend = poissonTrend([20, 15], [100_000, 120_000], [2022, 2023]);
    expect(trend.slope).toBeCloseTo(Math.log(15 / 120_000 / (20 / 100_000)), 10);
    expect(trend.standardError).toBeCloseTo(Math.sqrt(1 / 20 + 1 / 15), 10);
  });
  test("an exact −4%/yr series is recovered with no dispersion", () => {
    const years = [2020, 2021, 2022, 2023, 2024];
    const exposures = years.map(() => 1_000_000);
    const counts = years.map((_, i) => 1000 * Math.pow(0.96, i));
    const trend = poissonTrend(counts, exposures, years, -0.04);
    expect(trend.annualChange).toBeCloseTo(-0.04, 8);
    expect(trend.dispersion).toBeCloseTo(0, 8);
    expect(trend.pValueAgainstTarget).toBeCloseTo(0.5, 6);
  });
});

describe("quasi-Poisson trend: t with n − 2 degrees of freedom", () => {
  test("120, 80, 100, 80, 120 on equal exposures: slope 0, φ = 16/3, interval exp(±t₃·√(φ/1000)) − 1", () => {
    // symmetric counts: the fitted rate is flat at 100 a year; X² = (4 × 20²)/100 = 16 on 3 df;
    // Poisson variance of the slope 1/Σμx² = 1/(100 × 10); t₃(0.975) = 3.182446 (tables)
    const trend = poissonTrend([120, 80, 100, 80, 120], [1, 1, 1, 1, 1], [2020, 2021, 2022, 2023, 2024]);
    expect(trend.slope).toBeCloseTo(0, 10);
    expect(trend.dispersion).toBeCloseTo(16 / 3, 10);
    expect(trend.quasi).toBe(true);
    const half = 3.182446 * Math.sqrt(16 / 3 / 1000);
    expect(trend.annualChangeInterval.low).toBeCloseTo(Math.exp(-half) - 1, 5);
    expect(trend.annualChangeInterval.high).toBeCloseTo(Math.exp(half) - 1, 5);
  });
});

describe("probability of being on track (Jeffreys posteriors)", () => {
  test("12/400k → 9/450k against 0.96³: P = 0.74 (methods §2.2)", () => {
    expect(probabilityRatioAtMost(12, 400_000, 9, 450_000, Math.pow(0.96, 3))).toBeCloseTo(0.74, 2);
  });
  test("a district going 2 → 1 deaths on 20k workers, one year: P = 0.70, a coin flip", () => {
    expect(probabilityRatioAtMost(2, 20_000, 1, 20_000, 0.96)).toBeCloseTo(0.7, 2);
  });
});

describe("funnel limits", () => {
  test("μ = 12: 99.8% limits 2.27–23.6 counts (Spiegelhalter interpolation, methods §3.1)", () => {
    expect(poissonFunnelLimit(12, 0.001)).toBeCloseTo(2.27, 2);
    expect(poissonFunnelLimit(12, 0.999)).toBeCloseTo(23.6, 1);
  });
  test("μ = 12: 95% limits 6–19 as integers; μ = 0.6: 99.8% upper limit 4 deaths, so flagged from 5", () => {
    expect(poissonQuantile(12, 0.025)).toBe(6);
    expect(poissonQuantile(12, 0.975)).toBe(19);
    expect(poissonQuantile(0.6, 0.999)).toBe(4);
  });
});

describe("empirical-Bayes rates (Marshall 1991)", () => {
  test("methods §2.4 example: pooled 5.35, smoothed (5.0, 5.7, 6.0, 6.7, 3.8, 5.8) per 100,000", () => {
    const eb = empiricalBayesRates([0, 2, 5, 9, 12, 30], [15e3, 20e3, 60e3, 90e3, 400e3, 500e3]);
    expect(eb.pooled * 1e5).toBeCloseTo(5.35, 2);
    expect(eb.smoothed.map((r) => Math.round(r * 1e6) / 10)).toEqual([5.0, 5.7, 6.0, 6.7, 3.8, 5.8]);
    expect(Math.min(...eb.weights)).toBeCloseTo(0.06, 2);
    expect(Math.max(...eb.weights)).toBeCloseTo(0.69, 2);
  });
  test("identical rates shrink to the pooled rate (no between-unit variance)", () => {
    const eb = empiricalBayesRates([1, 2, 4], [100, 200, 400]);
    expect(eb.variance).toBe(0);
    expect(eb.smoothed).toEqual([0.01, 0.01, 0.01]);
  });
});

describe("over-dispersion", () => {
  test("units exactly on their expectation show none", () => {
    expect(overdispersion([10, 20, 40, 80], [10, 20, 40, 80])).toEqual({phi: 0, tau2: 0});
  });
  test("widely spread units show φ > 1 and a positive τ²", () => {
    const result = overdispersion([2, 40, 5, 90, 10, 60, 3, 70, 20, 45], Array(10).fill(30));
    expect(result.phi).toBeGreaterThan(1);
    expect(result.tau2).toBeGreaterThan(0);
  });
});
