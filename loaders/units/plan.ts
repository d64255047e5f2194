// The plan that applies to a unit in a year, and why: its own, else the nearest one up its lineage
// (commune → district → province → the country).
import type {Plan} from "../indicators/plans.js";
import type {UnitLineage} from "./units.js";
import {englishBodyName} from "../../contract/unit-names.js";

export interface PlanChoice {
  plan: Plan;
  /** Which plan applies and why, in words. */
  reason: {vi: string; en: string};
}

/** Negative when plan a is the later: by issue date where both have one, else by period. */
function laterFirst(a: Plan, b: Plan): number {
  const date = (p: Plan) => (/^\d{4}-\d{2}-\d{2}$/.test(p.document.date) ? p.document.date : null);
  const [da, db] = [date(a), date(b)];
  if (da && db && da !== db) return db.localeCompare(da);
  return b.period.from - a.period.from || b.period.to - a.period.to || a.id.localeCompare(b.id);
}

/**
 * The plan that judges a unit in a year: among the plans with targets whose period covers the year,
 * the one of the nearest unit up the chain (the unit itself first); two plans of the same unit → the
 * later one (issue date, else period).
 */
export function choosePlan(plans: Plan[], lineage: UnitLineage, year: number): PlanChoice | undefined {
  for (const [level, code] of lineage.chain.entries()) {
    const candidates = plans
      .filter(
        (p) =>
          p.targets.length > 0 &&
          p.issuer.unit_code === code &&
          (p.issuer.geography === "any" || p.issuer.geography === lineage.geography) &&
          p.period.from <= year &&
          year <= p.period.to
      )
      .sort(laterFirst);
    const plan = candidates[0];
    if (!plan) continue;
    const period = `${plan.period.from}–${plan.period.to}`;
    const reason =
      level === 0
        ? {
            vi: `Kế hoạch của chính địa bàn (giai đoạn ${period} bao gồm năm ${year})`,
            en: `The unit's own plan (its period ${period} covers ${year})`
          }
        : {
            vi: `Kế hoạch cấp trên của ${plan.issuer.name}, vì địa bàn không có kế hoạch riêng cho năm ${year}${level > 1 ? " và cấp gần hơn cũng không có" : ""}; giai đoạn ${period} bao gồm năm ${year}`,
            en: `The plan of a level above, by ${englishBodyName(plan.issuer.name)}, because the unit has no plan of its own for ${year}${level > 1 ? " and neither has the level between" : ""}; its period ${period} covers ${year}`
          };
    if (candidates.length > 1) {
      reason.vi += `; ${candidates.length} kế hoạch cùng cấp bao gồm năm này, kế hoạch ban hành sau được áp dụng`;
      reason.en += `; ${candidates.length} plans of that unit cover the year, the later one applies`;
    }
    return {plan, reason};
  }
  return undefined;
}
