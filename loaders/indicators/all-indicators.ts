// Every indicator for every unit, year and sector of the warehouse, in both geographies: what the
// pages load, and what `npm run bench:indicators` times.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {unitFacts, unitTraining, type GeographyMode, type UnitFacts, type UnitTraining} from "./aggregate.js";
import {evaluateUnit, type IndicatorResult} from "./evaluate.js";
import {readPlans} from "./plan-store.js";
import {choosePlan, type Plan, type PlanChoice, type UnitLineage} from "./plans.js";

interface UnitRow {
  unit_code: string;
  geography: string;
  district_code: string | null;
  province_code: string | null;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface AllIndicatorsOptions {
  modes?: GeographyMode[];
  /** Which unit levels to include (communes are many and mostly empty). */
  levels?: ("country" | "province" | "district" | "commune")[];
  /** Keep only these units ("code|geography", geography "any" for the country); all when absent. */
  units?: Set<string>;
  /** Keep only these sector keys; all when absent. */
  sectors?: Set<string>;
  plans?: Plan[];
  /** A period review: each unit ("code|geography" as the site keys it) judged by this plan in every year. */
  fixedPlans?: Map<string, Plan>;
}

export type ModeResult = IndicatorResult & {mode: GeographyMode; plan_reason: PlanChoice["reason"] | null};

export async function allIndicators(
  connection: DuckDBConnection,
  options: AllIndicatorsOptions = {}
): Promise<ModeResult[]> {
  const {modes = ["reported", "2025"], levels = ["country", "province", "district", "commune"]} = options;
  const plans = options.plans ?? (await readPlans(connection));
  const units = await queryRows<UnitRow & {level: string}>(
    connection,
    "SELECT unit_code, geography, level, district_code, province_code FROM units"
  );
  const lineage = new Map(units.map((u) => [`${u.unit_code}|${u.geography}`, u]));
  const level = new Map(units.map((u) => [`${u.unit_code}|${u.geography}`, u.level]));
  const results: ModeResult[] = [];
  for (const mode of modes) {
    const [facts, training] = await Promise.all([unitFacts(connection, {mode}), unitTraining(connection, {mode})]);
    const factsByUnit = groupBy(facts, (f) => `${f.unit_code}|${f.unit_geography}`);
    const trainingByUnit = groupBy(training, (t) => `${t.unit_code}|${t.unit_geography}`);
    for (const [key, unitRows] of factsByUnit) {
      const [code, geography] = key.split("|") as [string, string];
      const unitLevel = code === "VN" ? "country" : level.get(key);
      if (!unitLevel || !levels.includes(unitLevel as never)) continue;
      if (options.units && !options.units.has(key)) continue;
      // In today's geography only the 34 provinces and the country are units.
      if (mode === "2025" && geography === "pre2025") continue;
      const row = lineage.get(key);
      const chain =
        code === "VN"
          ? ["VN"]
          : [code, row?.district_code, row?.province_code, "VN"].filter((c): c is string => c != null);
      // As reported, the unit's own chain; in today's geography, the province and the country.
      const unitLineage: UnitLineage =
        mode === "reported"
          ? {unit_code: code, geography: geography === "2025" ? "2025" : "pre2025", chain: [...new Set(chain)]}
          : {unit_code: code, geography: "2025", chain: [code, "VN"]};
      const resultGeography = mode === "2025" && code !== "VN" ? "2025" : geography;
      const fixed = options.fixedPlans?.get(`${code}|${mode === "2025" ? "2025" : resultGeography}`);
      const unitTrainingRows: UnitTraining[] = trainingByUnit.get(key) ?? [];
      const bySectorYear = groupBy(unitRows, (f: UnitFacts) => `${f.year}|${f.sector}`);
      for (const yearSector of bySectorYear.keys()) {
        const [year, sector] = yearSector.split("|") as [string, string];
        if (options.sectors && !options.sectors.has(sector)) continue;
        const choice: PlanChoice | undefined = fixed
          ? {plan: fixed, reason: {vi: "Kế hoạch được tổng kết", en: "The plan under review"}}
          : choosePlan(plans, unitLineage, Number(year));
        results.push(
          ...evaluateUnit({
            unit_code: code,
            geography: resultGeography,
            year: Number(year),
            sector,
            plan: choice?.plan,
            facts: unitRows,
            training: unitTrainingRows,
            timeliness: new Map()
          }).map((r) => ({...r, mode, plan_reason: choice?.reason ?? null}))
        );
      }
    }
  }
  return results;
}
