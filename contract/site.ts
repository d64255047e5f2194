// The wire types: what the site's data loaders write (loaders/export/site-data.ts) and what the pages and
// components read, declared once.
import type {Calculation, IndicatorId, Method, ReviewMethod, ReviewStatus, Status} from "./indicators.js";
import type {UnitKey, UnitRef} from "./units.js";

/** The fields of a result that say how its status was reached (src/lib/explain.ts puts them in words). */
export interface ExplainableResult {
  indicator: IndicatorId;
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  baseline_year: number | null;
  baseline_value: number | null;
  target_value: number | null;
  status: Status;
  method: Method;
  probability: number | null;
  progress_ratio: number | null;
  calculation: Calculation;
}

/** One row of a unit's scorecard. */
export interface ScorecardRow extends ExplainableResult {
  sector: string;
  plan_id: string | null;
  target_id: string | null;
}

/** One result as the site's files carry it: rounded for the wire and keyed to its unit. */
export interface SiteResult extends Omit<ScorecardRow, "calculation"> {
  unit: UnitKey;
  calculation: Calculation | null;
}

/** One year of an indicator's trend chart. */
export interface TrendPoint {
  year: number;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  target_value: number | null;
  /** The plan's base year and value, where a target has them: where its path starts. */
  baseline_year?: number | null;
  baseline_value?: number | null;
  /** "partial_year" marks a year that holds half a year's data. */
  method?: Method;
  /** The plan that judged the year: a unit's years may fall under different plans. */
  plan_id?: string | null;
}

/** Where a unit lies in a funnel plot. */
export type FunnelPosition = "above_99.8" | "above_95" | "within" | "below_95" | "below_99.8";

/** One unit of a funnel plot. */
export interface FunnelUnit {
  name: string;
  workers: number;
  rate: number;
  limit95_low: number;
  limit95_high: number;
  limit998_low: number;
  limit998_high: number;
  position: FunnelPosition;
}

/** One unit of a comparison, as its table and downloads show it. */
export interface ComparedRow extends FunnelUnit {
  unit_code: string;
  deaths: number;
  ci_low: number;
  ci_high: number;
  smoothed_rate: number;
  /** Workers × the share of the year the incidents cover: the rate's exposure. */
  person_years: number;
  /** The exact tail probability its position is read from (loaders/indicators/compare-units.ts). */
  p: number;
}

/** A unit a reader can pick. */
export interface SiteUnit extends UnitRef {
  /** unitKey(unit): unique across both maps. */
  key: UnitKey;
  mode: "reported" | "2025";
  name: string;
  level: string;
  /** The province it belongs to (its name), for districts and communes. */
  parent: string | null;
  /** An old-map unit's new province from 01/07/2025 (its code on the new map); null on the new map. */
  province_2025: string | null;
  /** The plan of the unit's latest year with one: the plan its period review reads. */
  plan_id: string | null;
  /** Which plan applies in each year of data, and why (loaders/indicators/plans.ts choosePlan). */
  plan_years: {year: number; plan_id: string; reason: {vi: string; en: string}}[];
}

/** A plan as the pages show it. */
export interface SitePlan {
  id: string;
  title: string;
  targets: {
    id: string;
    indicator: IndicatorId;
    sectors: string[] | null;
    rule: {vi: string; en: string};
    sentence: string;
  }[];
  issuer: string;
  /** The issuing unit's code (on the old map, where every plan of 2021–2025 was issued). */
  issuer_code: string;
  document: string;
  period: string;
  baseline_year: number | null;
  report_deadline: string | null;
  not_expressed: {sentence: string; why: string}[];
}

export interface ReviewYear {
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Share targets: whether the year's count met the target. */
  met: boolean | null;
  /** Why the year is not part of the answer, when it is not. */
  excluded: "partial_year" | "no_data" | null;
  /** A partial year: which half the unit's map holds (the old map to 30/06/2025, the new from 01/07/2025). */
  part_of_year?: Calculation["part_of_year"];
  /** New-map records of the unit's territory that could not be brought back to it (2025). */
  unplaced?: Calculation["unplaced"];
}

/** The period review of one target of a plan (loaders/indicators/review.ts). */
export interface TargetReview {
  plan_id: string;
  target_id: string;
  indicator: IndicatorId;
  sector: string;
  rule: "annual_change" | "share";
  sentence: string;
  period_from: number;
  period_to: number;
  baseline_year: number | null;
  /** The first of the plan's base years where the base is their mean (e.g. 2018 for 2018–2020), else null. */
  baseline_first_year: number | null;
  baseline_value: number | null;
  end_year: number | null;
  end_value: number | null;
  /** Change targets: the fitted average annual change and its 95% interval (fractions: −0.04 = −4%/year). */
  average_annual_change: number | null;
  ci_low: number | null;
  ci_high: number | null;
  required_annual_change: number | null;
  /** Change targets: the change from the base year to the last year, required and observed. */
  required_total_change: number | null;
  observed_total_change: number | null;
  /** Pearson dispersion of the trend (> 1: the interval was widened by its square root). */
  dispersion: number | null;
  events: number | null;
  /** Share targets: the pooled count and the threshold it is judged against. */
  pooled_numerator: number | null;
  pooled_denominator: number | null;
  pooled_value: number | null;
  threshold: number | null;
  comparison: "at_least" | "above" | null;
  years_missed: number[];
  /** Share targets: how many more people (facilities, accidents) the pooled count needed; 0 when met. */
  shortfall: number | null;
  years: ReviewYear[];
  status: ReviewStatus;
  method: ReviewMethod;
}

/** A unit's review of one target, as the review page reads it. */
export type SiteReview = TargetReview & {unit: UnitKey};
