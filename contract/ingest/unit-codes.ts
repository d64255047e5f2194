// Which unit a code names, on which map (DATA-CONTRACT.md, "Two maps"). The map a row is read on comes
// from its date or year: a dated record on the map of its date; a yearly row up to 2024 on the old map,
// from 2026 on the new; a 2025 row on the new map when its code names a unit there, else on the old,
// unless its `map` column (Địa giới: cũ/mới) says which. A code that exists as written is never padded
// into a unit of another level ("01" in a column of 3-digit districts stays Hà Nội, not Ba Đình 001).
// A code found on no map the row may use is rejected with a reason that names the map its date implies.
import type {SqlRunner} from "./check-rows.js";
import {GEOGRAPHY_2025_FROM} from "./datasets.js";

/** Typed value of a `map` cell: 'pre2025' (cũ/old), '2025' (mới/new), NULL when blank or unknown. */
export const mapSql = (folded: string) => `CASE
  WHEN ${folded} IN ('cu', 'old', 'diagioicu', 'bandocu', 'truoc2025', 'pre2025') THEN 'pre2025'
  WHEN ${folded} IN ('moi', 'new', 'diagioimoi', 'bandomoi', '2025') THEN '2025' END`;

/**
 * The map a row must be read on: 'pre2025', '2025', or 'either' (a 2025 yearly row without `map`).
 * `mapColumn` is the typed `map` column's SQL, or null for a dataset without one.
 */
export function timeGeographySql(timeColumn: "occurred_on" | "year" | "period_from", mapColumn: string | null): string {
  if (timeColumn === "occurred_on")
    return `CASE WHEN occurred_on >= DATE '${GEOGRAPHY_2025_FROM}' THEN '2025' WHEN occurred_on IS NOT NULL THEN 'pre2025' ELSE 'either' END`;
  // A yearly row by its year; a plan by the first year of its period.
  return `CASE WHEN "${timeColumn}" <= 2024 THEN 'pre2025' WHEN "${timeColumn}" >= 2026 THEN '2025'
    ELSE coalesce(${mapColumn ?? "NULL"}, 'either') END`;
}

/**
 * Builds `unit_candidates` (raw_code, time_geography → unit_code, geography, reason) from `staged_codes`
 * (unit_raw, row_count). A code that lost its leading zeros (Excel) is restored only when it does not
 * exist as written: in a column of one level (≥ 95% of rows with codes of one width) to that width
 * (63 → 063 in a district column), else only from impossible widths (1 → 01, 4 → 5 digits).
 * `reason` is the rejection code when no unit fits (for an old province, with the new one it merged into).
 */
/**
 * A code padded with zeros to a width — only ever lengthened: DuckDB's lpad cuts a longer text, which read
 * "0612" (Đắk Tô typed with an extra zero) as province "06".
 */
const padded = (width: number | string) =>
  `CASE WHEN length(raw_code) < ${width} THEN lpad(raw_code, ${width}, '0') END`;

export async function resolveUnitCodes(connection: SqlRunner): Promise<void> {
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE unit_candidates AS
    WITH raw AS (
      SELECT DISTINCT unit_raw AS raw_code, time_geography
      FROM staged_codes, unnest(['pre2025', '2025', 'either']) g(time_geography) WHERE unit_raw IS NOT NULL
    ), widths AS (
      SELECT length(unit_raw) AS width, sum(row_count) AS rows FROM staged_codes
      WHERE length(unit_raw) IN (2, 3, 5) AND regexp_full_match(unit_raw, '\\d+') GROUP BY ALL
    ), dominant AS (
      SELECT CAST(coalesce(arg_max(width, rows), 2) AS INTEGER) AS width,
        coalesce(max(rows) / sum(rows) >= 0.95, true) AS uniform
      FROM widths
    ), listed AS (
      SELECT raw_code, time_geography,
        CASE WHEN NOT regexp_full_match(raw_code, '\\d{1,5}') THEN [upper(raw_code)]
          WHEN uniform THEN [raw_code, ${padded("width")}, ${padded(2)}, ${padded(3)}, ${padded(5)}]
          ELSE [CASE WHEN length(raw_code) IN (2, 3, 5) THEN raw_code END,
                CASE WHEN length(raw_code) = 1 THEN lpad(raw_code, 2, '0') END,
                CASE WHEN length(raw_code) = 4 THEN lpad(raw_code, 5, '0') END,
                ${padded(2)}, ${padded(3)}, ${padded(5)}] END AS candidates
      FROM raw, dominant
    ), tried AS (
      -- the candidates in order of preference (two unnests side by side: WITH ORDINALITY is not in DuckDB 1.1,
      -- which the check page runs)
      SELECT * FROM (
        SELECT raw_code, time_geography, unnest(candidates) AS candidate, unnest(range(1, len(candidates) + 1)) AS ordinal
        FROM listed)
      WHERE candidate IS NOT NULL
    ), matched AS (
      SELECT tried.*, units.unit_code, units.geography, units.level, units.province_2025,
        bool_or(units.unit_code = tried.raw_code) OVER (PARTITION BY tried.raw_code, tried.time_geography) AS exists_as_written
      FROM tried LEFT JOIN units ON units.unit_code = tried.candidate
    ), admissible AS (
      SELECT *, geography = time_geography OR time_geography = 'either' AS fits,
        ordinal * 10 + CASE WHEN geography = '2025' THEN 0 ELSE 1 END AS preference
      FROM matched WHERE unit_code IS NOT NULL AND (candidate = raw_code OR NOT exists_as_written)
    ), resolved AS (
      SELECT raw_code, time_geography,
        arg_min(unit_code, preference) FILTER (WHERE fits) AS unit_code,
        arg_min(geography, preference) FILTER (WHERE fits) AS geography,
        arg_min(level, preference) FILTER (WHERE geography = 'pre2025') AS old_level,
        arg_min(province_2025, preference) FILTER (WHERE geography = 'pre2025') AS successor,
        bool_or(geography = '2025') AS on_new_map
      FROM admissible GROUP BY ALL
    )
    SELECT raw.raw_code, raw.time_geography, r.unit_code, r.geography,
      CASE WHEN r.unit_code IS NOT NULL THEN NULL
        WHEN raw.time_geography = '2025' AND r.old_level = 'province'
          THEN concat_ws(':', 'old_unit_after_merger', p.name || ' (' || p.unit_code || ')')
        WHEN raw.time_geography = '2025' AND r.old_level = 'district' THEN 'old_district_after_reform'
        WHEN raw.time_geography = '2025' AND r.old_level = 'commune' THEN 'old_commune_after_reform'
        WHEN raw.time_geography = '2025' THEN 'unknown_unit_new_map'
        WHEN raw.time_geography = 'pre2025' AND r.on_new_map THEN 'new_unit_before_reform'
        WHEN raw.time_geography = 'pre2025' THEN 'unknown_unit'
        ELSE 'unknown_unit_either_map' END AS reason
    FROM raw LEFT JOIN resolved r USING (raw_code, time_geography)
    -- the new province an old one merged into, named in the reason
    LEFT JOIN units p ON p.unit_code = r.successor AND p.geography = '2025' AND p.level = 'province'`);
}

/**
 * Warnings for accepted rows of new communes whose predecessors the reference data places in two old
 * provinces (listed on the data-quality page): the row loads, but cannot be brought back to one old province.
 */
export const splitPredecessorsWarningSql = (acceptedTable: string) =>
  `SELECT CAST(src_row AS INTEGER) AS src_row, 'unit_code' AS column_name, unit_code, CAST("year" AS INTEGER) AS year,
     'predecessors_in_two_provinces' AS code
   FROM ${acceptedTable}
   WHERE geography = '2025' AND unit_code IN (SELECT code FROM new_map_reference_issues WHERE kind = 'predecessors_in_two_provinces')`;
