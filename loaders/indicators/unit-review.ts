// The period review of one unit, as the command line asks for it: the yearly results of the unit from the
// plan's base year to the period's end, through the same engine as the scorecards, then reviewed.
import type {DuckDBConnection} from "@duckdb/node-api";
import type {TargetReview} from "../../contract/site.js";
import {unitKey} from "../../contract/units.js";
import {choosePlan, type PlanChoice} from "../units/plan.js";
import type {GeographyMode, UnitLineage} from "../units/units.js";
import {readPlans} from "./plan-store.js";
import type {Plan} from "./plans.js";
import {indicatorResults} from "./results.js";
import {reviewPlan, reviewYears} from "./review.js";

/**
 * The review of the plan that judges the unit over the asked period: the plan that applies in the period's
 * last year that has one, over the part of the period its own period covers (a plan is never judged on a
 * year outside it); `outside` lists the asked years left out.
 */
export async function unitReview(
  connection: DuckDBConnection,
  unit: UnitLineage,
  {from, to, mode = "reported", plans}: {from: number; to: number; mode?: GeographyMode; plans?: Plan[]}
): Promise<{
  plan: Plan | undefined;
  reason: PlanChoice["reason"] | null;
  reviews: TargetReview[];
  period: {from: number; to: number};
  outside: number[];
}> {
  plans ??= await readPlans(connection);
  const asked = Array.from({length: to - from + 1}, (_, i) => from + i);
  const last = asked.findLast((year) => choosePlan(plans!, unit, year));
  const choice = last === undefined ? undefined : choosePlan(plans, unit, last);
  if (!choice) return {plan: undefined, reason: null, reviews: [], period: {from, to}, outside: []};
  const {plan, reason} = choice;
  const period = {from: Math.max(from, plan.period.from), to: Math.min(to, plan.period.to)};
  const results = await indicatorResults(connection, {
    mode,
    units: [unit],
    years: reviewYears(plan, period),
    plans,
    fixedPlans: new Map([[unitKey(unit), plan]])
  });
  return {
    plan,
    reason,
    reviews: reviewPlan(plan, results, period),
    period,
    outside: asked.filter((year) => year < period.from || year > period.to)
  };
}
