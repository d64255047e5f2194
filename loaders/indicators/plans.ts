// Plans as data (data/plans/*.json, written from the documents in shared/plans): their targets as
// rules, and which plan judges a unit — its own, else its parent's (commune → district → province →
// national).
import {readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "../paths.js";

export type TargetRule =
  | {kind: "annual_change"; direction: "decrease" | "increase"; percent: number}
  | {kind: "share"; comparison: "at_least" | "above"; value: number};

export interface PlanTarget {
  id: string;
  indicator: string;
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

export function loadPlans(directory = plansDir): Plan[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(directory, file), "utf8")) as Plan);
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

/** The plan that judges a unit: the first plan issued by the unit or one of its ancestors, in order. */
export function planFor(plans: Plan[], lineage: UnitLineage): Plan | undefined {
  for (const code of lineage.chain) {
    const plan = plans.find(
      (p) =>
        p.targets.length > 0 &&
        p.issuer.unit_code === code &&
        (p.issuer.geography === "any" || p.issuer.geography === lineage.geography)
    );
    if (plan) return plan;
  }
  return undefined;
}
