// Each formula against values computed independently. Sources: classical tables (Garwood 1936 as
// tabulated, e.g. 0 events → upper 3.689), analytic identities, and the worked examples of the shared
// design methods.md (computed there with R-matching quantile functions, marked [C]).
import {describe, expect, test} from "vitest";
import {negativeBinomialAtMost} from "../fixtures/distributions.js";
import {
  compoundAnnualChange,
  empiricalBayesRates,
  garwoodInterval,
  overdispersion,
  funnelLimit,
  poissonGammaCdf,
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
    expect(funnelLimit(12, 0.001)).toBeCloseTo(2.27, 2);
    expect(funnelLimit(12, 0.999)).toBeCloseTo(23.6, 1);
  });
  test("μ = 12: 95% limits 6–19 as integers; μ = 0.6: 99.8% upper limit 4 deaths, so flagged from 5", () => {
    expect(poissonQuantile(12, 0.025)).toBe(6);
    expect(poissonQuantile(12, 0.975)).toBe(19);
    expect(poissonQuantile(0.6, 0.999)).toBe(4);
  });
});

describe("Poisson–gamma (negative binomial) limits, continuous in τ²", () => {
  test("its distribution matches the negative binomial pmf summed by hand", () => {
    for (const [k, mu, tau2] of [
      [3, 4.5, 0.2],
      [10, 12, 0.05],
      [0, 2.5, 1]
    ] as const)
      expect(poissonGammaCdf(k, mu, tau2)).toBeCloseTo(negativeBinomialAtMost(k, mu, tau2), 7); // jstat's incomplete beta: ~1e-9
  });
  test("as τ² → 0 the limits tend to the exact Poisson ones, and they widen steadily as τ² grows", () => {
    for (const mu of [2.5, 4.5, 40]) {
      expect(funnelLimit(mu, 0.975, 1e-6)).toBeCloseTo(funnelLimit(mu, 0.975), 3);
      const upper = [0, 0.01, 0.05, 0.1, 0.2].map((tau2) => funnelLimit(mu, 0.975, tau2));
      for (let i = 1; i < upper.length; i++) expect(upper[i]!).toBeGreaterThan(upper[i - 1]!);
      // no jump: a tiny τ² moves the 95% upper limit by well under 1%
      expect(funnelLimit(mu, 0.975, 0.001) / funnelLimit(mu, 0.975)).toBeLessThan(1.01);
    }
  });
});

describe("empirical-Bayes rates under the same Poisson–gamma model", () => {
  test("methods §2.4 units: the posterior mean equals the conjugate (y + α)/(x + β) with α = b²/a, β = b/a", () => {
    const events = [0, 2, 5, 9, 12, 30];
    const exposures = [15e3, 20e3, 60e3, 90e3, 400e3, 500e3];
    const tau2 = 0.1;
    const eb = empiricalBayesRates(events, exposures, tau2);
    const b = 58 / 1_085_000; // Σy / Σx
    expect(eb.pooled).toBeCloseTo(b, 15);
    const a = tau2 * b * b;
    const [alpha, beta] = [(b * b) / a, b / a];
    events.forEach((y, i) => expect(eb.smoothed[i]!).toBeCloseTo((y + alpha) / (exposures[i]! + beta), 12));
  });
  test("no between-unit variance (τ² = 0): every unit shrinks to the pooled rate", () => {
    const eb = empiricalBayesRates([1, 2, 8], [100, 200, 400], 0);
    expect(eb.variance).toBe(0);
    expect(eb.smoothed).toEqual([11 / 700, 11 / 700, 11 / 700]);
  });
});

describe("over-dispersion, with its test", () => {
  test("units exactly on their expectation show none", () => {
    expect(overdispersion([10, 20, 40, 80], [10, 20, 40, 80])).toMatchObject({phi: 0, statistic: 0, tau2: 0});
  });
  test("8, 12, 10, 9, 11 around 10: nφ = 1.0 on 4 df, p = 1.5·e^−0.5 = 0.9098 → no widening", () => {
    const result = overdispersion([8, 12, 10, 9, 11], [10, 10, 10, 10, 10]);
    expect(result.statistic).toBeCloseTo(1.0, 12);
    expect(result.critical).toBeCloseTo(9.4877, 4); // χ²₄(0.95), tables
    expect(result.pValue).toBeCloseTo(1.5 * Math.exp(-0.5), 10); // χ²₄ survival: e^(−x/2)(1 + x/2)
    expect(result.tau2).toBe(0);
  });
  test("0, 10, 10, 10, 30 around 10: nφ = 10 + 40 = 50 > 9.49 → τ² = (50 − 4)/(50 − 500/50) = 1.15", () => {
    const result = overdispersion([0, 10, 10, 10, 30], [10, 10, 10, 10, 10]);
    expect(result.statistic).toBeCloseTo(50, 10);
    expect(result.tau2).toBeCloseTo(1.15, 10);
  });
});
