// Plans as data (data/plans/*.json, written from the documents in shared/plans): their targets as
// rules, and which plan judges a unit — its own, else its parent's (commune → district → province →
// national).
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {IndicatorId} from "../../contract/indicators.js";
import {projectRoot} from "../paths.js";

export type TargetRule =
  | {kind: "annual_change"; direction: "decrease" | "increase"; percent: number}
  | {kind: "share"; comparison: "at_least" | "above"; value: number};

export interface PlanTarget {
  id: string;
  indicator: IndicatorId;
  /** Sector scope (VSIC section letters or divisions); absent = all sectors. */
  sectors?: string[];
  rule: TargetRule;
  /** The sentence of the document the target comes from. */
  sentence: string;
}

export interface PlanTask {
  id: string;
  group: string;
  group_title: string;
  item: string;
  task: string;
  lead: string;
  partners: string;
  timing: string;
}

export interface Plan {
  id: string;
  title: string;
  issuer: {unit_code: string; geography: "pre2025" | "2025" | "any"; name: string};
  document: {number: string | null; date: string; kind: string; note?: string};
  source: string;
  period: {from: number; to: number};
  baseline_year: number | null;
  baseline_note?: string;
  /** Where the plan's words allow it: the years whose mean is the base (ending with baseline_year). */
  baseline_years?: number[];
  baseline_years_note?: string;
  report_deadline: {month: number; day: number; sentence: string} | null;
  targets: PlanTarget[];
  not_expressed: {sentence: string; why: string}[];
  tasks?: PlanTask[];
}

export const plansDir = join(projectRoot, "data/plans");

/**
 * What a plan's document says beyond the plans sheet, kept in the project's own files
 * (data/plans/<plan_id>.json): the issuer's name, the kind of document, where the text is, the
 * sentences no indicator measures. A plan of tasks only (no measurable target) is a whole Plan there.
 */
export interface PlanNotes {
  id: string;
  issuer_name: string;
  document_kind: string;
  /** The date as far as the text gives it, where it is not a full date. */
  document_date?: string;
  document_note?: string;
  source: string;
  baseline_note?: string;
  /** The years whose mean is the base, where the plan names none (see Plan). */
  baseline_years?: number[];
  baseline_years_note?: string;
  report_deadline_sentence?: string;
  not_expressed: {sentence: string; why: string}[];
}

export function readPlanFiles(directory = plansDir): {notes: Map<string, PlanNotes>; taskPlans: Plan[]} {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(directory, file), "utf8")) as PlanNotes | Plan);
  return {
    notes: new Map(files.filter((f): f is PlanNotes => !("period" in f)).map((n) => [n.id, n])),
    taskPlans: files.filter((f): f is Plan => "period" in f)
  };
}

/** Human-readable rule, e.g. "giảm ≥ 4%/năm" / "share > 50%". */
export function describeRule(rule: TargetRule): {vi: string; en: string} {
  if (rule.kind === "annual_change") {
    const word = rule.direction === "decrease" ? {vi: "giảm", en: "decrease"} : {vi: "tăng", en: "increase"};
    return rule.percent === 0
      ? {vi: `${word.vi} so với năm gốc`, en: `${word.en} from the base year`}
      : {vi: `${word.vi} ít nhất ${rule.percent}%/năm`, en: `${word.en} at least ${rule.percent}%/year`};
  }
  const sign = rule.comparison === "above" ? ">" : "≥";
  const percent = `${Math.round(rule.value * 1000) / 10}%`;
  return {vi: `tỷ lệ ${sign} ${percent}`, en: `share ${sign} ${percent}`};
}

/** The chain of units from a unit up to the country, in one geography (from the units table). */
export interface UnitLineage {
  unit_code: string;
  geography: "pre2025" | "2025";
  /** Codes from the unit itself up to "VN". */
  chain: string[];
}

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
            en: `The plan of a level above, by ${plan.issuer.name}, because the unit has no plan of its own for ${year}${level > 1 ? " and neither has the level between" : ""}; its period ${period} covers ${year}`
          };
    if (candidates.length > 1) {
      reason.vi += `; ${candidates.length} kế hoạch cùng cấp bao gồm năm này, kế hoạch ban hành sau được áp dụng`;
      reason.en += `; ${candidates.length} plans of that unit cover the year, the later one applies`;
    }
    return {plan, reason};
  }
  return undefined;
}
