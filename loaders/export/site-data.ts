// What the dashboard pages load: small precomputed files (no DuckDB in the browser), built from the
// same engine as the command line.
import {unplacedRecords} from "../indicators/brought-back.js";
import type {DuckDBConnection} from "@duckdb/node-api";
import {group} from "d3";
import {unitFacts} from "../indicators/aggregate.js";
import {compareUnits, coveredYear, type ComparisonResult} from "../indicators/compare-units.js";
import {personYears} from "../indicators/evaluate.js";
import {garwoodInterval} from "../indicators/statistics.js";
import {readPlans} from "../indicators/plan-store.js";
import {describeRule, reportDue, type Plan} from "../indicators/plans.js";
import {indicatorResults, type UnitResult} from "../indicators/results.js";
import {reviewPlan, reviewYears} from "../indicators/review.js";
import {rollupPairs} from "../indicators/rollup-checks.js";
import type {DatasetName} from "../../contract/ingest/datasets.js";
import {problemsText, problemText, type Problem} from "../../contract/ingest/messages.js";
import type {SitePlan, SiteResult, SiteReview, SiteUnit} from "../../contract/site.js";
import {COUNTRY, unitKey, type UnitKey} from "../../contract/units.js";
import {choosePlan} from "../units/plan.js";
import {readUnits, unitMode, type UnitRecord} from "../units/units.js";
import {queryRows} from "../warehouse/connection.js";

/** Whether anything loaded is demo data: every page that shows it says so. */
export async function isDemo(connection: DuckDBConnection): Promise<boolean> {
  const [row] = await queryRows<{demo: boolean}>(
    connection,
    "SELECT coalesce(bool_or(demo), false) AS demo FROM loads"
  );
  return row?.demo ?? false;
}

/**
 * Units a council member can pick: the country, the 63 provinces as they were, the 34 of today, and plan
 * issuers; with `every`, every unit of both maps (the scorecards of loaders/export/unit-shards.ts).
 */
export async function siteUnits(
  connection: DuckDBConnection,
  plans?: Plan[],
  {every = false}: {every?: boolean} = {}
): Promise<SiteUnit[]> {
  plans ??= await readPlans(connection);
  const [years, units] = await Promise.all([dataYears(connection), readUnits(connection)]);
  const rows = await queryRows<{
    code: string;
    geography: "pre2025" | "2025";
    name: string;
    level: UnitRecord["level"];
    province_name: string | null;
    province_2025: string | null;
  }>(
    connection,
    `SELECT u.unit_code AS code, u.geography, u.full_name AS name, u.level, p.name AS province_name,
       CASE WHEN u.geography = 'pre2025' THEN u.province_2025 END AS province_2025
     FROM units u LEFT JOIN units p ON p.unit_code = u.province_code AND p.geography = u.geography AND p.level = 'province'
     WHERE ${every ? "u.level <> 'country'" : "(u.level = 'province') OR (u.unit_code IN (SELECT unnest($issuers)) AND u.level IN ('district', 'commune') AND u.geography = 'pre2025')"}
     ORDER BY u.geography DESC, u.level, u.unit_code`,
    every ? {} : {issuers: plans.map((p) => p.issuer.unit_code)}
  );
  const siteUnit = (fields: Omit<SiteUnit, "key" | "plan_id" | "plan_years">): SiteUnit => {
    // Which plan applies in each year of data, and why; the latest is the one the period review reads.
    const lineage = units.lineage(fields);
    const plan_years = years.flatMap((year) => {
      const choice = choosePlan(plans, lineage, year);
      return choice ? [{year, plan_id: choice.plan.id, reason: choice.reason}] : [];
    });
    return {key: unitKey(fields), ...fields, plan_id: plan_years.at(-1)?.plan_id ?? null, plan_years};
  };
  return [
    siteUnit({...COUNTRY, mode: "reported", name: "Toàn quốc", level: "country", parent: null, province_2025: null}),
    ...rows.map((r) =>
      siteUnit({
        code: r.code,
        geography: r.geography,
        // the site's mode of each unit is the commands' default (units.ts)
        mode: unitMode(r),
        name: r.name,
        level: r.level,
        parent: r.level === "province" ? null : r.province_name,
        province_2025: r.province_2025
      })
    )
  ];
}

export function sitePlans(plans: Plan[]): SitePlan[] {
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    targets: p.targets.map((t) => ({
      id: t.id,
      indicator: t.indicator,
      sectors: t.sectors ?? null,
      rule: describeRule(t.rule),
      sentence: t.sentence
    })),
    issuer: p.issuer.name,
    issuer_code: p.issuer.unit_code,
    // the date as the pages write dates, dd/mm/yyyy ("Nghị quyết 19/NQ-CP 16/02/2022")
    document: [p.document.kind, p.document.number, p.document.date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1")]
      .filter(Boolean)
      .join(" "),
    period: `${p.period.from}–${p.period.to}`,
    baseline_year: p.baseline_year,
    report_deadline: p.report_deadline
      ? `${String(p.report_deadline.day).padStart(2, "0")}/${String(p.report_deadline.month).padStart(2, "0")}`
      : null,
    not_expressed: p.not_expressed
  }));
}

// Rates and intervals travel with 5 significant figures; an integer (a count, a denominator) exactly, as
// the sentences that give it present it: 102,897 workers, not 102,900.
const significant = (x: number | null) => (x == null || Number.isInteger(x) ? x : Number(x.toPrecision(5)));

/** Rows as {columns, rows} arrays: the keys are written once (src/lib/table.ts reads it back). */
export function columnar<T extends object>(rows: T[]): {columns: string[]; rows: unknown[][]} {
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  return {columns, rows: rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c]))};
}

/** One result, its rates rounded for the wire (counts exact), keyed to its unit. */
export function compact(r: UnitResult): SiteResult {
  return {
    unit: resultUnit(r),
    indicator: r.indicator,
    year: r.year,
    sector: r.sector,
    numerator: significant(r.numerator),
    denominator: significant(r.denominator),
    value: significant(r.value),
    ci_low: significant(r.ci_low),
    ci_high: significant(r.ci_high),
    plan_id: r.plan_id,
    target_id: r.target_id,
    baseline_year: r.baseline_year,
    baseline_value: significant(r.baseline_value),
    target_value: significant(r.target_value),
    status: r.status,
    method: r.method,
    // not rounded: a rounded probability could cross the threshold its status was judged on
    probability: r.probability,
    progress_ratio: r.progress_ratio,
    calculation: Object.keys(r.calculation).length ? r.calculation : null
  };
}
export const resultUnit = (r: UnitResult) => unitKey({code: r.unit_code, geography: r.geography});

/**
 * Indicators of the site's units for all sectors together; `targetsOnly` keeps the rows judged
 * against a plan (the scorecard), else every indicator (the trends).
 */
export async function siteResults(
  connection: DuckDBConnection,
  units: SiteUnit[],
  {targetsOnly}: {targetsOnly: boolean}
): Promise<SiteResult[]> {
  const results = await siteUnitResults(connection, units);
  return results.filter((r) => !targetsOnly || isScorecardRow(r)).map(compact);
}

/** A scorecard's row: a result judged against a target of a plan. */
export const isScorecardRow = (r: UnitResult) => r.target_rule !== null;

/** Every indicator of the site's units, all sectors together, unrounded, each unit in its own mode. */
export async function siteUnitResults(
  connection: DuckDBConnection,
  units: SiteUnit[],
  review?: {fixedPlans: Map<UnitKey, Plan>; years: number[]}
): Promise<UnitResult[]> {
  const results: UnitResult[][] = [];
  // The old units, the new communes and the country as reported; the 34 provinces with their old provinces summed in.
  for (const mode of ["reported", "2025"] as const) {
    const asked = units.filter((u) => u.mode === mode);
    if (asked.length)
      results.push(
        await indicatorResults(connection, {
          mode,
          units: asked,
          sectors: ["ALL"],
          ...review
        })
      );
  }
  // flat(), not push(...): every unit's results are more than a call's arguments may be
  return results.flat();
}

/** The period review of every site unit's plan over the plan's own period (from unrounded results). */
export async function siteReviews(
  connection: DuckDBConnection,
  units: SiteUnit[],
  plans?: Plan[]
): Promise<SiteReview[]> {
  plans ??= await readPlans(connection);
  // Every year of a review (its base year too) is judged by the unit's review plan.
  const reviewPlans = new Map(
    units.flatMap((u) => {
      const plan = plans.find((p) => p.id === u.plan_id);
      return plan ? [[u.key, plan] as const] : [];
    })
  );
  // the years `npm run review` reads for each plan
  const years = [...new Set([...reviewPlans.values()].flatMap((plan) => reviewYears(plan, plan.period)))].sort(
    (a, b) => a - b
  );
  const results = (await siteUnitResults(connection, units, {fixedPlans: reviewPlans, years})).filter(
    (r) => r.target_id !== null
  );
  const byUnit = group(results, resultUnit);
  return units.flatMap((unit) => {
    const plan = reviewPlans.get(unit.key);
    return plan ? reviewPlan(plan, byUnit.get(unit.key) ?? [], plan.period).map((r) => ({unit: unit.key, ...r})) : [];
  });
}

export interface SiteComparison extends ComparisonResult {
  mode: "reported" | "2025";
  parent: string | null;
}

/** Province comparisons for every year (as reported, and in today's 34 provinces). */
function rounded(comparison: SiteComparison): SiteComparison {
  return {
    ...comparison,
    reference_rate: significant(comparison.reference_rate)!,
    units: comparison.units.map((u) => ({
      ...u,
      rate: significant(u.rate)!,
      ci_low: significant(u.ci_low)!,
      ci_high: significant(u.ci_high)!,
      expected_deaths: significant(u.expected_deaths)!,
      limit95_low: significant(u.limit95_low)!,
      limit95_high: significant(u.limit95_high)!,
      limit998_low: significant(u.limit998_low)!,
      limit998_high: significant(u.limit998_high)!,
      smoothed_rate: significant(u.smoothed_rate)!,
      own_weight: significant(u.own_weight)!,
      // workers × a share of the year: to the hundredth of a person-year; p unrounded, as a status's probability
      person_years: Math.round(u.person_years * 100) / 100
    }))
  };
}

export async function provinceComparisons(connection: DuckDBConnection, years: number[]): Promise<SiteComparison[]> {
  const results: SiteComparison[] = [];
  for (const year of years) {
    if (year <= 2024)
      results.push(
        rounded({...(await compareUnits(connection, {year, level: "province"})), mode: "reported", parent: null})
      );
    results.push(
      rounded({
        ...(await compareUnits(connection, {year, level: "province", mode: "2025"})),
        mode: "2025",
        parent: null
      })
    );
  }
  return results;
}

/** District comparisons within each province, for the years before the district level was abolished. */
export async function districtComparisons(connection: DuckDBConnection, years: number[]): Promise<SiteComparison[]> {
  const provinces = await queryRows<{unit_code: string}>(
    connection,
    "SELECT unit_code FROM units WHERE level = 'province' AND geography = 'pre2025' ORDER BY 1"
  );
  const results: SiteComparison[] = [];
  for (const year of years.filter((y) => y <= 2024))
    for (const {unit_code} of provinces)
      results.push(
        rounded({
          ...(await compareUnits(connection, {year, level: "district", parent: unit_code})),
          mode: "reported",
          parent: unit_code
        })
      );
  return results;
}

/** Commune comparisons within each new province, from the new map's first half year (2025). */
export async function communeComparisons(connection: DuckDBConnection, years: number[]): Promise<SiteComparison[]> {
  const provinces = await queryRows<{unit_code: string}>(
    connection,
    "SELECT unit_code FROM units WHERE level = 'province' AND geography = '2025' ORDER BY 1"
  );
  const results: SiteComparison[] = [];
  for (const year of years.filter((y) => y >= 2025))
    for (const {unit_code} of provinces)
      results.push(
        rounded({
          ...(await compareUnits(connection, {year, level: "commune", parent: unit_code})),
          mode: "reported",
          parent: unit_code
        })
      );
  return results;
}

export async function dataYears(connection: DuckDBConnection): Promise<number[]> {
  return (await queryRows<{year: number}>(connection, `SELECT DISTINCT "year" AS year FROM incidents ORDER BY 1`)).map(
    (r) => r.year
  );
}

interface Submission {
  year: number;
  unit_code: string;
  name: string;
  level: string;
  geography: "pre2025" | "2025";
  province_name: string | null;
  submitted_on: string;
}

/** Every annual report with the date its unit's plan asks for (15/12 where the plan sets none) and whether it was on time. */
async function reportTimeliness(connection: DuckDBConnection, plans: Plan[]) {
  const rows = await queryRows<Submission>(
    connection,
    `SELECT s."year" AS year, s.unit_code, u.full_name AS name, u.level, s.geography,
       -- a province's own report under its name, as its districts' are, so the page gives it one row
       coalesce(p.name, CASE WHEN u.level = 'province' THEN u.name END) AS province_name,
       strftime(min(s.submitted_on), '%Y-%m-%d') AS submitted_on
     FROM submissions s JOIN units u ON u.unit_code = s.unit_code AND u.geography = s.geography
     LEFT JOIN units p ON p.unit_code = u.province_code AND p.geography = u.geography AND p.level = 'province'
     WHERE coalesce(s.report, 'annual') = 'annual' GROUP BY ALL ORDER BY 1, 2`
  );
  const units = await readUnits(connection);
  return rows.map((r) => {
    // A unit reports to the unit above it: the deadline is in the plan that applies to the receiver.
    const receiver = units.parent({code: r.unit_code, geography: r.geography});
    const due = reportDue(receiver && choosePlan(plans, units.lineage(receiver), r.year)?.plan, r.year);
    return {
      year: r.year,
      unit_code: r.unit_code,
      name: r.name,
      level: r.level,
      geography: r.geography,
      province: r.province_name,
      submitted_on: r.submitted_on,
      due,
      on_time: r.submitted_on <= due
    };
  });
}

/** The data-quality page: loads, rejected rows, warnings, reporting on time, parent–children pairs. */
export async function qualityReport(connection: DuckDBConnection, plans?: Plan[]) {
  plans ??= await readPlans(connection);
  const [loads, rejects, warnings, rollups, timeliness, withdrawals, newMapReference, unplaced] = await Promise.all([
    queryRows(
      connection,
      `SELECT load_id, file_name, sheet, dataset, strftime(loaded_at, '%Y-%m-%d %H:%M') AS loaded_at, rows_read, accepted, rejected,
         added, replaced, unchanged, skipped_rows, personal_columns_dropped, ignored_columns, demo,
         coalesce(masked_values, 0) AS masked_values FROM loads ORDER BY load_id`
    ),
    queryRows(
      connection,
      `SELECT dataset, file_name, sheet, src_row AS row, column_name AS "column", reason_vi, reason_en, problems FROM rejects ORDER BY file_name, src_row`
    ),
    queryRows(
      connection,
      `SELECT w.dataset, w.file_name, w.code, w.unit_code, coalesce(u.name, w.unit_code) AS unit_name, w.year, count(*)::INTEGER AS rows
       FROM warnings w LEFT JOIN units u ON u.unit_code = w.unit_code
         AND u.geography = CASE WHEN w.code = 'predecessors_in_two_provinces' OR w."year" >= 2026 THEN '2025' ELSE 'pre2025' END
       GROUP BY ALL ORDER BY w.code, w.year, w.unit_code`
    ),
    rollupPairs(connection),
    reportTimeliness(connection, plans),
    queryRows(
      connection,
      `SELECT strftime(withdrawn_at, '%Y-%m-%d %H:%M') AS withdrawn_at, dataset, "key", "rows", reason FROM withdrawals ORDER BY withdrawn_at`
    ),
    queryRows(
      connection,
      // the faults that change where a record lands first
      `SELECT kind, code, name, detail, CAST(mapping_rows AS INTEGER) AS mapping_rows FROM new_map_reference_issues
       ORDER BY list_position(['code_differs_from_gso', 'predecessors_in_two_provinces', 'mapping_target_not_a_commune',
         'mapping_without_old_code'], kind), code`
    ),
    unplacedRecords(connection)
  ]);
  const explained = (warnings as {dataset: string; code: string}[]).map((w) => {
    const text = problemText(w.dataset as DatasetName, {column: "", code: w.code});
    return {...w, message_vi: text.vi, message_en: text.en};
  });
  // The page groups rejects by reason; a reason that names another row (a duplicate's first) also carries
  // its reason without it, the group's.
  const grouped = (rejects as {dataset: DatasetName; problems: string; reason_vi: string; reason_en: string}[]).map(
    ({dataset, problems, ...r}) => {
      const group = problemsText(
        dataset,
        (JSON.parse(problems) as Problem[]).map(({column, code}) => ({column, code}))
      );
      return {...r, ...(group.vi !== r.reason_vi && {group_vi: group.vi, group_en: group.en})};
    }
  );
  return {
    loads,
    rejects: grouped,
    warnings: explained,
    rollups,
    timeliness: columnar(timeliness),
    withdrawals,
    newMapReference: columnar(newMapReference),
    unplaced: columnar(unplaced)
  };
}

/** The plans' task lists with each task's yearly status (dataset task_status). */
export async function planTasks(connection: DuckDBConnection, plans?: Plan[]) {
  plans ??= await readPlans(connection);
  const statuses = await queryRows<{
    year: number;
    unit_code: string;
    task: string;
    status: string;
    note: string | null;
  }>(connection, `SELECT "year" AS year, unit_code, task, status, note FROM task_status ORDER BY 1, 2, 3`);
  return plans
    .filter((p) => p.tasks?.length)
    .map((p) => ({
      plan_id: p.id,
      title: p.title,
      issuer: p.issuer.name,
      tasks: p.tasks!.map((task) => ({
        ...task,
        status: Object.fromEntries(
          statuses
            .filter((s) => s.unit_code === p.issuer.unit_code && s.task === task.id)
            .map((s) => [s.year, {status: s.status, note: s.note}])
        )
      }))
    }));
}

/**
 * Accidents, deaths and fatal rates by VSIC section (and division 23, building materials), for the country and
 * provinces. A rate is per 100,000 person-years: workers × the share of the year the incidents cover (the year
 * in progress, an old province's first half of 2025, a new one's second half), listed in `covered`.
 */
export async function sectorFacts(connection: DuckDBConnection) {
  const sections = "ABCDEFGHIJKLMNOPQRSTU".split("");
  const facts = (await unitFacts(connection, {mode: "reported", sectors: [...sections, "23"]}))
    // the country and the provinces of each map, in the years of its data (the 34 new ones from 2025)
    .filter((f) => f.unit_code === COUNTRY.code || f.unit_code.length === 2);
  const sectors = await queryRows<{sector_code: string; name_vi: string; name_en: string}>(
    connection,
    "SELECT sector_code, name_vi, name_en FROM sectors"
  );
  // an old province's 2025 is whole when the new map's second half was brought back to it (in any sector)
  const broughtBack = new Set(
    facts.filter((f) => f.new_map_records).map((f) => `${f.unit_code}|${f.unit_geography}|${f.year}`)
  );
  const covered = new Map<string, Awaited<ReturnType<typeof coveredYear>> & {unit: UnitKey; year: number}>();
  for (const {unit_code, unit_geography: geography, year} of facts) {
    const unit = unitKey({code: unit_code, geography});
    if (!covered.has(`${unit}|${year}`))
      covered.set(`${unit}|${year}`, {
        unit,
        year,
        ...(await coveredYear(connection, {geography, year}, broughtBack.has(`${unit_code}|${geography}|${year}`)))
      });
  }
  const rows = facts.map((f) => {
    const deaths = f.deaths_labour_relations ?? 0;
    const unit = unitKey({code: f.unit_code, geography: f.unit_geography});
    const exposure = f.workers ? personYears(f.workers, covered.get(`${unit}|${f.year}`)!.fraction) : null;
    const interval = exposure ? garwoodInterval(deaths, exposure / 100_000) : null;
    return {
      unit,
      year: f.year,
      sector: f.sector,
      accidents: f.accidents ?? 0,
      fatal_accidents: f.fatal_accidents ?? 0,
      deaths: f.deaths ?? 0,
      deaths_labour_relations: deaths,
      workers: f.workers,
      rate: exposure ? significant((deaths / exposure) * 100_000) : null,
      ci_low: interval ? significant(interval.low) : null,
      ci_high: interval ? significant(interval.high) : null
    };
  });
  return {
    sectors: sectors.filter((s) => sections.includes(s.sector_code) || s.sector_code === "23"),
    rows: columnar(rows),
    covered: [...covered.values()]
      .filter((c) => c.days < c.year_days)
      .map(({unit, year, from, to, days, year_days}) => ({unit, year, from, to, days, year_days}))
  };
}
