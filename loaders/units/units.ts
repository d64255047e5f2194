// The units of the warehouse as one index: a unit's record, its lineage (the chain up to the country on
// the map it is on, where a plan is looked for), and the unit a code names in a year and a geography mode.
// The SQL twin of the lineage is ancestorsSql (loaders/indicators/aggregate.ts), from the same columns.
import type {DuckDBConnection} from "@duckdb/node-api";
import {
  COUNTRY,
  findUnit,
  FIRST_YEAR_NEW_MAP,
  lineageCodes,
  PARENT_COLUMNS,
  unitKey,
  type UnitKey,
  type UnitParents,
  type UnitRef
} from "../../contract/units.js";
import {queryRows} from "../warehouse/connection.js";

/** How the units are grouped: as reported (the map of the data's date), or all on today's 34 provinces. */
export type GeographyMode = "reported" | "2025";

export interface UnitRecord extends UnitRef, UnitParents {
  name: string;
  full_name: string;
  level: "country" | "province" | "district" | "commune";
  /** The unit directly above it (the country for a province). */
  parent_code: string | null;
  /** The new province whose territory contains an old unit. */
  province_2025: string | null;
}

/** A unit and the codes from it up to the country, itself first: where a plan is looked for. */
export interface UnitLineage extends UnitRef {
  chain: string[];
}

/** The unit a command asked for, with its name, and why it was replaced when it was. */
export interface ResolvedUnit extends UnitLineage {
  name: string;
  /** Set when the unit asked for was replaced (an old unit asked for in today's geography). */
  note?: string;
}

export interface Units {
  get(ref: UnitRef): UnitRecord | undefined;
  lineage(ref: UnitRef): UnitLineage;
  /** The unit a code names in a year (contract/units.ts findUnit); in today's geography, an old unit's new province. */
  resolve(code: string, year: number, mode: GeographyMode): ResolvedUnit | undefined;
  /** The unit a unit reports to: the one above it on its map. */
  parent(ref: UnitRef): UnitRef | undefined;
}

export async function readUnits(connection: DuckDBConnection): Promise<Units> {
  const rows = await queryRows<UnitRecord>(
    connection,
    `SELECT unit_code AS code, CASE WHEN unit_code = '${COUNTRY.code}' THEN 'any' ELSE geography END AS geography,
       name, full_name, level, ${PARENT_COLUMNS.join(", ")}, NULLIF(parent_code, '') AS parent_code, province_2025
     FROM units`
  );
  // The country is on both maps, once.
  const byKey = new Map<UnitKey, UnitRecord>(rows.map((r) => [unitKey(r), r]));
  const all = [...byKey.values()];
  const lineage = (ref: UnitRef): UnitLineage => {
    const record = byKey.get(unitKey(ref));
    const parents = record ?? {district_code: null, province_code: null};
    return {code: ref.code, geography: ref.geography, chain: lineageCodes(ref.code, parents)};
  };
  const parent = (ref: UnitRef): UnitRef | undefined => {
    const code = byKey.get(unitKey(ref))?.parent_code;
    if (!code) return undefined;
    return code === COUNTRY.code ? COUNTRY : {code, geography: ref.geography};
  };
  const resolve = (code: string, year: number, mode: GeographyMode): ResolvedUnit | undefined => {
    // Today's geography reads a code on the new map first, whatever the year.
    const asked = findUnit(all, code, mode === "2025" ? FIRST_YEAR_NEW_MAP : year);
    if (!asked || mode === "reported" || asked.geography !== "pre2025") return asked && named(asked);
    const province = asked.province_2025
      ? byKey.get(unitKey({code: asked.province_2025, geography: "2025"}))
      : undefined;
    if (!province) return undefined;
    return {
      ...named(province),
      note: `${asked.name} (${asked.code}) là một phần của ${province.name} (${province.code}) từ 01/07/2025 / is part of ${province.name} since 01/07/2025`
    };
  };
  const named = (record: UnitRecord): ResolvedUnit => ({...lineage(record), name: record.name});
  return {get: (ref) => byKey.get(unitKey(ref)), lineage, resolve, parent};
}

/** The unit a code names (Units.resolve), read from the warehouse. */
export async function resolveUnit(
  connection: DuckDBConnection,
  code: string,
  year: number,
  mode: GeographyMode
): Promise<ResolvedUnit | undefined> {
  return (await readUnits(connection)).resolve(code, year, mode);
}
