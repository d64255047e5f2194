// The one path to indicator results: the command line (one unit and year), the site's data loaders (the
// site's units, every year) and `npm run bench:indicators` (every unit) all compute through
// indicatorResults — the unit's facts, training and report timeliness, the plan that applies to it in
// the year (or the plan under review), then evaluateUnit.
import type {DuckDBConnection} from "@duckdb/node-api";
import {group} from "d3";
import {parseUnitKey, unitKey, type UnitKey, type UnitMap, type UnitRef} from "../../contract/units.js";
import {choosePlan, type PlanChoice} from "../units/plan.js";
import {readUnits, type GeographyMode, type UnitRecord} from "../units/units.js";
import {childSubmissions, unitFacts, unitTraining, type ReportingUnit, type UnitFacts} from "./aggregate.js";
import {lastIncidentDate} from "./compare-units.js";
import {evaluateUnit, YEAR_IN_PROGRESS, type EvaluateOptions, type IndicatorResult} from "./evaluate.js";
import {readPlans} from "./plan-store.js";
import {reportDue, type Plan} from "./plans.js";

export interface ResultsQuery {
  mode: GeographyMode;
  /** Only these units; every unit with data when absent. */
  units?: UnitRef[];
  /** Only these unit levels (communes are many and mostly empty); all when absent. */
  levels?: UnitRecord["level"][];
  /** These years, each judged even without data; the years with data when absent. */
  years?: number[];
  /** These sector keys ("ALL", a section, "F+B"…), each judged even without data when years are given. */
  sectors?: string[];
  plans?: Plan[];
  /** A period review: each of these units judged by this plan in every year. */
  fixedPlans?: Map<UnitKey, Plan>;
}

export type UnitResult = IndicatorResult & {mode: GeographyMode; plan_reason: PlanChoice["reason"] | null};

/** What the plan under review is called where a result says which plan judged it. */
const UNDER_REVIEW = {vi: "Kế hoạch được tổng kết", en: "The plan under review"};

/**
 * Report timeliness of a unit by year: the children that reported by the plan's date, where any child
 * ever reported (a unit whose children never report has no such indicator).
 */
function timeliness(children: ReportingUnit[], plan: Plan | undefined): EvaluateOptions["timeliness"] {
  const result: EvaluateOptions["timeliness"] = new Map();
  if (!children.some((s) => s.submitted_on !== null)) return result;
  for (const [year, rows] of group(children, (s) => s.year)) {
    const due = reportDue(plan, year);
    result.set(year, {
      onTime: rows.filter((s) => s.submitted_on !== null && s.submitted_on <= due).length,
      expected: rows.length,
      deadline: due
    });
  }
  return result;
}

/** Every indicator of the units, years and sectors asked for, each judged by the plan that applies. */
export async function indicatorResults(connection: DuckDBConnection, query: ResultsQuery): Promise<UnitResult[]> {
  const {mode} = query;
  const [plans, units] = await Promise.all([query.plans ?? readPlans(connection), readUnits(connection)]);
  const filter = {mode, ...(query.units ? {units: query.units} : {})};
  const [facts, training] = await Promise.all([unitFacts(connection, filter), unitTraining(connection, filter)]);
  const unitOf = (row: {unit_code: string; unit_geography: UnitMap}) =>
    unitKey({code: row.unit_code, geography: row.unit_geography});
  const factsByUnit = group(facts, unitOf);
  const trainingByUnit = group(training, unitOf);
  // The units asked for, else those with data; in today's geography only the 34 provinces and the country.
  const asked = (query.units ?? [...factsByUnit.keys()].map((key) => parseUnitKey(key)!)).filter(
    (u) =>
      !(mode === "2025" && u.geography === "pre2025") &&
      (!query.levels || query.levels.includes(units.get(u)?.level ?? "country"))
  );
  const submissions = group(await childSubmissions(connection, asked), (s) => s.parent);
  // Where the year in progress ends so far (it is on the new map): a rate's person-years follow it.
  const lastDate = await lastIncidentDate(connection, YEAR_IN_PROGRESS, "2025");
  const results: UnitResult[] = [];
  for (const unit of asked) {
    const key = unitKey(unit);
    const unitFactRows = factsByUnit.get(key) ?? [];
    const lineage = units.lineage(unit);
    const fixed = query.fixedPlans?.get(key);
    // Timeliness depends on the plan's report date: computed once per plan.
    const timelinessByPlan = new Map<string | undefined, EvaluateOptions["timeliness"]>();
    const timelinessFor = (plan: Plan | undefined) => {
      if (!timelinessByPlan.has(plan?.id)) timelinessByPlan.set(plan?.id, timeliness(submissions.get(key) ?? [], plan));
      return timelinessByPlan.get(plan?.id)!;
    };
    // The years and sectors asked for, else those with data.
    const yearSectors = query.years
      ? query.years.flatMap((year) => (query.sectors ?? ["ALL"]).map((sector) => ({year, sector})))
      : [...group(unitFactRows, (f: UnitFacts) => `${f.year}|${f.sector}`).values()]
          .map(([f]) => ({year: f!.year, sector: f!.sector}))
          .filter(({sector}) => !query.sectors || query.sectors.includes(sector));
    for (const {year, sector} of yearSectors) {
      const choice = fixed ? {plan: fixed, reason: UNDER_REVIEW} : choosePlan(plans, lineage, year);
      results.push(
        ...evaluateUnit({
          unit_code: unit.code,
          geography: unit.geography,
          year,
          sector,
          plan: choice?.plan,
          facts: unitFactRows,
          training: trainingByUnit.get(key) ?? [],
          timeliness: timelinessFor(choice?.plan),
          mode,
          lastIncidentDate: year === YEAR_IN_PROGRESS ? lastDate : null
        }).map((r) => ({...r, mode, plan_reason: choice?.reason ?? null}))
      );
    }
  }
  return results;
}

/** The indicators of one unit and year, as the command line asks for them; `plan` judges by that plan (a period review). */
export function unitIndicators(
  connection: DuckDBConnection,
  unit: UnitRef,
  year: number,
  {
    sector = "ALL",
    mode = "reported",
    plans,
    plan
  }: {sector?: string; mode?: GeographyMode; plans?: Plan[]; plan?: Plan} = {}
): Promise<UnitResult[]> {
  return indicatorResults(connection, {
    mode,
    units: [unit],
    years: [year],
    sectors: [sector],
    ...(plans ? {plans} : {}),
    ...(plan ? {fixedPlans: new Map([[unitKey(unit), plan]])} : {})
  });
}
