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

export async function unitReview(
  connection: DuckDBConnection,
  unit: UnitLineage,
  {from, to, mode = "reported", plans}: {from: number; to: number; mode?: GeographyMode; plans?: Plan[]}
): Promise<{plan: Plan | undefined; reason: PlanChoice["reason"] | null; reviews: TargetReview[]}> {
  // The plan that applies in the review's last year, judging every year of it (its base year included).
  plans ??= await readPlans(connection);
  const choice = choosePlan(plans, unit, to);
  if (!choice) return {plan: undefined, reason: null, reviews: []};
  const {plan, reason} = choice;
  const results = await indicatorResults(connection, {
    mode,
    units: [unit],
    years: reviewYears(plan, {from, to}),
    plans,
    fixedPlans: new Map([[unitKey(unit), plan]])
  });
  return {plan, reason, reviews: reviewPlan(plan, results, {from, to})};
}
