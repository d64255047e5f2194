// The scorecard of every unit of both maps, computed in one process and cut into one file per province
// on each map (src/lib/unit-directory.ts): the overview loads the names list when the picker needs it
// and one province's file when a unit is chosen, never every unit's results.
import type {DuckDBConnection} from "@duckdb/node-api";
import {readPlans} from "../indicators/plan-store.js";
import {queryRows} from "../warehouse/connection.js";
import {provinces2025} from "../reference/admin-units.js";
import {columnar, dataYears, isDemo, siteResults, sitePlans, siteUnits} from "./site-data.js";
import type {ZipEntry} from "./zip.js";
import {shardName, type DirectoryUnit, type UnitName} from "../../contract/unit-directory.js";
import type {SiteResult, SiteUnit} from "../../contract/site.js";

interface Placement {
  unit_code: string;
  geography: string;
  province_code: string | null;
  district_name: string | null;
}

export interface UnitShards {
  names: UnitName[];
  shards: Map<string, {units: DirectoryUnit[]; scorecards: SiteResult[]}>;
}

/**
 * Every unit with its shard, its names-list row and its scorecard rows. A new province lists the old
 * provinces it merged; the names list gives each unit's district and province, so namesakes differ.
 */
export function cutShards(
  units: SiteUnit[],
  placements: Placement[],
  scorecards: SiteResult[],
  mergers: Map<string, string[]>
): UnitShards {
  const placement = new Map(placements.map((p) => [`${p.unit_code}|${p.geography}`, p]));
  const rowsByUnit = new Map<string, SiteResult[]>();
  for (const row of scorecards) {
    const list = rowsByUnit.get(row.unit);
    if (list) list.push(row);
    else rowsByUnit.set(row.unit, [row]);
  }
  const names: UnitName[] = [];
  const shards: UnitShards["shards"] = new Map();
  for (const unit of units) {
    const place = placement.get(unit.key);
    const shard = shardName({code: unit.code, geography: unit.geography, province_code: place?.province_code ?? null});
    const merged_from =
      unit.level === "province" && unit.geography === "2025" ? (mergers.get(unit.code) ?? null) : null;
    let file = shards.get(shard);
    if (!file) shards.set(shard, (file = {units: [], scorecards: []}));
    // where it lies: its district (old communes) and province, as the picker and the heading say it
    const parent = [place?.district_name, unit.parent].filter(Boolean).join(", ") || null;
    file.units.push({...unit, parent, shard, merged_from});
    file.scorecards.push(...(rowsByUnit.get(unit.key) ?? []));
    names.push({key: unit.key, name: unit.name, level: unit.level, parent, shard});
  }
  return {names, shards};
}

/** The archive src/data/units.zip.ts writes: meta.json, names.json and one <shard>.json per province. */
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
  const {names, shards} = cutShards(
    units,
    placements,
    await siteResults(connection, units, {targetsOnly: true}),
    mergers
  );
  const json = (name: string, value: unknown): ZipEntry => ({name, data: Buffer.from(JSON.stringify(value))});
  return [
    json("meta.json", {demo: await isDemo(connection), plans: sitePlans(plans), years: await dataYears(connection)}),
    json("names.json", columnar(names)),
    ...[...shards].map(([shard, {units, scorecards}]) =>
      json(`${shard}.json`, {units, scorecards: columnar(scorecards)})
    )
  ];
}
