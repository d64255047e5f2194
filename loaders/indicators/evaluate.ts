// Every indicator of a unit and year, with its interval, and — where the unit's plan sets a target —
// the target on the plan's trajectory and a status that says how it was reached. The small-numbers
// rule: below MIN_EVENTS events no verdict is given; large series are judged on a Poisson trend with
// the UN SDG progress ratio; the rest on the probability of being on track.
import {describeRule, type Plan, type PlanTarget} from "./plans.js";
import {
  compoundAnnualChange,
  garwoodInterval,
  historyDispersion,
  poissonTrend,
  probabilityRatioAtMost,
  progressCategory,
  trajectory,
  type Interval,
  wilsonInterval
} from "./statistics.js";
import {
  AT_RISK_MIN_EVENTS,
  MIN_EVENTS,
  PROBABILITY_RULE,
  SECTOR_INDICATORS,
  TRAINING_GROUPS,
  type Calculation,
  type TrainingGroup,
  type IndicatorId,
  type Method,
  type Status
} from "../../contract/indicators.js";
import {FIRST_YEAR_NEW_MAP, type UnitMap} from "../../contract/units.js";
import {GEOGRAPHY_2025_FROM} from "../../contract/ingest/datasets.js";
import type {GeographyMode} from "../units/units.js";
import type {UnitFacts, UnitTraining} from "./aggregate.js";

export interface IndicatorResult {
  indicator: IndicatorId;
  unit_code: string;
  geography: UnitMap;
  year: number;
  sector: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  plan_id: string | null;
  target_rule: string | null;
  baseline_year: number | null;
  baseline_value: number | null;
  target_value: number | null;
  status: Status;
  method: Method;
  /** The inputs of the calculation beyond value and target (src/lib/explain.ts puts it in words). */
  calculation: Calculation;
  /** Probability of being on track (Jeffreys), where computed. */
  probability: number | null;
  /** Observed ÷ required annual change (SDG progress ratio), where computed. */
  progress_ratio: number | null;
  /** The sentence of the plan the target comes from. */
  target_sentence: string | null;
  /** The target's id within its plan. */
  target_id: string | null;
}

/** Series with at least this many events a year on average are judged on their trend. */
export const TREND_EVENTS_PER_YEAR = 100;
const PER_100K = 100_000;

interface Measure {
  numerator: number | null;
  denominator: number | null;
  /** Scale of the value: 1 for counts and shares, 100,000 for rates. */
  scale: number;
  kind: "count" | "rate" | "share";
  /** Years pooled into this measure (a multi-year base); one when absent. */
  years?: number;
}

/** The indicators measured from a unit-year's facts (the others: training and report timeliness). */
type FactIndicator = Exclude<IndicatorId, `training_coverage_${string}` | "report_timeliness">;

/** How each indicator is measured from a unit-year's facts. */
const MEASURES: Record<FactIndicator, (facts: UnitFacts) => Measure> = {
  accidents: (f) => count(incidentCount(f, f.accidents)),
  fatal_accidents: (f) => count(incidentCount(f, f.fatal_accidents)),
  deaths: (f) => count(incidentCount(f, f.deaths)),
  serious_injuries: (f) => count(incidentCount(f, f.serious_injuries)),
  victims: (f) => count(incidentCount(f, f.victims)),
  fatal_rate: (f) => ({
    numerator: f.workers == null ? null : (f.deaths_labour_relations ?? 0),
    denominator: f.workers,
    scale: PER_100K,
    kind: "rate"
  }),
  exams: (f) => count(f.examined_workers),
  exam_coverage: (f) => share(f.examined_workers, f.exposed_workers),
  monitored_facilities: (f) => count(f.facilities_monitored),
  monitoring_coverage: (f) => share(f.facilities_monitored, f.facilities_with_hazards),
  fatal_investigated: (f) => share(f.fatal_accidents == null ? null : (f.fatal_investigated ?? 0), f.fatal_accidents)
};

/**
 * No incident row for a unit-year that has a workforce means no accident happened: zero, not missing
 * (accident reporting is compulsory; a unit with no reported accident had none reported).
 */
function incidentCount(f: UnitFacts, value: number | null): number | null {
  return value ?? (f.workers != null || f.accidents != null ? 0 : null);
}

function count(value: number | null): Measure {
  return {numerator: value, denominator: null, scale: 1, kind: "count"};
}
function share(numerator: number | null, denominator: number | null): Measure {
  return {numerator, denominator, scale: 1, kind: "share"};
}

function measureValue(m: Measure): {value: number | null; low: number | null; high: number | null} {
  if (m.numerator == null) return {value: null, low: null, high: null};
  if (m.kind === "count") {
    const ci = garwoodInterval(m.numerator);
    return {value: m.numerator, low: ci.low, high: ci.high};
  }
  if (m.denominator == null || m.denominator <= 0) return {value: null, low: null, high: null};
  if (m.kind === "rate") {
    const ci = garwoodInterval(m.numerator, m.denominator / m.scale);
    return {value: (m.numerator / m.denominator) * m.scale, low: ci.low, high: ci.high};
  }
  const ci = wilsonInterval(m.numerator, m.denominator);
  return {value: m.numerator / m.denominator, low: ci.low, high: ci.high};
}

function sumFacts(rows: UnitFacts[], sector: string): UnitFacts | undefined {
  if (rows.length === 0) return undefined;
  const total = {...rows[0]!, sector};
  for (const key of Object.keys(total) as (keyof UnitFacts)[]) {
    if (typeof rows[0]![key] === "number" && key !== "year") {
      const values = rows.map((r) => r[key] as number | null).filter((v): v is number => v != null);
      (total as Record<string, unknown>)[key] = values.length ? values.reduce((a, b) => a + b, 0) : null;
    }
  }
  return total;
}

/** Facts for a target's sector scope: one sector key, or the sum of several (e.g. F, B and division 23). */
export function factsForScope(
  byYearAndSector: Map<string, UnitFacts>,
  year: number,
  sectors: string[]
): UnitFacts | undefined {
  const all = byYearAndSector.get(`${year}|ALL`);
  const rows = sectors
    .map((s) => byYearAndSector.get(`${year}|${s}`) ?? (all?.accidents != null ? noIncidents(all, s) : undefined))
    .filter((r): r is UnitFacts => r !== undefined);
  return sectors.length === 1 ? rows[0] : sumFacts(rows, sectors.join("+"));
}

/** A sector in which a unit that reported accidents that year had none. */
function noIncidents(all: UnitFacts, sector: string): UnitFacts {
  return {
    ...all,
    sector,
    accidents: 0,
    fatal_accidents: 0,
    deaths: 0,
    serious_injuries: 0,
    victims: 0,
    deaths_labour_relations: 0,
    fatal_investigated: 0,
    workers: null,
    exposed_workers: null,
    examined_workers: null,
    facilities_with_hazards: null,
    facilities_monitored: null
  };
}

interface Judgement {
  status: Status;
  method: Method;
  calculation: Calculation;
  probability: number | null;
  progress_ratio: number | null;
  baseline_value: number | null;
  target_value: number | null;
}

/**
 * A trend verdict follows its 95% interval: on track when the fitted pace reaches the required one and
 * the interval excludes no change; off track when even its better end is below half the required pace;
 * at risk when its better end is below the required pace; otherwise not enough evidence.
 */
export function trendVerdict(
  change: number,
  interval: Interval,
  requiredChange: number
): {status: Status; worse: number; better: number} {
  const point = progressCategory(change, requiredChange);
  const [worse, better] = [
    progressCategory(interval.low, requiredChange),
    progressCategory(interval.high, requiredChange)
  ].sort((p, q) => p.ratio - q.ratio) as [ReturnType<typeof progressCategory>, ReturnType<typeof progressCategory>];
  const status: Status =
    point.category === "on_track" && worse.ratio > 0
      ? "on_track"
      : better.category === "limited" || better.category === "deterioration"
        ? "off_track"
        : better.category === "fair"
          ? "at_risk"
          : "not_enough_evidence";
  return {status, worse: worse.ratio, better: better.ratio};
}

/** A measure with its data: a count, or a rate with a denominator. */
const usable = (m: Measure | undefined): m is Measure =>
  m !== undefined && m.numerator != null && (m.kind !== "rate" || !!m.denominator);

/** Events per unit of exposure: a rate's denominator, a pooled count's number of years, else 1. */
const exposure = (m: Measure) => (m.kind === "rate" ? m.denominator! : (m.years ?? 1));
const valueOf = (m: Measure) => (m.numerator! / exposure(m)) * m.scale;

/** Several years as one base: counts and denominators summed (a count's value is then the yearly mean). */
function pooledMeasure(measures: (Measure | undefined)[]): Measure | undefined {
  if (!measures.every(usable)) return undefined;
  const sum = (pick: (m: Measure) => number | null) => measures.reduce((s, m) => s + (pick(m!) ?? 0), 0);
  const first = measures[0]!;
  return {
    ...first,
    numerator: sum((m) => m.numerator),
    denominator: first.kind === "rate" ? sum((m) => m.denominator) : null,
    years: measures.length
  };
}

/**
 * An annual-change target on a count or a rate: trajectory, then trend, probability or no verdict. The
 * base is the plan's base year, or — where the plan's words allow it (`baseline_years`) — the mean of
 * the years ending with it, which a single unusual year cannot swing; the single-year verdict is shown
 * beside it when the two disagree.
 */
function judgeAnnualChange(
  target: PlanTarget & {rule: {kind: "annual_change"}},
  plan: Plan,
  year: number,
  measureOf: (year: number) => Measure | undefined
): Judgement {
  const g = ((target.rule.direction === "decrease" ? -1 : 1) * target.rule.percent) / 100;
  const b = plan.baseline_year!;
  const single = measureOf(b);
  const pooled = plan.baseline_years ? pooledMeasure(plan.baseline_years.map(measureOf)) : undefined;
  const base = pooled ?? single;
  const current = measureOf(year);
  const none = {probability: null, progress_ratio: null};
  if (!usable(base))
    return {
      ...none,
      status: "no_data",
      method: "no_baseline",
      baseline_value: null,
      target_value: null,
      calculation: {required_change: g}
    };
  const baseValue = valueOf(base);
  const targetValue = trajectory(baseValue, g, b, year);
  if (!usable(current))
    return {
      ...none,
      status: "no_data",
      method: "no_current_data",
      baseline_value: baseValue,
      target_value: targetValue,
      calculation: {required_change: g}
    };
  const baseInputs = {
    required_change: g,
    baseline_numerator: base.numerator!,
    baseline_denominator: base.denominator,
    ...(pooled ? {baseline_first_year: plan.baseline_years![0]!} : {})
  };

  // Large series: a Poisson log-linear trend over the base year to this year, judged by its interval.
  const years = Array.from({length: year - b + 1}, (_, i) => b + i);
  const series = years.map(measureOf);
  const events = series.reduce((s, m) => s + (m?.numerator ?? 0), 0);
  if (g !== 0 && series.every(usable) && years.length >= 3 && events / years.length >= TREND_EVENTS_PER_YEAR) {
    const trend = poissonTrend(
      series.map((m) => m!.numerator!),
      series.map((m) => exposure(m!)),
      years,
      g
    );
    const {status, worse, better} = trendVerdict(trend.annualChange, trend.annualChangeInterval, g);
    const currentValue = valueOf(current);
    return {
      status,
      method: "poisson_trend_interval",
      probability: null,
      progress_ratio: trend.annualChange / g,
      baseline_value: baseValue,
      target_value: targetValue,
      calculation: {
        ...baseInputs,
        trend_change: trend.annualChange,
        trend_low: trend.annualChangeInterval.low,
        trend_high: trend.annualChangeInterval.high,
        ratio_worse: worse,
        ratio_better: better,
        dispersion: trend.dispersion,
        degrees_of_freedom: trend.quasi ? years.length - 2 : undefined,
        // the UN SDG chart's ratio, from the two end points, shown beside it
        endpoint_ratio:
          baseValue > 0 && currentValue > 0 ? compoundAnnualChange(baseValue, currentValue, year - b) / g : undefined,
        events
      }
    };
  }

  // Otherwise: the probability that the ratio now/base is on the target's side (Jeffreys posteriors),
  // with the counts divided by φ where the unit's own history is over-dispersed.
  const history = Array.from({length: HISTORY_YEARS}, (_, i) => year - HISTORY_YEARS + 1 + i).filter((y) =>
    usable(measureOf(y))
  );
  const {phi} = historyDispersion(
    history.map((y) => measureOf(y)!.numerator!),
    history.map((y) => exposure(measureOf(y)!)),
    history
  );
  const ratioTarget = Math.pow(1 + g, year - b);
  const judge = (from: Measure) => {
    const pAtMost = probabilityRatioAtMost(
      from.numerator! / phi,
      exposure(from),
      current.numerator! / phi,
      exposure(current),
      ratioTarget
    );
    const probability = target.rule.direction === "decrease" ? pAtMost : 1 - pAtMost;
    return {probability, status: probabilityVerdict(probability, from.numerator! + current.numerator!)};
  };
  const {probability, status} = judge(base);
  const singleYear = pooled && usable(single) ? judge(single) : undefined;
  return {
    status,
    method: "jeffreys_probability_on_track",
    probability,
    progress_ratio: null,
    baseline_value: baseValue,
    target_value: targetValue,
    calculation: {
      ...baseInputs,
      events: base.numerator! + current.numerator!,
      ...(phi > 1 ? {dispersion: phi, history_first_year: history[0]!} : {}),
      ...(singleYear && singleYear.status !== status
        ? {
            single_year_status: singleYear.status,
            single_year_probability: singleYear.probability,
            single_year_baseline: valueOf(single!)
          }
        : {})
    }
  };
}

/** Years of a unit's own history (up to the year judged) that show whether its counts are over-dispersed. */
const HISTORY_YEARS = 10;

/** The probability rule, with no verdict below MIN_EVENTS events in the two years compared. */
function probabilityVerdict(probability: number, events: number): Status {
  if (events < MIN_EVENTS) return "not_enough_evidence";
  if (probability >= PROBABILITY_RULE.onTrack) return "on_track";
  if (probability <= PROBABILITY_RULE.offTrack) return "off_track";
  if (probability < PROBABILITY_RULE.atRisk && events >= AT_RISK_MIN_EVENTS) return "at_risk";
  return "not_enough_evidence";
}

/**
 * A share target is about the unit's own workers, facilities or accidents, all of them counted (not a
 * sample): it is met or not on the count itself, with the shortfall — how many more would meet it. The
 * Wilson interval stays beside the value as a description of the rate, not as the verdict.
 */
function judgeShare(target: PlanTarget & {rule: {kind: "share"}}, measure: Measure): Judgement {
  const {value: threshold, comparison} = target.rule;
  const none = {probability: null, progress_ratio: null, baseline_value: null, target_value: threshold};
  if (measure.numerator == null || !measure.denominator)
    return {
      ...none,
      status: "no_data",
      method: "no_data",
      calculation: {threshold, comparison}
    };
  const needed = countNeeded(threshold, comparison, measure.denominator);
  const shortfall = Math.max(0, needed - measure.numerator);
  return {
    ...none,
    status: shortfall === 0 ? "on_track" : "off_track",
    method: threshold >= 1 ? "census_misses" : "count_vs_threshold",
    calculation: {threshold, comparison, needed, shortfall}
  };
}

/** The fewest of n that meet "≥ t" or "> t" (a 100% target: all n); the tolerance absorbs t·n's rounding. */
export function countNeeded(threshold: number, comparison: "at_least" | "above", n: number): number {
  if (threshold >= 1) return n;
  return comparison === "above" ? Math.floor(threshold * n + 1e-9) + 1 : Math.ceil(threshold * n - 1e-9);
}

/** The datasets an indicator is counted from (the unplaced new-map records that concern it). */
function datasetsOf(indicator: string): string[] {
  if (indicator === "fatal_rate") return ["incidents", "workforce"];
  if (indicator.startsWith("training_coverage_")) return ["training"];
  if (indicator === "exams" || indicator === "exam_coverage") return ["disease_exams"];
  if (indicator === "monitored_facilities" || indicator === "monitoring_coverage") return ["environment_monitoring"];
  return indicator === "report_timeliness" ? [] : ["incidents"];
}

const unplacedFor = (indicator: string, unplaced: UnitFacts["unplaced"]) =>
  (unplaced ?? []).filter((u) => datasetsOf(indicator).includes(u.dataset));

export interface EvaluateOptions {
  unit_code: string;
  geography: UnitMap;
  year: number;
  /** The sector asked for ("ALL" = all sectors). */
  sector: string;
  plan: Plan | undefined;
  facts: UnitFacts[];
  training: UnitTraining[];
  timeliness: Map<number, {onTime: number; expected: number; deadline: string}>;
  /** How the facts were gathered: "2025" sums the old provinces' first half of 2025 into the new ones. */
  mode?: GeographyMode;
  /** The last date the incidents of the year in progress reach (where that year's part ends). */
  lastIncidentDate?: string | null;
}

/** The year not yet over (by the clock): whatever it holds is part of a year. */
export const YEAR_IN_PROGRESS = new Date().getFullYear();

/**
 * Whether an indicator's value covers part of its year only, not comparable with a whole one: the year in
 * progress; an old unit's 2025 without new-map records brought back (it ends on 30/06/2025); a new-map
 * unit's 2025 accidents as reported (they start on 01/07/2025; the yearly reports are the whole year's).
 */
export function partOfYear(
  indicator: string,
  {geography, year, mode = "reported"}: Pick<EvaluateOptions, "geography" | "year" | "mode">,
  broughtBack: boolean
): Calculation["part_of_year"] {
  if (year >= YEAR_IN_PROGRESS) return "in_progress";
  if (year !== FIRST_YEAR_NEW_MAP) return undefined;
  if (geography === "pre2025") return broughtBack ? undefined : "old_unit";
  const halfOfIncidents = geography === "2025" && mode === "reported" && datasetsOf(indicator).includes("incidents");
  return halfOfIncidents ? "new_unit" : undefined;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * The dates a year's value covers, by its part of year: an old unit's 2025 ends on 30/06, a new unit's
 * starts on 01/07, the year in progress ends on the last date its data reach; `fraction` is the share of
 * the year they make (the exposure of a rate in person-years is its workers × fraction).
 */
export function coveredDates(
  year: number,
  part: Calculation["part_of_year"],
  lastDate: string | null
): {from: string; to: string; days: number; year_days: number; fraction: number} {
  const from = part === "new_unit" ? GEOGRAPHY_2025_FROM : `${year}-01-01`;
  const to =
    part === "old_unit"
      ? new Date((dayNumber(GEOGRAPHY_2025_FROM) - 1) * DAY_MS).toISOString().slice(0, 10)
      : part === "in_progress" && lastDate
        ? lastDate
        : `${year}-12-31`;
  const days = dayNumber(to) - dayNumber(from) + 1;
  const yearDays = dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
  return {from, to, days, year_days: yearDays, fraction: days / yearDays};
}

/** A rate's exposure in person-years: its workers over the fraction of the year its events cover (coveredDates). */
export function personYears(workers: number, fraction: number): number {
  return workers * fraction;
}

/**
 * A value of part of a year: counts as they are, a rate over person-years (its workers × the part of the
 * year covered), marked partial — comparable with another partial value of the same part, not with a
 * whole year.
 */
function partialYear(
  measure: Measure | undefined,
  part: NonNullable<Calculation["part_of_year"]>,
  {year, lastIncidentDate = null}: Pick<EvaluateOptions, "year" | "lastIncidentDate">
): {measure: Measure | undefined; judgement: Judgement} {
  const judgement: Judgement = {
    ...UNJUDGED,
    status: usable(measure) ? "partial" : "no_data",
    method: "partial_year",
    calculation: {part_of_year: part}
  };
  if (measure?.kind !== "rate" || !measure.denominator) return {measure, judgement};
  const {days, year_days, fraction} = coveredDates(year, part, lastIncidentDate);
  const exposure = personYears(measure.denominator, fraction);
  return {
    measure: {...measure, denominator: exposure},
    judgement: {
      ...judgement,
      calculation: {
        ...judgement.calculation,
        workers: measure.denominator,
        covered_days: days,
        year_days,
        person_years: exposure
      }
    }
  };
}

// Judgements shared by the many values that have no target (most of them): one object each.
const UNJUDGED = {probability: null, progress_ratio: null, baseline_value: null, target_value: null, calculation: {}};
const NO_DATA: Judgement = {...UNJUDGED, status: "no_data", method: "no_data"};
const NO_TARGET_SHARE: Judgement = {...UNJUDGED, status: "no_target", method: "wilson_interval"};
const NO_TARGET_COUNT: Judgement = {...UNJUDGED, status: "no_target", method: "garwood_exact_poisson"};

// A unit's facts indexed by year and sector, built once per facts array (a unit is evaluated for
// many years and sectors).
const factIndexes = new WeakMap<UnitFacts[], Map<string, UnitFacts>>();
function factIndex(facts: UnitFacts[]): Map<string, UnitFacts> {
  let index = factIndexes.get(facts);
  if (!index) factIndexes.set(facts, (index = new Map(facts.map((f) => [`${f.year}|${f.sector}`, f]))));
  return index;
}

/** An indicator's measure in a year, over a sector scope. */
type MeasureAt = (y: number, sectors: string[]) => Measure | undefined;

/** All indicators of one unit, year and sector, judged against the unit's plan. */
export function evaluateUnit(options: EvaluateOptions): IndicatorResult[] {
  const {unit_code, geography, year, sector, plan} = options;
  const byYearSector = factIndex(options.facts);
  const trainingMeasure = (group: TrainingGroup) => (y: number) => {
    const row = options.training.find((t) => t.year === y && t.group === group);
    return row ? share(row.trained, row.required) : undefined;
  };
  const timelinessMeasure = (y: number) => {
    const t = options.timeliness.get(y);
    return t ? share(t.onTime, t.expected) : undefined;
  };
  const sectorIndicators: readonly IndicatorId[] = SECTOR_INDICATORS;
  const measures: [IndicatorId, MeasureAt][] = [
    ...(Object.entries(MEASURES) as [FactIndicator, (facts: UnitFacts) => Measure][])
      .filter(([indicator]) => sector === "ALL" || sectorIndicators.includes(indicator))
      .map(([indicator, measure]): [IndicatorId, MeasureAt] => [
        indicator,
        (y, sectors) => {
          const facts = factsForScope(byYearSector, y, sectors);
          return facts ? measure(facts) : undefined;
        }
      ]),
    ...(sector === "ALL"
      ? [
          ...TRAINING_GROUPS.map((g): [IndicatorId, MeasureAt] => [`training_coverage_${g}`, trainingMeasure(g)]),
          ["report_timeliness", timelinessMeasure] satisfies [IndicatorId, MeasureAt]
        ]
      : [])
  ];

  const results: IndicatorResult[] = [];
  for (const [indicator, measureAt] of measures) {
    const targets =
      plan?.targets.filter(
        (t) => t.indicator === indicator && (sector === "ALL" || !t.sectors || t.sectors.includes(sector))
      ) ?? [];
    // The plain value for the sector asked for, then one row per target (a target may narrow the sectors).
    const scopes: (PlanTarget | undefined)[] = targets.length ? targets : [undefined];
    for (const target of scopes) {
      const sectors = target?.sectors && sector === "ALL" ? target.sectors : [sector];
      const whole = measureAt(year, sectors);
      // A share needs no whole year (a share of what happened is a share); counts and rates do.
      const part =
        whole?.kind === "share"
          ? undefined
          : partOfYear(indicator, options, !!byYearSector.get(`${year}|ALL`)?.new_map_records);
      const partial = part && partialYear(whole, part, options);
      const measure = partial ? partial.measure : whole;
      const {value, low, high} = measure ? measureValue(measure) : {value: null, low: null, high: null};
      const base = {
        indicator,
        unit_code,
        geography,
        year,
        sector: sectors.join("+"),
        numerator: whole?.numerator ?? null,
        denominator: whole?.denominator ?? null,
        value,
        ci_low: low,
        ci_high: high,
        plan_id: plan?.id ?? null,
        target_rule: target ? describeRule(target.rule).en : null,
        target_sentence: target?.sentence ?? null,
        target_id: target?.id ?? null,
        baseline_year: target?.rule.kind === "annual_change" ? plan!.baseline_year : null
      };
      let judgement: Judgement;
      if (partial) {
        judgement = partial.judgement;
      } else if (!target) {
        judgement = value == null ? NO_DATA : measure?.kind === "share" ? NO_TARGET_SHARE : NO_TARGET_COUNT;
      } else if (target.rule.kind === "annual_change") {
        judgement =
          plan!.baseline_year == null || year <= plan!.baseline_year
            ? {
                status: "not_applicable",
                method: "before_plan",
                calculation: {},
                probability: null,
                progress_ratio: null,
                baseline_value: null,
                target_value: null
              }
            : judgeAnnualChange(target as PlanTarget & {rule: {kind: "annual_change"}}, plan!, year, (y) =>
                measureAt(y, sectors)
              );
      } else {
        judgement = measure
          ? judgeShare(target as PlanTarget & {rule: {kind: "share"}}, measure)
          : {
              status: "no_data",
              method: "no_data",
              calculation: {threshold: target.rule.value, comparison: target.rule.comparison},
              probability: null,
              progress_ratio: null,
              baseline_value: null,
              target_value: target.rule.value
            };
      }
      const unplaced = unplacedFor(indicator, byYearSector.get(`${year}|ALL`)?.unplaced);
      results.push({
        ...base,
        ...judgement,
        ...(unplaced.length ? {calculation: {...judgement.calculation, unplaced}} : {})
      });
    }
  }
  return results;
}
