// The indicator vocabulary of the data contract: the ids a plan's target may name (the engine computes
// each of them; a unit test checks the two lists agree), the statuses and methods a result carries, and
// the thresholds of the rules. Below the loaders and the site, so the engine, the check page and the
// pages read one list.

/** Training groups of Decree 44/2016 (1–6) and the two the plans add. */
export const TRAINING_GROUPS = ["1", "2", "3", "4", "5", "6", "first_aid", "state_officials"] as const;
export type TrainingGroup = (typeof TRAINING_GROUPS)[number];

/** The groups a plan adds to the decree's numbered ones, with the words a file may name them by. */
export const NAMED_TRAINING_GROUPS: Record<Exclude<TrainingGroup, `${number}`>, {vi: string; spellings: string[]}> = {
  first_aid: {vi: "sơ cứu", spellings: ["firstaid", "socuu", "socapcuu", "nguoisocuu"]},
  state_officials: {
    vi: "cán bộ quản lý nhà nước",
    spellings: ["stateofficials", "canboquanlynhanuoc", "quanlynhanuoc", "canboquanly"]
  }
};

/** The decree's numbered groups. */
export const DECREE_TRAINING_GROUPS = TRAINING_GROUPS.filter((g) => /^\d$/.test(g));

/**
 * The training groups in words, "1–6, first_aid or state_officials"; `glossed` adds each named group's
 * Vietnamese words, `decree` the decree after the numbered ones.
 */
export function trainingGroupsText(lang: "vi" | "en", {glossed = false, decree = false} = {}): string {
  const range = `${DECREE_TRAINING_GROUPS[0]}–${DECREE_TRAINING_GROUPS.at(-1)}${decree ? " (Nghị định 44/2016)" : ""}`;
  const named = Object.entries(NAMED_TRAINING_GROUPS).map(([g, w]) => (glossed ? `${g} (${w.vi})` : g));
  const or = lang === "vi" ? "hoặc" : "or";
  return `${range}, ${named.slice(0, -1).join(", ")} ${or} ${named.at(-1)}`;
}

const trainingIndicator = (g: TrainingGroup): `training_coverage_${TrainingGroup}` => `training_coverage_${g}`;

/** Indicators that exist for every sector; the others only for all sectors together. */
export const SECTOR_INDICATORS = [
  "accidents",
  "fatal_accidents",
  "deaths",
  "serious_injuries",
  "victims",
  "fatal_rate"
] as const;

export const INDICATOR_IDS = [
  ...SECTOR_INDICATORS,
  "exams",
  "exam_coverage",
  "monitored_facilities",
  "monitoring_coverage",
  "fatal_investigated",
  ...TRAINING_GROUPS.map(trainingIndicator),
  "report_timeliness"
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** A yearly result's status. */
export type Status =
  | "on_track"
  | "at_risk"
  | "off_track"
  | "not_enough_evidence"
  | "no_data"
  /** The value covers part of its year (method partial_year): shown, not judged against a whole year's target. */
  | "partial"
  /** The unit's plan sets no target for this indicator. */
  | "no_target"
  /** The year is not after the plan's base year. */
  | "not_applicable";

/** How a yearly result was reached (src/lib/explain.ts puts each in words). */
export type Method =
  | "garwood_exact_poisson"
  | "wilson_interval"
  | "no_data"
  | "partial_year"
  | "before_plan"
  | "no_baseline"
  | "no_current_data"
  | "poisson_trend_interval"
  | "jeffreys_probability_on_track"
  | "census_misses"
  | "count_vs_threshold";

/** A period review's answer for one target, and how it was reached. */
export type ReviewStatus = "achieved" | "not_achieved" | "not_enough_evidence" | "no_data";
export type ReviewMethod = "no_data" | "too_few_years" | "too_few_events" | "poisson_trend_period" | "pooled_count";

/** Fewer events than this in the base year and this year give no verdict. */
export const MIN_EVENTS = 10;

/** Probability of being on the path: on track from onTrack, off track up to offTrack, at risk below atRisk. */
export const PROBABILITY_RULE = {onTrack: 0.9, atRisk: 0.5, offTrack: 0.1} as const;
/** "At risk" on the probability rule needs at least this many events in the base year and this year. */
export const AT_RISK_MIN_EVENTS = 30;
/** UN SDG progress ratio: on track from 0.95, fair progress from 0.5, limited from −0.1. */
export const PROGRESS_RATIO_RULE = {onTrack: 0.95, fair: 0.5, limited: -0.1} as const;

/** Years a period trend needs before it says anything. */
export const MIN_REVIEW_YEARS = 3;

/** What a status was computed from, beyond the value, baseline and target. */
export interface Calculation {
  /** Why a value covers part of its year only (method partial_year). */
  part_of_year?: "old_unit" | "new_unit" | "in_progress";
  /** A partial year's rate: its workers, the days covered of the year's, and workers × days / year_days. */
  workers?: number;
  covered_days?: number;
  year_days?: number;
  person_years?: number;
  /** The plan's annual change g (−0.04 = −4%/year). */
  required_change?: number;
  baseline_numerator?: number;
  baseline_denominator?: number | null;
  /** Fitted annual change of the Poisson trend and its 95% interval. */
  trend_change?: number;
  trend_low?: number;
  trend_high?: number;
  /** Pace ratio (fitted change ÷ required) at the worse and the better end of the trend's interval. */
  ratio_worse?: number;
  ratio_better?: number;
  /** Pearson dispersion φ of the trend (or of the unit's history, for the two-year comparison). */
  dispersion?: number;
  /** Student's t degrees of freedom (n − 2) when the trend is quasi-Poisson. */
  degrees_of_freedom?: number;
  /** The UN SDG chart's ratio: compound annual change from the two end points ÷ required. */
  endpoint_ratio?: number;
  /** A multi-year base: its first year (it ends with the base year). */
  baseline_first_year?: number;
  /** The first year of the history whose over-dispersion φ divided the counts. */
  history_first_year?: number;
  /** With a multi-year base: the single base year's verdict, where it differs. */
  single_year_status?: Status;
  single_year_probability?: number;
  single_year_baseline?: number;
  /** Events in the base year and this year together (the small-numbers rule). */
  events?: number;
  threshold?: number;
  comparison?: "at_least" | "above";
  /** Share targets: how many of the denominator meet the threshold, and how many more are needed. */
  needed?: number;
  shortfall?: number;
  /** An old unit's 2025: new-map records of its territory that could not be brought back to it. */
  unplaced?: {dataset: string; level: "province" | "district"; records: number}[];
}
