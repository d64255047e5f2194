// The plans' final year: old units' 2025 figures include what new-map units sent for the second half,
// brought back through the old→new commune mapping (DATA-CONTRACT.md, "Two maps"). A new-map unit's
// records count for an old province when the whole unit lay in it (a new province made of one old
// province; a new commune whose every predecessor commune lay in one old province) and for an old
// district when every predecessor lay in one old district. A predecessor the mapping gives without a
// known old code, or a commune the reference data places in two old provinces, leaves the commune
// unplaced: what cannot be placed is counted (per old province when known, and year), never guessed.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {YEARLY_DATASETS, type YearlyDataset} from "./rollup-checks.js";

/** The one year whose new-map records are brought back to old units (the old map ends on 30/06/2025). */
export const BROUGHT_BACK_YEAR = 2025;

/** Depth of an old unit in the old tree (rollup-checks.ts LEVEL_SQL): a province 1, a district 2. */
const OLD_LEVELS = {old_province: 1, old_district: 2} as const;

/**
 * Each new-map province and commune with the old province and old district it lies in (NULL where it
 * lies in several or the reference data cannot tell), and the old districts its territory touches (NULL
 * for a province or where a predecessor is unknown: it may touch any).
 */
export const PLACEMENT_SQL = `
  WITH predecessors AS (
    SELECT m.new_commune_code AS unit_code, o.unit_code AS old_code, o.province_code, o.district_code
    FROM commune_mapping_2025 m
    LEFT JOIN units o ON o.unit_code = m.old_commune_code AND o.geography = 'pre2025' AND o.level = 'commune'
  ), by_predecessors AS (
    SELECT unit_code,
      count(*) = count(old_code) AND count(DISTINCT province_code) = 1 AS one_province,
      count(*) = count(old_code) AND count(DISTINCT district_code) = 1 AS one_district,
      any_value(province_code) AS province_code, any_value(district_code) AS district_code,
      CASE WHEN count(*) = count(old_code) THEN list_distinct(list(district_code)) END AS old_districts
    FROM predecessors GROUP BY ALL
  ), whole_provinces AS (
    -- a new province made of one old province lies wholly in it, and so does each of its communes
    SELECT province_2025, CASE WHEN count(*) = 1 THEN any_value(unit_code) END AS old_province
    FROM units WHERE geography = 'pre2025' AND level = 'province' GROUP BY ALL
  )
  SELECT n.unit_code, n.level, n.province_code AS new_province,
    CASE WHEN split.code IS NOT NULL THEN NULL
      ELSE coalesce(w.old_province, CASE WHEN p.one_province THEN p.province_code END) END AS old_province,
    CASE WHEN split.code IS NULL AND p.one_district THEN p.district_code END AS old_district,
    p.old_districts
  FROM units n
  JOIN whole_provinces w ON w.province_2025 = n.province_code
  LEFT JOIN by_predecessors p ON p.unit_code = n.unit_code AND n.level = 'commune'
  LEFT JOIN (SELECT DISTINCT code FROM new_map_reference_issues WHERE kind = 'predecessors_in_two_provinces') split
    ON split.code = n.unit_code AND n.level = 'commune'
  WHERE n.geography = '2025' AND n.level IN ('province', 'commune')`;

/**
 * Extra rows of aggregate.ts's ancestors (as reported): a new-map unit's records of BROUGHT_BACK_YEAR
 * count for the old province and district it lies in (`only_year` limits them to that year;
 * `old_districts` says which old districts' own yearly rows cover part of the same territory).
 */
export const broughtBackAncestorsSql = () =>
  Object.entries(OLD_LEVELS)
    .map(
      ([column, level]) =>
        `SELECT unit_code AS fact_unit, '2025' AS fact_geography, ${column} AS unit_code, 'pre2025' AS unit_geography,
           ${level} AS ancestor_level, ${BROUGHT_BACK_YEAR} AS only_year, old_districts, NULL AS new_province
         FROM placement WHERE ${column} IS NOT NULL`
    )
    .join("\n       UNION ALL\n       ");

/** The datasets whose new-map records are brought back, each counted by rows. */
export const BROUGHT_BACK_DATASETS = ["incidents", ...(Object.keys(YEARLY_DATASETS) as YearlyDataset[])] as const;

export interface UnplacedCount {
  dataset: string;
  year: number;
  /** The level the records could not be placed at. */
  level: "province" | "district";
  /** The old province they lie in when known (level "district"), else null. */
  old_province: string | null;
  old_province_name: string | null;
  /** The new province that sent them. */
  new_province: string;
  new_province_name: string;
  records: number;
}

/** Rows of each dataset of BROUGHT_BACK_YEAR on the new map, with where their unit lies on the old one. */
const newMapRowsSql = () =>
  BROUGHT_BACK_DATASETS.map(
    (dataset) =>
      `SELECT '${dataset}' AS dataset, d."year", d.unit_code FROM ${dataset} d
       WHERE d.geography = '2025' AND d."year" = ${BROUGHT_BACK_YEAR}`
  ).join(" UNION ALL ");

/**
 * New-map records that cannot be brought back to an old unit, per dataset, year and level: not to an old
 * province (a whole merged province's record, a commune the reference data cannot place), or — inside a
 * known old province — not to an old district.
 */
export const UNPLACED_SQL = `
  WITH placement AS (${PLACEMENT_SQL}),
  new_rows AS (${newMapRowsSql()})
  SELECT r.dataset, CAST(r."year" AS INTEGER) AS "year",
    CASE WHEN p.old_province IS NULL THEN 'province' ELSE 'district' END AS level,
    p.old_province, op.name AS old_province_name, p.new_province, np.name AS new_province_name,
    CAST(count(*) AS INTEGER) AS records
  FROM new_rows r JOIN placement p USING (unit_code)
  LEFT JOIN units op ON op.unit_code = p.old_province AND op.geography = 'pre2025'
  JOIN units np ON np.unit_code = p.new_province AND np.geography = '2025'
  WHERE p.old_province IS NULL OR p.old_district IS NULL
  GROUP BY ALL`;

/** Every count of unplaceable records, for the data-quality page. */
export function unplacedRecords(connection: DuckDBConnection): Promise<UnplacedCount[]> {
  return queryRows<UnplacedCount>(
    connection,
    `${UNPLACED_SQL} ORDER BY new_province, old_province NULLS FIRST, dataset`
  );
}

/**
 * The unplaced counts that concern each old unit's own figures, as a list per unit and year: an old
 * province's records its new province could not place in any old province; an old district's those too,
 * and its province's records that could not be placed in an old district.
 */
export const UNPLACED_BY_UNIT_SQL = `
  SELECT u.unit_code, u.geography AS unit_geography, x."year",
    list({dataset: x.dataset, level: x.level, records: x.records} ORDER BY x.level DESC, x.dataset) AS unplaced
  FROM units u JOIN (${UNPLACED_SQL}) x
    ON (x.level = 'province' AND x.new_province = u.province_2025)
    OR (x.level = 'district' AND u.level = 'district' AND x.old_province = u.province_code)
  WHERE u.geography = 'pre2025' AND u.level IN ('province', 'district')
  GROUP BY ALL`;
