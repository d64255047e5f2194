// Comparing units fairly: each unit's fatal rate against the rate of the units compared, with funnel
// limits that widen for small units (Spiegelhalter 2005) and empirical-Bayes smoothed rates for maps and
// rankings, both from one Poisson–gamma model: exact Poisson when the over-dispersion test finds none,
// negative binomial with the estimated between-unit variance τ² when it does — continuous as τ² → 0.
// A unit is classified by the exact tail probability of its count under that model (the interpolated
// limits are the lines drawn); a unit on the common rate is flagged at 95% with probability under 5%.
// Rates are per 100,000 person-years: workers × the share of the year the incidents cover.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {coveredDates, partOfYear, personYears} from "./evaluate.js";
import {
  chanceFlagged,
  empiricalBayesRates,
  funnelLimit,
  funnelTails,
  garwoodInterval,
  overdispersion,
  type Overdispersion
} from "./statistics.js";
import type {GeographyMode} from "../units/units.js";
import type {UnitMap} from "../../contract/units.js";
import {countedRowsParams, countedRowsSql} from "./rollup-checks.js";

export type FunnelPosition = "above_99.8" | "above_95" | "within" | "below_95" | "below_99.8";

export interface UnitComparison {
  unit_code: string;
  name: string;
  parent_code: string;
  deaths: number;
  workers: number;
  rate: number;
  ci_low: number;
  ci_high: number;
  expected_deaths: number;
  limit95_low: number;
  limit95_high: number;
  limit998_low: number;
  limit998_high: number;
  position: FunnelPosition;
  smoothed_rate: number;
  /** Weight of the unit's own rate in its smoothed rate. */
  own_weight: number;
  /** Workers × the share of the year the incidents cover (ComparisonResult.covered). */
  person_years: number;
  /** Exact tail probability on the unit's side of the common rate, min(P(X ≥ deaths), P(X ≤ deaths)). */
  p: number;
}

export interface ComparisonResult {
  year: number;
  level: "province" | "district" | "commune";
  /** Reference rate per 100,000 (pooled over the units compared). */
  reference_rate: number;
  /** Over-dispersion: φ, its χ² test and the between-unit variance τ² (0 unless the test finds it). */
  phi: number;
  tau2: number;
  dispersion_test: Omit<Overdispersion, "phi" | "tau2"> | null;
  /** Units expected outside the 95% limits by chance alone (Σ of each one's chance of a tail < 2.5%), and those outside. */
  expected_outside_95: number;
  outside_95: number;
  /** The dates the incidents cover: the exposure is workers × days / year_days. */
  covered: {from: string; to: string; days: number; year_days: number};
  units: UnitComparison[];
}

const PER_100K = 100_000;

export interface ComparedCounts {
  unit_code: string;
  name: string;
  parent_code: string;
  deaths: number;
  workers: number;
}

/**
 * Fatal rates (labour-relation deaths per 100,000 person-years) of the provinces, the districts of an old
 * province, or the communes of a new province (the new map, from its first half year 2025).
 */
export async function compareUnits(
  connection: DuckDBConnection,
  {
    year,
    level,
    parent,
    mode = "reported"
  }: {year: number; level: "province" | "district" | "commune"; parent?: string; mode?: GeographyMode}
): Promise<ComparisonResult> {
  // Units of the level in the geography of the year; today's geography maps each old unit's rows to its new province.
  const geography = mode === "2025" || year >= 2026 || level === "commune" ? "2025" : "pre2025";
  const unitKey = mode === "2025" ? "u.province_2025" : `u.${level === "commune" ? "unit" : level}_code`;
  // Depth of the units compared (rollup-checks.ts): a workforce row counts for them when its cut is shallower.
  const depth = mode === "2025" ? 0 : {province: 1, district: 2, commune: 3}[level];
  // Only the old map's districts narrow the rows to their province (the filter reads old provinces).
  const only = {year, key: "ALL", province: level === "district" ? parent : undefined};
  const rows = await queryRows<ComparedCounts>(
    connection,
    `WITH ${countedRowsSql("workforce", only)},
     facts AS (
       SELECT ${unitKey} AS unit_code, sum(deaths) FILTER (WHERE labour_relation) AS deaths, NULL::HUGEINT AS workers
       FROM incidents i JOIN units u ON u.unit_code = i.unit_code AND u.geography = i.geography
       WHERE i."year" = ${year} GROUP BY ALL
       UNION ALL
       SELECT ${unitKey}, NULL, sum(d.workers)
       FROM workforce_counted d JOIN units u ON u.unit_code = d.unit_code AND u.geography = d.geography
       WHERE d."year" = ${year} AND d.key = 'ALL' AND NOT d.superseded AND d.cut_level < ${depth} GROUP BY ALL
     )
     SELECT t.unit_code, t.name, t.parent_code, CAST(coalesce(sum(f.deaths), 0) AS DOUBLE) AS deaths, CAST(sum(f.workers) AS DOUBLE) AS workers
     FROM units t JOIN facts f ON f.unit_code = t.unit_code
     WHERE t.level = '${level}' AND t.geography = '${geography}' ${parent ? "AND t.parent_code = $parent" : ""}
     GROUP BY ALL HAVING sum(f.workers) > 0 ORDER BY t.unit_code`,
    {...countedRowsParams(only), ...(parent ? {parent} : {})}
  );
  // The part of the year the incidents cover, as every indicator judges it (nothing is brought back here).
  const {from, to, days, year_days, fraction} = await coveredYear(connection, {geography, year, mode});
  return {year, level, covered: {from, to, days, year_days}, ...compareRates(rows, fraction)};
}

/**
 * The dates a year's incidents of a unit on `geography` cover (partOfYear, coveredDates): the year in
 * progress up to its last incident (the country's: on either map). `broughtBack`: an old unit's 2025
 * holds the second half sent by new-map units.
 */
export async function coveredYear(
  connection: DuckDBConnection,
  {geography, year, mode = "reported"}: {geography: UnitMap; year: number; mode?: GeographyMode},
  broughtBack = false
): Promise<ReturnType<typeof coveredDates>> {
  const part = partOfYear("fatal_rate", {geography, year, mode}, broughtBack);
  const last = part === "in_progress" ? await lastIncidentDate(connection, year, geography) : null;
  return coveredDates(year, part, last);
}

/** The last date a year's incidents on one map (the country: either) reach, null when none. */
export async function lastIncidentDate(
  connection: DuckDBConnection,
  year: number,
  geography: UnitMap
): Promise<string | null> {
  const [row] = await queryRows<{last: string | null}>(
    connection,
    `SELECT strftime(max(occurred_on), '%Y-%m-%d') AS last FROM incidents WHERE "year" = ${Number(year)}
     ${geography === "any" ? "" : "AND geography = $geography"}`,
    geography === "any" ? {} : {geography}
  );
  return row?.last ?? null;
}

/**
 * The comparison of counted units whose incidents cover `fraction` of the year: rates per 100,000
 * person-years, funnel lines, exact-tail positions and smoothed rates. Scaling the exposure scales the
 * rates and lines alike and changes no position.
 */
export function compareRates(
  rows: ComparedCounts[],
  fraction: number
): Omit<ComparisonResult, "year" | "level" | "covered"> {
  const totalDeaths = rows.reduce((s, r) => s + r.deaths, 0);
  const exposures = rows.map((r) => personYears(r.workers, fraction));
  const totalExposure = exposures.reduce((s, x) => s + x, 0);
  const reference = totalExposure > 0 ? totalDeaths / totalExposure : 0;
  const expected = exposures.map((x) => x * reference);
  const test: Overdispersion | undefined =
    rows.length >= 3 && reference > 0
      ? overdispersion(
          rows.map((r) => r.deaths),
          expected
        )
      : undefined;
  const tau2 = test?.tau2 ?? 0;
  const eb =
    rows.length > 0
      ? empiricalBayesRates(
          rows.map((r) => r.deaths),
          exposures,
          tau2
        )
      : undefined;
  const units = rows.map((r, i): UnitComparison => {
    const mu = expected[i]!;
    const exposure = exposures[i]!;
    const limit = (p: number) => (funnelLimit(mu, p, tau2) / exposure) * PER_100K;
    const {upper, lower} = funnelTails(r.deaths, mu, tau2);
    const position: FunnelPosition =
      upper < 0.001
        ? "above_99.8"
        : upper < 0.025
          ? "above_95"
          : lower < 0.001
            ? "below_99.8"
            : lower < 0.025
              ? "below_95"
              : "within";
    const ci = garwoodInterval(r.deaths, exposure / PER_100K);
    return {
      ...r,
      rate: (r.deaths / exposure) * PER_100K,
      ci_low: ci.low,
      ci_high: ci.high,
      expected_deaths: mu,
      limit95_low: limit(0.025),
      limit95_high: limit(0.975),
      limit998_low: limit(0.001),
      limit998_high: limit(0.999),
      position,
      smoothed_rate: eb!.smoothed[i]! * PER_100K,
      own_weight: eb!.weights[i]!,
      person_years: exposure,
      p: Math.min(upper, lower)
    };
  });
  return {
    reference_rate: reference * PER_100K,
    phi: test?.phi ?? 0,
    tau2,
    dispersion_test: test
      ? {
          statistic: test.statistic,
          degreesOfFreedom: test.degreesOfFreedom,
          critical: test.critical,
          pValue: test.pValue
        }
      : null,
    expected_outside_95: expected.reduce((s, mu) => s + chanceFlagged(mu, tau2, 0.05), 0),
    outside_95: units.filter((u) => u.position !== "within").length,
    units
  };
}
