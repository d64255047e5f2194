// Roll-up checks: where a unit reports its own total and the units inside it report theirs, the two
// should agree. Every gap is listed (the indicators add both, so a gap also means double counting
// until one of the two is corrected).
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {quote} from "../warehouse/sql.js";

export interface RollupGap {
  dataset: string;
  measure: string;
  unit_code: string;
  geography: string;
  year: number;
  /** Sector or training group. */
  breakdown: string;
  reported_total: number;
  sum_of_children: number;
  gap: number;
}

const MEASURES: {dataset: string; measure: string; breakdown: string}[] = [
  {dataset: "workforce", measure: "workers", breakdown: "coalesce(sector_code, 'ALL')"},
  {dataset: "disease_exams", measure: "exposed_workers", breakdown: "coalesce(sector_code, 'ALL')"},
  {dataset: "disease_exams", measure: "examined_workers", breakdown: "coalesce(sector_code, 'ALL')"},
  {dataset: "environment_monitoring", measure: "facilities_with_hazards", breakdown: "coalesce(sector_code, 'ALL')"},
  {dataset: "environment_monitoring", measure: "facilities_monitored", breakdown: "coalesce(sector_code, 'ALL')"},
  {dataset: "training", measure: "required", breakdown: `"group"`},
  {dataset: "training", measure: "trained", breakdown: `"group"`}
];

export function rollupGaps(connection: DuckDBConnection): Promise<RollupGap[]> {
  const checks = MEASURES.map(
    ({dataset, measure, breakdown}) => `
    SELECT '${dataset}' AS dataset, '${measure}' AS measure, own.unit_code, own.geography, own."year", own.breakdown,
      own.total AS reported_total, children.total AS sum_of_children, own.total - children.total AS gap
    FROM (SELECT unit_code, geography, "year", ${breakdown} AS breakdown, sum(${quote(measure)}) AS total FROM ${dataset} GROUP BY ALL) own
    JOIN (SELECT u.parent_code AS unit_code, d.geography, d."year", ${breakdown.replace('"group"', 'd."group"')} AS breakdown, sum(d.${quote(measure)}) AS total
          FROM ${dataset} d JOIN units u ON u.unit_code = d.unit_code AND u.geography = d.geography GROUP BY ALL) children
      USING (unit_code, geography, "year", breakdown)
    WHERE own.total IS DISTINCT FROM children.total`
  );
  return queryRows<RollupGap>(
    connection,
    `SELECT dataset, measure, unit_code, geography, "year" AS year, breakdown, CAST(reported_total AS DOUBLE) AS reported_total,
       CAST(sum_of_children AS DOUBLE) AS sum_of_children, CAST(gap AS DOUBLE) AS gap
     FROM (${checks.join(" UNION ALL ")}) ORDER BY dataset, measure, unit_code, year`
  );
}
