// What a scorecard says about each target, as text: the one source of the overview's scorecard, the report
// page's scorecard and the report's Word table, so the three say the same thing.
import type {ScorecardRow} from "../contract/site.js";
import {explain} from "./explain.js";
import {formatIndicatorValue, indicatorTitle} from "./indicator-format.js";
import type {Lang} from "./locale.js";

/** "plan id|target id" → the target's rule and, where the page quotes it, the plan's sentence. */
export type TargetTexts = Map<string, {rule: Record<Lang, string>; sentence?: string}>;

export interface ScorecardLine {
  /** The indicator's name, with its sectors when it is not about all of them. */
  indicator: string;
  rule: string | null;
  value: string;
  /** "low – high", when the value has an interval. */
  interval: string | null;
  target: string;
  /** The status id (the badge's word and shape come from it). */
  status: ScorecardRow["status"];
  calculation: string;
  sentence: string | null;
}

export function scorecardLines(rows: ScorecardRow[], targets: TargetTexts, lang: Lang): ScorecardLine[] {
  return rows.map((row) => {
    const target = row.target_id ? targets.get(`${row.plan_id}|${row.target_id}`) : undefined;
    const format = (v: number | null | undefined) => formatIndicatorValue(row.indicator, v, lang);
    return {
      indicator: indicatorTitle(row.indicator, row.sector, lang),
      rule: target?.rule[lang] ?? null,
      value: format(row.value),
      interval: row.ci_low != null ? `${format(row.ci_low)} – ${format(row.ci_high)}` : null,
      target: format(row.target_value),
      status: row.status,
      calculation: explain(row, lang),
      sentence: target?.sentence ?? null
    };
  });
}
