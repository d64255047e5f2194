// The indicators of one unit and year as the command line, the pages and the reports ask for them:
// resolves the unit in the chosen geography, finds the plan that judges it, gathers its facts.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {sqlString} from "../../contract/sql.js";
import {childSubmissions, unitFacts, unitTraining, type GeographyMode} from "./aggregate.js";
import {evaluateUnit, type IndicatorResult} from "./evaluate.js";
import {readPlans} from "./plan-store.js";
import {choosePlan, type Plan, type PlanChoice} from "./plans.js";

export interface ResolvedUnit {
  unit_code: string;
  /** pre2025, 2025, or "any" for the country. */
  geography: string;
  name: string;
  /** Codes from the unit up to "VN": where a plan is looked for. */
  chain: string[];
  /** Set when the unit asked for was replaced (an old unit asked for in today's geography). */
  note?: string;
}

interface UnitRow {
  unit_code: string;
  geography: string;
  name: string;
  district_code: string | null;
  province_code: string | null;
  province_2025: string | null;
}

/**
 * The unit a code means in a year: as reported, 2024 and earlier are the old units, 2025 on the 34 new
 * provinces where the code is one (else the old unit); in the 2025 geography, an old unit is replaced
 * by the new province that contains it.
 */
export async function resolveUnit(
  connection: DuckDBConnection,
  code: string,
  year: number,
  mode: GeographyMode
): Promise<ResolvedUnit | undefined> {
  if (code.toUpperCase() === "VN") return {unit_code: "VN", geography: "any", name: "Việt Nam", chain: ["VN"]};
  const rows = await queryRows<UnitRow>(
    connection,
    `SELECT unit_code, geography, name, district_code, province_code, province_2025 FROM units WHERE unit_code = ${sqlString(code)}`
  );
  const old = rows.find((r) => r.geography === "pre2025");
  const current = rows.find((r) => r.geography === "2025");
  if (mode === "2025") {
    if (current)
      return {unit_code: current.unit_code, geography: "2025", name: current.name, chain: [current.unit_code, "VN"]};
    if (!old?.province_2025) return undefined;
    const [province] = await queryRows<UnitRow>(
      connection,
      `SELECT unit_code, geography, name, district_code, province_code, province_2025 FROM units WHERE unit_code = ${sqlString(old.province_2025)} AND geography = '2025'`
    );
    return {
      unit_code: province!.unit_code,
      geography: "2025",
      name: province!.name,
      chain: [province!.unit_code, "VN"],
      note: `${old.name} (${old.unit_code}) là một phần của ${province!.name} (${province!.unit_code}) từ 01/07/2025 / is part of ${province!.name} since 01/07/2025`
    };
  }
  const unit = year >= 2025 && current ? current : (old ?? current);
  if (!unit) return undefined;
  const chain = [unit.unit_code, unit.district_code, unit.province_code, "VN"].filter((c): c is string => c != null);
  return {unit_code: unit.unit_code, geography: unit.geography, name: unit.name, chain: [...new Set(chain)]};
}

/** Default annual-report date where a plan sets none (the provincial plans mostly ask for mid-December). */
const DEFAULT_DEADLINE = {month: 12, day: 15};

/** The plan that judges the unit in a year, and why: its own, else the nearest one above it. */
export function unitPlan(unit: ResolvedUnit, plans: Plan[], year: number): PlanChoice | undefined {
  return choosePlan(
    plans,
    {unit_code: unit.unit_code, geography: unit.geography === "2025" ? "2025" : "pre2025", chain: unit.chain},
    year
  );
}

export type UnitResult = IndicatorResult & {plan_reason: PlanChoice["reason"] | null};

export async function unitIndicators(
  connection: DuckDBConnection,
  unit: ResolvedUnit,
  year: number,
  {
    sector = "ALL",
    mode = "reported" as GeographyMode,
    plans,
    plan: fixedPlan
  }: {
    sector?: string;
    mode?: GeographyMode;
    plans?: Plan[];
    /** Judge by this plan (a period review). */ plan?: Plan;
  } = {}
): Promise<UnitResult[]> {
  const choice = fixedPlan
    ? {plan: fixedPlan, reason: null}
    : unitPlan(unit, plans ?? (await readPlans(connection)), year);
  const plan = choice?.plan;
  const filter = {mode, unit: {code: unit.unit_code, geography: unit.geography}};
  const [facts, training, submissions] = await Promise.all([
    unitFacts(connection, filter),
    unitTraining(connection, filter),
    childSubmissions(connection, {code: unit.unit_code, geography: unit.geography})
  ]);
  // Report timeliness: children that reported by the plan's date, where any child ever reported.
  const deadline = plan?.report_deadline ?? DEFAULT_DEADLINE;
  const timeliness = new Map<number, {onTime: number; expected: number; deadline: string}>();
  if (submissions.some((s) => s.submitted_on !== null)) {
    for (const y of new Set(submissions.map((s) => s.year))) {
      const due = `${y}-${String(deadline.month).padStart(2, "0")}-${String(deadline.day).padStart(2, "0")}`;
      const children = submissions.filter((s) => s.year === y);
      timeliness.set(y, {
        onTime: children.filter((s) => s.submitted_on !== null && s.submitted_on <= due).length,
        expected: children.length,
        deadline: due
      });
    }
  }
  return evaluateUnit({
    unit_code: unit.unit_code,
    geography: unit.geography,
    year,
    sector,
    plan,
    facts,
    training,
    timeliness
  }).map((r) => ({...r, plan_reason: choice?.reason ?? null}));
}
