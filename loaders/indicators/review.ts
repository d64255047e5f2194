// The period review (báo cáo tổng kết giai đoạn): for every target of a plan, the answer over the whole
// period, built from the same yearly results the scorecards show.
//
// - A change target ("giảm ít nhất 4%/năm") is answered by the average annual change over the base year
//   and the period's years: a log-linear Poisson trend (rates per worker; counts as they are), with its
//   95% interval widened for over-dispersion. Achieved when the whole interval lies on the plan's side of
//   the required change, not achieved when the whole interval lies on the other side, otherwise not
//   enough evidence — the interval decides, never the point estimate alone.
// - A share target ("trên 80%", "100%") is about complete counts of the unit's own people, facilities or
//   accidents: each year's count is met or not, and the period's answer is the pooled count (all years'
//   numerators over all years' denominators), with the years missed and the shortfall.
// A year whose data covers half of it (old units in 2025) is left out of both, and the review says so.
import {
  MIN_EVENTS,
  MIN_REVIEW_YEARS,
  type Calculation,
  type IndicatorId,
  type Method
} from "../../contract/indicators.js";
import type {ReviewYear, TargetReview} from "../../contract/site.js";
import {poissonTrend} from "./statistics.js";
import type {Plan, PlanTarget} from "./plans.js";

/** The fields of a yearly result the review reads (loaders/indicators/evaluate.ts IndicatorResult). */
export interface YearlyResult {
  year: number;
  indicator: IndicatorId;
  sector: string;
  plan_id: string | null;
  target_id: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** The base the yearly verdicts used: the base year's value, or the mean of the plan's base years. */
  baseline_value: number | null;
  method: Method;
  calculation?: Pick<Calculation, "unplaced" | "part_of_year">;
}

/** Whether a count meets a share target, compared in whole counts (no rounding of percentages). */
function meets(numerator: number, denominator: number, threshold: number, comparison: "at_least" | "above") {
  const needed = threshold * denominator;
  // 1e-9: 0.8 × 25 is 20.000000000000004 in floating point, and 20 of 25 is 80%.
  return comparison === "above" ? numerator > needed + 1e-9 : numerator >= needed - 1e-9;
}

function shortfall(numerator: number, denominator: number, threshold: number, comparison: "at_least" | "above") {
  if (meets(numerator, denominator, threshold, comparison)) return 0;
  const needed = threshold * denominator;
  const least = comparison === "above" ? Math.floor(needed + 1e-9) + 1 : Math.ceil(needed - 1e-9);
  return Math.min(least, denominator) - numerator;
}

export function reviewTarget(
  plan: Plan,
  target: PlanTarget,
  results: YearlyResult[],
  {from, to}: {from: number; to: number}
): TargetReview {
  const mine = results.filter((r) => r.plan_id === plan.id && r.target_id === target.id);
  const first = target.rule.kind === "annual_change" ? (plan.baseline_year ?? from - 1) : from;
  const years: ReviewYear[] = [];
  for (let year = first; year <= to; year++) {
    const r = mine.find((m) => m.year === year);
    const hasData =
      r != null && r.numerator != null && (target.rule.kind === "annual_change" || (r.denominator ?? 0) > 0);
    years.push({
      year,
      numerator: r?.numerator ?? null,
      denominator: r?.denominator ?? null,
      value: r?.value ?? null,
      met:
        hasData && target.rule.kind === "share"
          ? meets(r!.numerator!, r!.denominator!, target.rule.value, target.rule.comparison)
          : null,
      excluded: r?.method === "partial_year" ? "partial_year" : hasData ? null : "no_data",
      ...(r?.method === "partial_year" ? {part_of_year: r.calculation?.part_of_year ?? "old_unit"} : {}),
      ...(r?.calculation?.unplaced?.length ? {unplaced: r.calculation.unplaced} : {})
    });
  }
  const used = years.filter((y) => y.excluded === null);
  const review: TargetReview = {
    plan_id: plan.id,
    target_id: target.id,
    indicator: target.indicator,
    sector: mine[0]?.sector ?? (target.sectors?.join("+") || "ALL"),
    rule: target.rule.kind,
    sentence: target.sentence,
    period_from: from,
    period_to: to,
    baseline_year: null,
    baseline_first_year: null,
    baseline_value: null,
    end_year: used.at(-1)?.year ?? null,
    end_value: used.at(-1)?.value ?? null,
    average_annual_change: null,
    ci_low: null,
    ci_high: null,
    required_annual_change: null,
    required_total_change: null,
    observed_total_change: null,
    dispersion: null,
    events: null,
    pooled_numerator: null,
    pooled_denominator: null,
    pooled_value: null,
    threshold: null,
    comparison: null,
    years_missed: [],
    shortfall: null,
    years,
    status: "no_data",
    method: "no_data"
  };

  if (target.rule.kind === "share") {
    const {value: threshold, comparison} = target.rule;
    Object.assign(review, {threshold, comparison, years_missed: used.filter((y) => !y.met).map((y) => y.year)});
    if (used.length === 0) return review;
    const numerator = used.reduce((s, y) => s + y.numerator!, 0);
    const denominator = used.reduce((s, y) => s + y.denominator!, 0);
    const met = meets(numerator, denominator, threshold, comparison);
    return Object.assign(review, {
      pooled_numerator: numerator,
      pooled_denominator: denominator,
      pooled_value: numerator / denominator,
      shortfall: shortfall(numerator, denominator, threshold, comparison),
      status: met ? "achieved" : "not_achieved",
      method: "pooled_count"
    });
  }

  const g = (target.rule.direction === "decrease" ? -1 : 1) * (target.rule.percent / 100);
  // The same base as the yearly verdicts (the mean of the base years where the plan's words allow it), so the
  // review and the year's scorecard never print two different bases.
  const judgedBase = mine.findLast((r) => r.baseline_value != null)?.baseline_value;
  const baseline = judgedBase ?? years.find((y) => y.year === plan.baseline_year && y.excluded === null)?.value ?? null;
  Object.assign(review, {
    baseline_year: plan.baseline_year,
    baseline_first_year: judgedBase != null && plan.baseline_years ? plan.baseline_years[0] : null,
    baseline_value: baseline,
    required_annual_change: g
  });
  if (used.length === 0) return review;
  const last = used.at(-1)!;
  review.required_total_change = (1 + g) ** (last.year - first) - 1;
  if (baseline) review.observed_total_change = last.value! / baseline - 1;
  const events = used.reduce((s, y) => s + y.numerator!, 0);
  review.events = events;
  if (used.length < MIN_REVIEW_YEARS)
    return Object.assign(review, {status: "not_enough_evidence", method: "too_few_years"});
  if (events < MIN_EVENTS) return Object.assign(review, {status: "not_enough_evidence", method: "too_few_events"});
  // A rate's events over its workers; a count has no exposure.
  const trend = poissonTrend(
    used.map((y) => y.numerator!),
    used.map((y) => y.denominator ?? 1),
    used.map((y) => y.year)
  );
  const {low, high} = trend.annualChangeInterval;
  const onPlanSide = g < 0 ? high <= g : low >= g;
  const otherSide = g < 0 ? low > g : high < g;
  return Object.assign(review, {
    average_annual_change: trend.annualChange,
    ci_low: low,
    ci_high: high,
    dispersion: trend.dispersion,
    status: onPlanSide ? "achieved" : otherSide ? "not_achieved" : "not_enough_evidence",
    method: "poisson_trend_period"
  });
}

/**
 * The years a review of the plan over from–to reads, each judged even without data (an old unit's 2025
 * without data is a half year, not a missing one): the plan's base year (else the year before) to the end.
 */
export function reviewYears(plan: Plan, {from, to}: {from: number; to: number}): number[] {
  const first = Math.min(from, plan.baseline_year ?? from - 1);
  return Array.from({length: to - first + 1}, (_, i) => first + i);
}

/** Every target of the plan that judges the unit, over the period. */
export function reviewPlan(plan: Plan, results: YearlyResult[], period: {from: number; to: number}): TargetReview[] {
  return plan.targets.map((target) => reviewTarget(plan, target, results, period));
}
