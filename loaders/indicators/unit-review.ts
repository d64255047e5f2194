// The period review of one unit, as the command line asks for it: the yearly results of the unit from the
// plan's base year to the period's end, through the same engine as the scorecards, then reviewed.
import type {DuckDBConnection} from "@duckdb/node-api";
import type {GeographyMode} from "./aggregate.js";
import {loadPlans, type Plan} from "./plans.js";
import {reviewPlan, type TargetReview} from "./review.js";
import {unitIndicators, unitPlan, type ResolvedUnit} from "./unit-indicators.js";

export async function unitReview(
  connection: DuckDBConnection,
  unit: ResolvedUnit,
  {from, to, mode = "reported", plans = loadPlans()}: {from: number; to: number; mode?: GeographyMode; plans?: Plan[]}
): Promise<{plan: Plan | undefined; reviews: TargetReview[]}> {
  const plan = unitPlan(unit, plans);
  if (!plan) return {plan, reviews: []};
  const first = Math.min(from, plan.baseline_year ?? from - 1);
  const results = [];
  for (let year = first; year <= to; year++)
    results.push(...(await unitIndicators(connection, unit, year, {mode, plans})));
  return {plan, reviews: reviewPlan(plan, results, {from, to})};
}
