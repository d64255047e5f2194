// Plans as data (data/plans/*.json, written from the documents in shared/plans): their targets as
// rules. Which plan judges a unit: loaders/units/plan.ts.
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

/** Default annual-report date where a plan sets none (the provincial plans mostly ask for mid-December). */
const DEFAULT_REPORT_DEADLINE = {month: 12, day: 15};

/** The day a year's annual report is due under a plan (YYYY-MM-DD). */
export function reportDue(plan: Plan | undefined, year: number): string {
  const {month, day} = plan?.report_deadline ?? DEFAULT_REPORT_DEADLINE;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
