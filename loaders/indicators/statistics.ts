// Statistics for small numbers (shared design methods.md): exact intervals, trajectories, progress
// ratios, Poisson trends, the probability of being on track, funnel limits and empirical-Bayes rates.
// Pure functions of counts and denominators, so every figure can be checked by hand.
import jstat from "jstat"; // CommonJS: its one export is an object
import {PROGRESS_RATIO_RULE} from "../../contract/indicators.js";

const {jStat} = jstat;

const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Exact Poisson (Garwood) interval for a count y, divided by the exposure (1 = the count itself). */
export function garwoodInterval(count: number, exposure = 1, level = 0.95): Interval {
  const {low, high} = level === 0.95 ? garwoodCounts95(count) : garwoodCounts(count, level);
  return {low: low / exposure, high: high / exposure};
}

function garwoodCounts(count: number, level: number): Interval {
  const alpha = 1 - level;
  return {
    low: count === 0 ? 0 : jStat.gamma.inv(alpha / 2, count, 1),
    high: jStat.gamma.inv(1 - alpha / 2, count + 1, 1)
  };
}

// The same counts recur across thousands of units and years; the gamma quantile is the costly part.
const garwood95 = new Map<number, Interval>();
function garwoodCounts95(count: number): Interval {
  let interval = garwood95.get(count);
  if (!interval) garwood95.set(count, (interval = garwoodCounts(count, 0.95)));
  return interval;
}

/** Wilson score interval for a share x/n. */
export function wilsonInterval(successes: number, trials: number, level = 0.95): Interval {
  if (trials <= 0) return {low: 0, high: 1};
  const z = level === 0.95 ? Z95 : jStat.normal.inv(1 - (1 - level) / 2, 0, 1);
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return {low: Math.max(0, centre - half), high: Math.min(1, centre + half)};
}

/** Target for year t on the plan's path: baseline × (1 + g)^(t − b). */
export function trajectory(baseline: number, annualChange: number, baselineYear: number, year: number): number {
  return baseline * Math.pow(1 + annualChange, year - baselineYear);
}

/** Compound annual growth rate between two values. */
export function compoundAnnualChange(from: number, to: number, years: number): number {
  return Math.pow(to / from, 1 / years) - 1;
}

export type ProgressCategory = "target_achieved" | "on_track" | "fair" | "limited" | "deterioration";

/**
 * The UN SDG progress-chart classification: CR = observed annual change ÷ required annual change.
 * With the required change equal to the plan's g, CR = CAGR / g.
 */
export function progressCategory(
  observedChange: number,
  requiredChange: number
): {ratio: number; category: ProgressCategory} {
  const ratio = observedChange / requiredChange;
  const category: ProgressCategory =
    ratio >= PROGRESS_RATIO_RULE.onTrack
      ? "on_track"
      : ratio >= PROGRESS_RATIO_RULE.fair
        ? "fair"
        : ratio >= PROGRESS_RATIO_RULE.limited
          ? "limited"
          : "deterioration";
  return {ratio, category};
}

export interface PoissonTrend {
  /** Log-linear slope per year. */
  slope: number;
  standardError: number;
  /** Annual percent change e^b − 1 and its 95% interval. */
  annualChange: number;
  annualChangeInterval: Interval;
  /** Pearson dispersion X²/(n−2); the standard error is inflated by √φ when φ > 1. */
  dispersion: number;
  /** Quasi-Poisson (φ > 1): intervals and tests use Student's t with n − 2 degrees of freedom, else the normal. */
  quasi: boolean;
  /** One-sided p-value of "the true change is no better than the target change". */
  pValueAgainstTarget?: number;
}

/**
 * Poisson log-linear trend log μ_t = log E_t + a + b(t − t̄), fitted by iteratively reweighted least
 * squares; when over-dispersed (φ > 1), quasi-Poisson: standard error × √φ and, since φ is estimated
 * from the n points, Student's t with n − 2 degrees of freedom for the interval and the test.
 */
export function poissonTrend(
  counts: number[],
  exposures: number[],
  years: number[],
  targetChange?: number
): PoissonTrend {
  const n = counts.length;
  if (n < 2) throw new Error("a trend needs at least two years");
  const mean = years.reduce((a, b) => a + b, 0) / n;
  const x = years.map((y) => y - mean);
  const total = counts.reduce((a, b) => a + b, 0);
  let a = Math.log(Math.max(total, 0.5) / exposures.reduce((s, e) => s + e, 0));
  let b = 0;
  let information = [0, 0, 0];
  for (let iteration = 0; iteration < 50; iteration++) {
    const mu = x.map((xi, i) => exposures[i]! * Math.exp(a + b * xi));
    // Newton–Raphson on the Poisson log-likelihood (identical to IRLS for the canonical link).
    const gradient = [
      counts.reduce((s, y, i) => s + y - mu[i]!, 0),
      counts.reduce((s, y, i) => s + (y - mu[i]!) * x[i]!, 0)
    ];
    const i00 = mu.reduce((s, m) => s + m, 0);
    const i01 = mu.reduce((s, m, i) => s + m * x[i]!, 0);
    const i11 = mu.reduce((s, m, i) => s + m * x[i]! * x[i]!, 0);
    const det = i00 * i11 - i01 * i01;
    const da = (i11 * gradient[0]! - i01 * gradient[1]!) / det;
    const db = (i00 * gradient[1]! - i01 * gradient[0]!) / det;
    a += da;
    b += db;
    information = [i00, i01, i11];
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  const [i00, i01, i11] = information as [number, number, number];
  const fitted = x.map((xi, i) => exposures[i]! * Math.exp(a + b * xi));
  const pearson = counts.reduce((s, y, i) => s + (y - fitted[i]!) ** 2 / fitted[i]!, 0);
  const dispersion = n > 2 ? pearson / (n - 2) : 1;
  const variance = i00 / (i00 * i11 - i01 * i01);
  const quasi = dispersion > 1;
  const standardError = Math.sqrt(variance) * Math.sqrt(Math.max(1, dispersion));
  const critical = quasi ? jStat.studentt.inv(0.975, n - 2) : Z95;
  const cdf = (x: number) => (quasi ? jStat.studentt.cdf(x, n - 2) : jStat.normal.cdf(x, 0, 1));
  const trend: PoissonTrend = {
    slope: b,
    standardError,
    annualChange: Math.exp(b) - 1,
    annualChangeInterval: {
      low: Math.exp(b - critical * standardError) - 1,
      high: Math.exp(b + critical * standardError) - 1
    },
    dispersion,
    quasi
  };
  if (targetChange !== undefined) {
    // Decreasing targets (g < 0): evidence of being on track is a slope below log(1 + g).
    const z = (b - Math.log(1 + targetChange)) / standardError;
    trend.pValueAgainstTarget = targetChange < 0 ? cdf(z) : 1 - cdf(z);
  }
  return trend;
}

/**
 * Over-dispersion in a unit's own yearly history around its log-linear trend: φ = X²/(n − 2) when the
 * χ² test at 5% finds it (X² > χ²ₙ₋₂(0.95), at least 4 years), else 1 (the counts behave as Poisson).
 */
export function historyDispersion(counts: number[], exposures: number[], years: number[]): {phi: number} {
  if (counts.length < 4) return {phi: 1};
  const {dispersion} = poissonTrend(counts, exposures, years);
  const df = counts.length - 2;
  return {phi: dispersion * df > jStat.chisquare.inv(0.95, df) ? dispersion : 1};
}

/**
 * Probability that the rate ratio θ = λ₂/λ₁ is at most t, with Jeffreys posteriors
 * λᵢ ~ Gamma(yᵢ + ½, Eᵢ): P(θ ≤ t) = I_{c/(1+c)}(y₂ + ½, y₁ + ½), c = t·E₂/E₁.
 */
export function probabilityRatioAtMost(y1: number, e1: number, y2: number, e2: number, t: number): number {
  const c = (t * e2) / e1;
  return jStat.beta.cdf(c / (1 + c), y2 + 0.5, y1 + 0.5);
}

/** Poisson cumulative distribution P(X ≤ k) for mean μ (stable for large μ). */
export function poissonCdf(k: number, mu: number): number {
  if (k < 0) return 0;
  return 1 - jStat.lowRegGamma(Math.floor(k) + 1, mu);
}

/**
 * P(Y ≤ k) for a count with mean μ and variance μ + τ²μ²: Poisson when τ² = 0, else negative binomial
 * (Poisson–gamma: the units' true rate ratios vary as a gamma with mean 1 and variance τ²), whose
 * distribution tends to the Poisson as τ² → 0, so limits built on it are continuous in τ².
 */
export function poissonGammaCdf(k: number, mu: number, tau2 = 0): number {
  if (k < 0) return 0;
  // Below this the two differ by less than 1e-9 in every quantile used here (and the beta function loses accuracy).
  if (tau2 * mu < 1e-9) return poissonCdf(k, mu);
  const size = 1 / tau2;
  return jStat.beta.cdf(size / (size + mu), size, Math.floor(k) + 1);
}

/**
 * Funnel-plot limit in counts for an expected count μ at probability p (e.g. 0.975, 0.999), with
 * Spiegelhalter's interpolation between integers: r = p-quantile, α = (F(r) − p)/(F(r) − F(r − 1)),
 * limit = r − α. F is Poisson, or Poisson–gamma with between-unit variance τ².
 */
export function funnelLimit(mu: number, p: number, tau2 = 0): number {
  const cdf = (k: number) => poissonGammaCdf(k, mu, tau2);
  let r = 0;
  while (cdf(r) < p) r++;
  const fr = cdf(r);
  const frMinus = cdf(r - 1);
  const alpha = fr === frMinus ? 0 : (fr - p) / (fr - frMinus);
  return Math.max(0, r - alpha);
}

/**
 * Where an observed count y lies under Poisson–gamma(μ, τ²): its two exact tail probabilities,
 * P(Y ≥ y) and P(Y ≤ y). A unit is classified by these (not by the interpolated funnel lines, which are
 * for drawing): flagged above at level α when P(Y ≥ y) < α/2, below when P(Y ≤ y) < α/2.
 */
export function funnelTails(y: number, mu: number, tau2 = 0): {upper: number; lower: number} {
  return {upper: 1 - poissonGammaCdf(y - 1, mu, tau2), lower: poissonGammaCdf(y, mu, tau2)};
}

/**
 * The chance that a unit with the common rate is flagged at two-sided level α by its exact tails
 * (funnelTails): less than α for small counts, whose discrete tails rarely fall under α/2.
 */
export function chanceFlagged(mu: number, tau2: number, alpha: number): number {
  const cdf = (k: number) => poissonGammaCdf(k, mu, tau2);
  let below = 0;
  for (let k = 0; cdf(k) < alpha / 2; k++) below = cdf(k);
  let k = 0;
  while (1 - cdf(k - 1) >= alpha / 2) k++;
  return below + (1 - cdf(k - 1));
}

/** Smallest integer count that lies above the upper limit: a unit is flagged high from this many events. */
export function poissonQuantile(mu: number, p: number): number {
  let r = 0;
  while (poissonCdf(r, mu) < p) r++;
  return r;
}

export interface EmpiricalBayes {
  /** Pooled rate Σy/Σx. */
  pooled: number;
  /** Between-unit variance of the true rates, τ² × pooled² (0 means total pooling). */
  variance: number;
  smoothed: number[];
  /** Weight of each unit's own rate. */
  weights: number[];
}

/**
 * Empirical-Bayes rates under the same Poisson–gamma model as the funnel limits: true rates vary around
 * the pooled rate b with variance a = τ²b², and each unit's smoothed rate is its posterior mean,
 * p̃ᵢ = b + a(pᵢ − b)/(a + b/xᵢ) (Marshall 1991's form).
 */
export function empiricalBayesRates(events: number[], exposures: number[], tau2: number): EmpiricalBayes {
  const totalEvents = events.reduce((a, b) => a + b, 0);
  const totalExposure = exposures.reduce((a, b) => a + b, 0);
  const b = totalEvents / totalExposure;
  const rates = events.map((y, i) => y / exposures[i]!);
  const a = tau2 * b * b;
  const weights = exposures.map((x) => (a === 0 ? 0 : a / (a + b / x)));
  return {pooled: b, variance: a, smoothed: rates.map((p, i) => b + weights[i]! * (p - b)), weights};
}

export interface Overdispersion {
  /** Mean squared winsorised Pearson z-score. */
  phi: number;
  /** The test: nφ against χ² with n − 1 degrees of freedom at 5%, and its p-value. */
  statistic: number;
  degreesOfFreedom: number;
  critical: number;
  pValue: number;
  /** Between-unit variance of the true rate ratios; 0 unless the test finds over-dispersion. */
  tau2: number;
}

/**
 * Over-dispersion of units around the common rate (Spiegelhalter 2005b; DerSimonian–Laird on the ratio
 * scale, where a unit's variance is 1/E): Pearson z = (O − E)/√E, 10% winsorised at each end, φ = mean z².
 * Only when nφ exceeds χ²ₙ₋₁(0.95): τ² = (nφ − (n − 1))/(ΣE − ΣE²/ΣE); otherwise the units are taken
 * as one common rate (τ² = 0).
 */
export function overdispersion(observed: number[], expected: number[]): Overdispersion {
  const n = observed.length;
  const z = observed.map((o, i) => (o - expected[i]!) / Math.sqrt(expected[i]!));
  const sorted = [...z].sort((p, q) => p - q);
  const cut = Math.floor(n * 0.1);
  const lowCut = sorted[cut]!;
  const highCut = sorted[n - 1 - cut]!;
  const statistic = z.reduce((s, v) => s + Math.min(highCut, Math.max(lowCut, v)) ** 2, 0);
  const degreesOfFreedom = n - 1;
  const critical = jStat.chisquare.inv(0.95, degreesOfFreedom);
  const sumE = expected.reduce((s, v) => s + v, 0);
  const sumE2 = expected.reduce((s, v) => s + v * v, 0);
  return {
    phi: statistic / n,
    statistic,
    degreesOfFreedom,
    critical,
    pValue: 1 - jStat.chisquare.cdf(statistic, degreesOfFreedom),
    tau2: statistic > critical ? (statistic - degreesOfFreedom) / (sumE - sumE2 / sumE) : 0
  };
}
