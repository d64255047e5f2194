// Comparing units fairly: each unit's fatal rate against the rate of the units compared, with funnel
// limits that widen for small units (Spiegelhalter 2005) and empirical-Bayes smoothed rates for maps and
// rankings, both from one Poisson–gamma model: exact Poisson when the over-dispersion test finds none,
// negative binomial with the estimated between-unit variance τ² when it does — continuous as τ² → 0.
// Only units outside the limits are marked; about 5% of units fall outside the 95% limits by chance.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {sqlString} from "../../contract/sql.js";
import {empiricalBayesRates, funnelLimit, garwoodInterval, overdispersion, type Overdispersion} from "./statistics.js";
import type {GeographyMode} from "../units/units.js";
import {countedRowsSql} from "./rollup-checks.js";

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
}

export interface ComparisonResult {
  year: number;
  level: "province" | "district";
  /** Reference rate per 100,000 (pooled over the units compared). */
  reference_rate: number;
  /** Over-dispersion: φ, its χ² test and the between-unit variance τ² (0 unless the test finds it). */
  phi: number;
  tau2: number;
  dispersion_test: Omit<Overdispersion, "phi" | "tau2"> | null;
  /** Units expected outside the 95% limits by chance alone (5% of them), and those outside. */
  expected_outside_95: number;
  outside_95: number;
  units: UnitComparison[];
}

const PER_100K = 100_000;

interface Row {
  unit_code: string;
  name: string;
  parent_code: string;
  deaths: number;
  workers: number;
}

/** Fatal rates (labour-relation deaths per 100,000 workers) of the provinces, or the districts of a province. */
export async function compareUnits(
  connection: DuckDBConnection,
  {
    year,
    level,
    parent,
    mode = "reported"
  }: {year: number; level: "province" | "district"; parent?: string; mode?: GeographyMode}
): Promise<ComparisonResult> {
  // Units of the level in the geography of the year; today's geography maps each old unit's rows to its new province.
  const geography = mode === "2025" || year >= 2026 ? "2025" : "pre2025";
  const unitKey = mode === "2025" ? "u.province_2025" : level === "province" ? "u.province_code" : "u.district_code";
  // Depth of the units compared (rollup-checks.ts): a workforce row counts for them when its cut is shallower.
  const depth = mode === "2025" ? 0 : level === "province" ? 1 : 2;
  const rows = await queryRows<Row>(
    connection,
    `WITH ${countedRowsSql("workforce", {year, key: "ALL", province: level === "district" ? parent : undefined})},
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
     WHERE t.level = '${level}' AND t.geography = '${geography}' ${parent ? `AND t.parent_code = ${sqlString(parent)}` : ""}
     GROUP BY ALL HAVING sum(f.workers) > 0 ORDER BY t.unit_code`
  );
  const totalDeaths = rows.reduce((s, r) => s + r.deaths, 0);
  const totalWorkers = rows.reduce((s, r) => s + r.workers, 0);
  const reference = totalWorkers > 0 ? totalDeaths / totalWorkers : 0;
  const expected = rows.map((r) => r.workers * reference);
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
          rows.map((r) => r.workers),
          tau2
        )
      : undefined;
  const units = rows.map((r, i): UnitComparison => {
    const mu = expected[i]!;
    const limit = (p: number) => funnelLimit(mu, p, tau2) / r.workers;
    const l95 = [limit(0.025), limit(0.975)] as const;
    const l998 = [limit(0.001), limit(0.999)] as const;
    const rate = r.deaths / r.workers;
    const position: FunnelPosition =
      rate > l998[1]
        ? "above_99.8"
        : rate > l95[1]
          ? "above_95"
          : rate < l998[0]
            ? "below_99.8"
            : rate < l95[0]
              ? "below_95"
              : "within";
    const ci = garwoodInterval(r.deaths, r.workers / PER_100K);
    return {
      ...r,
      rate: rate * PER_100K,
      ci_low: ci.low,
      ci_high: ci.high,
      expected_deaths: mu,
      limit95_low: l95[0] * PER_100K,
      limit95_high: l95[1] * PER_100K,
      limit998_low: l998[0] * PER_100K,
      limit998_high: l998[1] * PER_100K,
      position,
      smoothed_rate: eb!.smoothed[i]! * PER_100K,
      own_weight: eb!.weights[i]!
    };
  });
  return {
    year,
    level,
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
    expected_outside_95: 0.05 * units.length,
    outside_95: units.filter((u) => u.position !== "within").length,
    units
  };
}
