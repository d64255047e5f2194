// Roll-up: a parent unit's own total and its children's rows are two reports of the same thing and are
// never added. For each dataset, year and breakdown (sector key or training group) where a parent reports
// its own total and at least one child reports too:
//  - every child reports (the children cover the parent): the children's sum is used, the parent's own
//    row is set aside;
//  - only some children report: the parent's own total is used, and the children's rows count for the
//    children (and the units inside them) but not for the parent or anything above it.
// Every such pair is listed for the data-quality page, consistent or with its gap, saying which was used.
// Within one unit the same holds along the sector dimension: a row that states a key itself (blank sector
// for all sectors, section F for F) is the unit's own report of it, and its finer rows (sections,
// divisions) are not added on top of it; they still count for their own, finer keys. A unit that states
// no coarser row has its finer rows summed.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, type SqlParams} from "../warehouse/connection.js";

/** Sector keys a row counts towards, coarsest first: all sectors, its section, and its division when it has one. */
export const SECTOR_KEYS = `list_filter(['ALL', section_code, CASE WHEN length(sector_code) = 2 THEN sector_code END], x -> x IS NOT NULL)`;

/** The key a row states itself: its sector, all sectors when blank. */
const STATED_SECTOR = `coalesce(sector_code, 'ALL')`;

/** The yearly datasets (incidents are single events, each reported once, so they have no parent totals). */
export const YEARLY_DATASETS = {
  workforce: {measures: ["workers"], keys: SECTOR_KEYS, stated: STATED_SECTOR},
  disease_exams: {measures: ["exposed_workers", "examined_workers"], keys: SECTOR_KEYS, stated: STATED_SECTOR},
  environment_monitoring: {
    measures: ["facilities_with_hazards", "facilities_monitored"],
    keys: SECTOR_KEYS,
    stated: STATED_SECTOR
  },
  training: {measures: ["required", "trained"], keys: `["group"]`, stated: `"group"`}
} as const;
export type YearlyDataset = keyof typeof YEARLY_DATASETS;

/** Depth in the reported tree: the country 0, a province 1, a district 2, a commune 3. */
export const LEVEL_SQL = (code: string) =>
  `CASE WHEN ${code} = 'VN' THEN 0 WHEN ${code} = u.province_code THEN 1 WHEN ${code} = u.district_code THEN 2 ELSE 3 END`;

/** Rows of one year, key or old province only (their values are bound: countedRowsParams). */
export interface CountedRowsFilter {
  year?: number;
  key?: string;
  province?: string;
}

/** The values countedRowsSql's filter binds. */
export function countedRowsParams(only: CountedRowsFilter): SqlParams {
  return {
    ...(only.key === undefined ? {} : {only_key: only.key}),
    ...(only.province === undefined ? {} : {only_province: only.province})
  };
}

/**
 * Common table expressions for one dataset: `<d>_keyed` (each row once per key), `<d>_pairs` (every
 * parent–children pair and which report is used) and `<d>_counted`: the rows with `superseded` (a parent's
 * own row set aside for its children's) and `cut_level` (the depth of the nearest parent whose own total
 * is used instead of this row: the row counts only for units deeper than that; −1 when none).
 */
export function countedRowsSql(dataset: YearlyDataset, only: CountedRowsFilter = {}): string {
  const {measures, keys, stated} = YEARLY_DATASETS[dataset];
  const columns = measures.map((m) => `d.${m}`).join(", ");
  // Decisions are per year, key and line of units, so keeping one year, key or old province changes
  // none of them (and is much faster).
  const where = [
    only.year === undefined ? null : `"year" = ${Number(only.year)}`,
    only.province === undefined
      ? null
      : "unit_code IN (SELECT unit_code FROM units WHERE province_code = $only_province AND geography = 'pre2025')"
  ].filter((c) => c !== null);
  // path: the keys the row counts towards, coarsest first, ending with the one it states; unit_stated: the
  // keys the unit states itself that year. The row counts for a key unless the unit states that key or one
  // between it and the row's own (then that coarser row is the unit's report of it).
  return `${dataset}_keyed AS MATERIALIZED (
       SELECT d.row_id, d.unit_code, d.geography, d."year", k.key, ${columns}
       FROM (SELECT rowid AS row_id, *, ${keys} AS path,
               list(${stated}) OVER (PARTITION BY unit_code, geography, "year") AS unit_stated
             FROM ${dataset} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}) d, unnest(d.path) k(key)
       WHERE NOT list_has_any(d.unit_stated, list_slice(d.path, list_position(d.path, k.key), len(d.path) - 1))
         ${only.key === undefined ? "" : "AND k.key = $only_key"}
     ),
     ${dataset}_reach AS MATERIALIZED (
       -- units with data at or below them; own: rows of their own; below: rows of units inside them
       SELECT t.unit AS unit_code, r.geography, r."year", r.key, bool_or(t.unit = r.unit_code) AS own, bool_or(t.unit <> r.unit_code) AS below
       FROM ${dataset}_keyed r JOIN units u USING (unit_code, geography),
         unnest(list_distinct(list_filter([u.unit_code, u.district_code, u.province_code], x -> x IS NOT NULL))) t(unit)
       GROUP BY ALL
     ),
     ${dataset}_pairs AS (
       SELECT own.unit_code, own.geography, own."year", own.key, count(*) AS children, count(h.unit_code) AS children_reporting,
         CASE WHEN count(h.unit_code) = count(*) THEN 'children' ELSE 'own' END AS uses
       FROM (SELECT * FROM ${dataset}_reach WHERE own AND below) own
       JOIN units c ON c.parent_code = own.unit_code AND c.geography = own.geography
       LEFT JOIN ${dataset}_reach h ON h.unit_code = c.unit_code AND h.geography = c.geography AND h."year" = own."year" AND h.key = own.key
       GROUP BY ALL
     ),
     ${dataset}_counted AS (
       SELECT r.*, coalesce(own.uses = 'children', false) AS superseded,
         CASE WHEN district.uses = 'own' AND district.unit_code <> r.unit_code THEN 2
           WHEN province.uses = 'own' AND province.unit_code <> r.unit_code THEN 1 ELSE -1 END AS cut_level
       FROM ${dataset}_keyed r JOIN units u USING (unit_code, geography)
       ${(
         [
           ["own", "r.unit_code"],
           ["district", "u.district_code"],
           ["province", "u.province_code"]
         ] as const
       )
         .map(
           ([alias, code]) =>
             `LEFT JOIN ${dataset}_pairs ${alias} ON ${alias}.unit_code = ${code} AND ${alias}.geography = r.geography AND ${alias}."year" = r."year" AND ${alias}.key = r.key`
         )
         .join("\n       ")}
     )`;
}

export interface RollupPair {
  dataset: string;
  measure: string;
  unit_code: string;
  geography: string;
  year: number;
  /** Sector key or training group. */
  breakdown: string;
  reported_total: number;
  sum_of_children: number;
  gap: number;
  children: number;
  children_reporting: number;
  /** Which report the indicators use: the children's sum or the parent's own total. */
  uses: "children" | "own";
}

/** Every parent–children pair of every yearly dataset, consistent (gap 0) or not. */
export function rollupPairs(connection: DuckDBConnection): Promise<RollupPair[]> {
  const datasets = Object.keys(YEARLY_DATASETS) as YearlyDataset[];
  const checks = datasets.flatMap((dataset) =>
    YEARLY_DATASETS[dataset].measures.map(
      (measure) => `
    SELECT '${dataset}' AS dataset, '${measure}' AS measure, p.unit_code, p.geography, p."year", p.key AS breakdown,
      (SELECT sum(k.${measure}) FROM ${dataset}_keyed k WHERE k.unit_code = p.unit_code AND k.geography = p.geography AND k."year" = p."year" AND k.key = p.key) AS reported_total,
      -- each child's own figure as the indicators count it (its children's pairs already resolved)
      (SELECT sum(r.${measure}) FROM ${dataset}_counted r JOIN units u USING (unit_code, geography)
       WHERE p.unit_code IN (u.district_code, u.province_code) AND r.unit_code <> p.unit_code AND NOT r.superseded
         AND r.geography = p.geography AND r."year" = p."year" AND r.key = p.key AND r.cut_level <= ${LEVEL_SQL("p.unit_code")}) AS sum_of_children,
      p.children, p.children_reporting, p.uses
    FROM ${dataset}_pairs p`
    )
  );
  return queryRows<RollupPair>(
    connection,
    `WITH ${datasets.map((d) => countedRowsSql(d)).join(",\n     ")}
     SELECT dataset, measure, unit_code, geography, "year" AS year, breakdown, CAST(reported_total AS DOUBLE) AS reported_total,
       CAST(sum_of_children AS DOUBLE) AS sum_of_children, CAST(reported_total - sum_of_children AS DOUBLE) AS gap,
       CAST(children AS INTEGER) AS children, CAST(children_reporting AS INTEGER) AS children_reporting, uses
     FROM (${checks.join(" UNION ALL ")}) ORDER BY dataset, measure, unit_code, year, breakdown`
  );
}
