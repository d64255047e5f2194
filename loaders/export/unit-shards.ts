// The scorecard, trends and period review of every unit of both maps, computed in one process and cut
// into files per province on each map (contract/unit-directory.ts): the overview loads the names list
// when the picker needs it and one province's scorecards when a unit is chosen, the trends and review
// pages that province's series or reviews, never every unit's results.
import type {DuckDBConnection} from "@duckdb/node-api";
import {group} from "d3";
import {readPlans} from "../indicators/plan-store.js";
import {queryRows} from "../warehouse/connection.js";
import {provinces2025} from "../reference/admin-units.js";
import type {UnitResult} from "../indicators/results.js";
import {
  columnar,
  compact,
  dataYears,
  isDemo,
  isScorecardRow,
  resultUnit,
  sitePlans,
  siteReviews,
  siteUnitResults,
  siteUnits
} from "./site-data.js";
import type {ZipEntry} from "./zip.js";
import {seriesFile, shardName, type DirectoryUnit, type UnitName} from "../../contract/unit-directory.js";
import type {SiteResult, SiteReview, SiteUnit} from "../../contract/site.js";

interface Placement {
  unit_code: string;
  geography: string;
  province_code: string | null;
  district_name: string | null;
}

/** A unit's rows of each kind: its scorecard, its trend series and its period review. */
export interface UnitRows {
  scorecards: SiteResult[];
  trends: SiteResult[];
  reviews: SiteReview[];
}

export interface UnitShards {
  names: UnitName[];
  shards: Map<string, {units: DirectoryUnit[]} & UnitRows>;
}

/**
 * Every unit with its shard, its names-list row and its rows. A new province lists the old provinces it
 * merged; the names list gives each unit's district and province, so namesakes differ.
 */
export function cutShards(
  units: SiteUnit[],
  placements: Placement[],
  rows: UnitRows,
  mergers: Map<string, string[]>
): UnitShards {
  const placement = new Map(placements.map((p) => [`${p.unit_code}|${p.geography}`, p]));
  const byUnit = {
    scorecards: group(rows.scorecards, (r) => r.unit),
    trends: group(rows.trends, (r) => r.unit),
    reviews: group(rows.reviews, (r) => r.unit)
  };
  const names: UnitName[] = [];
  const shards: UnitShards["shards"] = new Map();
  for (const unit of units) {
    const place = placement.get(unit.key);
    const shard = shardName({code: unit.code, geography: unit.geography, province_code: place?.province_code ?? null});
    const merged_from =
      unit.level === "province" && unit.geography === "2025" ? (mergers.get(unit.code) ?? null) : null;
    let file = shards.get(shard);
    if (!file) shards.set(shard, (file = {units: [], scorecards: [], trends: [], reviews: []}));
    // where it lies: its district (old communes) and province, as the picker and the heading say it
    const parent = [place?.district_name, unit.parent].filter(Boolean).join(", ") || null;
    file.units.push({...unit, parent, shard, merged_from});
    file.scorecards.push(...(byUnit.scorecards.get(unit.key) ?? []));
    file.trends.push(...(byUnit.trends.get(unit.key) ?? []));
    file.reviews.push(...(byUnit.reviews.get(unit.key) ?? []));
    names.push({key: unit.key, name: unit.name, level: unit.level, parent, shard, province_2025: unit.province_2025});
  }
  return {names, shards};
}

/**
 * The trends page's series: every indicator of the units it has always drawn (`everySeries`: the country,
 * the provinces, the plan issuers), the indicators a plan targets for every other unit.
 */
export function trendRows(results: UnitResult[], everySeries: Set<string>): SiteResult[] {
  const targeted = new Set(results.filter(isScorecardRow).map((r) => `${resultUnit(r)}|${r.indicator}`));
  return results
    .filter((r) => everySeries.has(resultUnit(r)) || targeted.has(`${resultUnit(r)}|${r.indicator}`))
    .map(compact);
}

/** The reviews of the units with data for some target: for the others the review page says there is none. */
export function withData(reviews: SiteReview[]): SiteReview[] {
  const reviewed = new Set(reviews.filter((r) => r.status !== "no_data").map((r) => r.unit));
  return reviews.filter((r) => reviewed.has(r.unit));
}

/**
 * The archive src/data/units.zip.ts writes: meta.json, names.json and per province its scorecards
 * (<shard>.json), trend series (trends-<shard>.json) and period reviews (review-<shard>.json).
 */
export async function unitArchive(connection: DuckDBConnection): Promise<ZipEntry[]> {
  const plans = await readPlans(connection);
  const units = await siteUnits(connection, plans, {every: true});
  const placements = await queryRows<Placement>(
    connection,
    `SELECT u.unit_code, u.geography, u.province_code, d.full_name AS district_name
     FROM units u LEFT JOIN units d ON u.level = 'commune' AND d.unit_code = u.district_code AND d.geography = u.geography AND d.level = 'district'
     WHERE u.level IN ('province', 'district', 'commune')`
  );
  const byKey = new Map(units.map((u) => [u.key, u]));
  const mergers = new Map(
    provinces2025().map((p) => [
      p.province_code,
      p.old_province_codes.map((code) => byKey.get(`${code}|pre2025`)?.name ?? code)
    ])
  );
  const results = await siteUnitResults(connection, units);
  // reviewed: the units with data (for a unit without any, the review page says so)
  const withResults = new Set(results.map(resultUnit));
  const reviews = withData(
    await siteReviews(
      connection,
      units.filter((u) => withResults.has(u.key)),
      plans
    )
  );
  const everySeries = new Set((await siteUnits(connection, plans)).map((u) => u.key));
  const {names, shards} = cutShards(
    units,
    placements,
    {scorecards: results.filter(isScorecardRow).map(compact), trends: trendRows(results, everySeries), reviews},
    mergers
  );
  const json = (name: string, value: unknown): ZipEntry => ({name, data: Buffer.from(JSON.stringify(value))});
  return [
    json("meta.json", {demo: await isDemo(connection), plans: sitePlans(plans), years: await dataYears(connection)}),
    json("names.json", columnar(names)),
    ...[...shards].flatMap(([shard, {units, scorecards, trends, reviews}]) => [
      json(`${shard}.json`, {units, scorecards: columnar(scorecards)}),
      json(`${seriesFile("trends", shard)}.json`, columnar(trends)),
      json(`${seriesFile("review", shard)}.json`, columnar(reviews))
    ])
  ];
}
