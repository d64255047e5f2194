// Counts and denominators for every unit, year and sector, in SQL. A unit's figures are its own rows
// plus the rows of every unit inside it, a parent's own total and its children's never both
// (rollup-checks.ts says which is used). Two geographies:
//  - "reported": units as they were when the data was reported (63 provinces and their districts and
//    communes before 1 July 2025, the 34 provinces after);
//  - "2025": today's 34 provinces, each old province's data summed into the new one it joined.
// The country is "VN" in both.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, type SqlParams} from "../warehouse/connection.js";
import {
  COUNTRY,
  mapOfYearSql,
  PARENT_COLUMNS,
  unitKey,
  unitKeySql,
  type UnitKey,
  type UnitMap,
  type UnitRef
} from "../../contract/units.js";
import type {GeographyMode} from "../units/units.js";
import {countedRowsSql, LEVEL_SQL, SECTOR_KEYS, type YearlyDataset} from "./rollup-checks.js";
import {broughtBackAncestorsSql, PLACEMENT_SQL, UNPLACED_BY_UNIT_SQL, type UnplacedCount} from "./brought-back.js";

export interface UnitFacts {
  unit_code: string;
  /** pre2025, 2025, or "any" for the country. */
  unit_geography: UnitMap;
  year: number;
  /** "ALL", a section letter or a division. */
  sector: string;
  accidents: number | null;
  fatal_accidents: number | null;
  deaths: number | null;
  serious_injuries: number | null;
  victims: number | null;
  deaths_labour_relations: number | null;
  fatal_investigated: number | null;
  workers: number | null;
  exposed_workers: number | null;
  examined_workers: number | null;
  facilities_with_hazards: number | null;
  facilities_monitored: number | null;
  /** Records of new-map units brought back to this old unit (2025; brought-back.ts); null when none. */
  new_map_records?: number | null;
  /** New-map records of this old unit's territory that could not be brought back to it (2025). */
  unplaced?: Pick<UnplacedCount, "dataset" | "level" | "records">[] | null;
}

export interface UnitTraining {
  unit_code: string;
  unit_geography: UnitMap;
  year: number;
  group: string;
  required: number;
  trained: number;
}

/** An old unit's row counted for a unit off the old map yields to its new province's rows (countedJoin). */
const yieldsToSql = (offOldMap: string) =>
  `CASE WHEN u.geography = 'pre2025' AND ${offOldMap} THEN u.province_2025 END AS new_province`;

/**
 * Which units a fact's unit counts towards, for a geography mode, with each one's depth (LEVEL_SQL;
 * today's provinces lie above every old unit): a yearly row counts for an ancestor deeper than its cut.
 * As reported, a new-map unit's 2025 records also count for the old units it lies in (`only_year`).
 */
function ancestorsSql(mode: GeographyMode): string {
  return mode === "reported"
    ? `WITH placement AS (${PLACEMENT_SQL})
       SELECT u.unit_code AS fact_unit, u.geography AS fact_geography, t.ancestor AS unit_code,
         CASE WHEN t.ancestor = 'VN' THEN 'any' ELSE u.geography END AS unit_geography, ${LEVEL_SQL("t.ancestor")} AS ancestor_level,
         NULL::INTEGER AS only_year, NULL::VARCHAR[] AS old_districts, ${yieldsToSql("t.ancestor = 'VN'")}
       FROM units u, unnest(list_distinct(list_filter([u.unit_code, ${PARENT_COLUMNS.map((c) => `u.${c}`).join(", ")}, '${COUNTRY.code}'], x -> x IS NOT NULL))) t(ancestor)
       UNION ALL
       ${broughtBackAncestorsSql()}`
    : `SELECT u.unit_code AS fact_unit, u.geography AS fact_geography, t.ancestor AS unit_code,
         CASE WHEN t.ancestor = 'VN' THEN 'any' ELSE '2025' END AS unit_geography, 0 AS ancestor_level, NULL::INTEGER AS only_year,
         NULL::VARCHAR[] AS old_districts, ${yieldsToSql("true")}
       FROM units u, unnest(list_distinct(list_filter([u.province_2025, 'VN'], x -> x IS NOT NULL))) t(ancestor)`;
}

/** A brought-back ancestor (alias a) takes a record (alias d) only of its year. */
const ofItsYear = (d: string) => `(a.only_year IS NULL OR a.only_year = ${d}."year")`;

/**
 * Joins a dataset's counted rows (alias d) to the ancestors they count for, never twice (rollup-checks.ts).
 * A yearly 2025 row covers the whole year, so the two maps' rows for one territory are never both counted:
 *  - for an old unit, a row brought back from the new map yields to old-map rows covering part of its
 *    territory: the old unit's own row, or rows at or below an old district the new unit touches (any row
 *    of the old unit where the districts it touches are unknown);
 *  - for a new-map unit and the country, an old-map row yields to its new province's rows, where it has any.
 */
const countedJoin = (dataset: YearlyDataset) =>
  `${dataset}_counted d JOIN ancestors a ON a.fact_unit = d.unit_code AND a.fact_geography = d.geography
       AND NOT d.superseded AND a.ancestor_level > d.cut_level AND ${ofItsYear("d")}
       AND NOT EXISTS (SELECT 1 FROM ${dataset}_reach o WHERE o.unit_code = a.new_province AND o.geography = '2025'
         AND o."year" = d."year" AND o.key = d.key)
       AND NOT EXISTS (SELECT 1 FROM ${dataset}_covered c WHERE c.fact_unit = a.fact_unit AND c.unit_code = a.unit_code
         AND a.only_year IS NOT NULL AND c."year" = d."year" AND c.key = d.key)`;

/** Old units whose old-map rows cover part of a brought-back new-map unit's territory (countedJoin). */
const coveredSql = (dataset: YearlyDataset) =>
  `${dataset}_covered AS (
       SELECT DISTINCT a.fact_unit, a.unit_code, o."year", o.key
       FROM ancestors a, unnest(list_append(coalesce(a.old_districts, []), a.unit_code)) t(code)
       JOIN ${dataset}_reach o ON o.unit_code = t.code AND o.geography = 'pre2025' AND o."year" = a.only_year
       WHERE t.code <> a.unit_code OR o.own OR a.old_districts IS NULL OR list_contains(a.old_districts, t.code)
     )`;

export interface FactsFilter {
  mode: GeographyMode;
  /** Only these units; all units when absent. */
  units?: UnitRef[];
  /** Sector keys to keep ("ALL", section letters, divisions); all when absent. */
  sectors?: string[];
}

/** The filter's units and sectors as bound values (never written into the SQL), kept by a semi-join. */
function filterParams(filter: FactsFilter): SqlParams {
  return {
    ...(filter.units ? {units: filter.units.map(unitKey)} : {}),
    ...(filter.sectors ? {sectors: filter.sectors} : {})
  };
}

const unitWhere = (filter: FactsFilter) =>
  filter.units ? `WHERE ${unitKeySql("a.unit_code", "a.unit_geography")} IN (SELECT unnest($units))` : "";

export async function unitFacts(connection: DuckDBConnection, filter: FactsFilter): Promise<UnitFacts[]> {
  const reported = filter.mode === "reported";
  const sectorWhere = filter.sectors ? "WHERE list_contains($sectors, sector)" : "";
  return queryRows<UnitFacts>(
    connection,
    `WITH ancestors AS (SELECT * FROM (${ancestorsSql(filter.mode)}) a ${unitWhere(filter)}),
     ${(["workforce", "disease_exams", "environment_monitoring"] as const).map((d) => `${countedRowsSql(d)}, ${coveredSql(d)}`).join(",\n     ")},
     facts AS (
       SELECT a.unit_code, a.unit_geography, i."year", s.sector,
         count(*) AS accidents, count(*) FILTER (WHERE deaths > 0) AS fatal_accidents, sum(deaths) AS deaths,
         sum(serious_injuries) AS serious_injuries, sum(victims) AS victims,
         coalesce(sum(deaths) FILTER (WHERE labour_relation), 0) AS deaths_labour_relations,
         count(*) FILTER (WHERE deaths > 0 AND investigated) AS fatal_investigated,
         NULL::HUGEINT AS workers, NULL::HUGEINT AS exposed_workers, NULL::HUGEINT AS examined_workers,
         NULL::HUGEINT AS facilities_with_hazards, NULL::HUGEINT AS facilities_monitored,
         count(*) FILTER (WHERE a.only_year IS NOT NULL) AS new_map_records
       FROM incidents i JOIN ancestors a ON a.fact_unit = i.unit_code AND a.fact_geography = i.geography AND ${ofItsYear("i")},
         unnest(${SECTOR_KEYS}) s(sector)
       GROUP BY ALL
       UNION ALL
       SELECT a.unit_code, a.unit_geography, d."year", d.key, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         sum(workers), NULL, NULL, NULL, NULL, count(*) FILTER (WHERE a.only_year IS NOT NULL)
       FROM ${countedJoin("workforce")}
       GROUP BY ALL
       UNION ALL
       SELECT a.unit_code, a.unit_geography, d."year", d.key, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, sum(exposed_workers), sum(examined_workers), NULL, NULL, count(*) FILTER (WHERE a.only_year IS NOT NULL)
       FROM ${countedJoin("disease_exams")}
       GROUP BY ALL
       UNION ALL
       SELECT a.unit_code, a.unit_geography, d."year", d.key, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, sum(facilities_with_hazards), sum(facilities_monitored), count(*) FILTER (WHERE a.only_year IS NOT NULL)
       FROM ${countedJoin("environment_monitoring")}
       GROUP BY ALL
     )
     SELECT unit_code, unit_geography, "year", sector,
       ${[
         "accidents",
         "fatal_accidents",
         "deaths",
         "serious_injuries",
         "victims",
         "deaths_labour_relations",
         "fatal_investigated",
         "workers",
         "exposed_workers",
         "examined_workers",
         "facilities_with_hazards",
         "facilities_monitored"
       ]
         .map((c) => `CAST(sum(${c}) AS DOUBLE) AS ${c}`)
         .join(", ")},
       CAST(nullif(sum(new_map_records), 0) AS DOUBLE) AS new_map_records,
       ${reported ? "any_value(x.unplaced)" : "NULL"} AS unplaced
     FROM facts ${reported ? `LEFT JOIN (${UNPLACED_BY_UNIT_SQL}) x USING (unit_code, unit_geography, "year")` : ""} ${sectorWhere}
     GROUP BY ALL ORDER BY unit_code, unit_geography, "year", sector`,
    filterParams(filter)
  );
}

export async function unitTraining(connection: DuckDBConnection, filter: FactsFilter): Promise<UnitTraining[]> {
  return queryRows<UnitTraining>(
    connection,
    `WITH ancestors AS (SELECT * FROM (${ancestorsSql(filter.mode)}) a ${unitWhere(filter)}),
     ${countedRowsSql("training")}, ${coveredSql("training")}
     SELECT a.unit_code, a.unit_geography, d."year", d.key AS "group", CAST(sum(required) AS DOUBLE) AS required, CAST(sum(trained) AS DOUBLE) AS trained
     FROM ${countedJoin("training")}
     GROUP BY ALL ORDER BY ALL`,
    filterParams(filter)
  );
}

export interface ReportingUnit {
  /** The unit reported to. */
  parent: UnitKey;
  unit_code: string;
  year: number;
  submitted_on: string | null;
}

/**
 * The units directly below each of `parents` that are expected to report, with their annual report
 * dates, in one query. The country's children are the provinces of the year's map: the 63 old ones until
 * 2024, the 34 new ones from 2025 (a code in both maps is two different units, never one reporter
 * counted across both).
 */
export async function childSubmissions(connection: DuckDBConnection, parents: UnitRef[]): Promise<ReportingUnit[]> {
  const country = `'${COUNTRY.code}'`;
  return queryRows<ReportingUnit>(
    connection,
    `WITH years AS (SELECT DISTINCT "year" FROM submissions),
     children AS (
       SELECT ${unitKeySql("u.parent_code", `CASE WHEN u.parent_code = ${country} THEN 'any' ELSE u.geography END`)} AS parent,
         u.unit_code, u.geography, y."year"
       FROM units u, years y
       WHERE u.parent_code <> ${country} OR u.geography = ${mapOfYearSql('y."year"')}
     )
     SELECT c.parent, c.unit_code, c."year", strftime(min(s.submitted_on), '%Y-%m-%d') AS submitted_on
     FROM children c
     LEFT JOIN submissions s ON s.unit_code = c.unit_code AND s.geography = c.geography AND s."year" = c."year" AND coalesce(s.report, 'annual') = 'annual'
     WHERE c.parent IN (SELECT unnest($parents))
     GROUP BY ALL ORDER BY ALL`,
    {parents: parents.map(unitKey)}
  );
}
