// A unit's identity, one shape everywhere: its code and the map it is on. A code alone is ambiguous (the
// old Hà Nội "01" and the new one are two units); the key "code|map" is what the site's files, links and
// pickers carry. The country is on both maps ("any").
import {GEOGRAPHY_2025_FROM} from "./ingest/datasets.js";

/** The old map (63 provinces, until 30/06/2025), the new one (34 provinces), or both (the country). */
export type UnitMap = "pre2025" | "2025" | "any";

/** A unit: its code and its map (the name the units table and every dataset give the map: geography). */
export interface UnitRef {
  code: string;
  geography: UnitMap;
}

export type UnitKey = `${string}|${UnitMap}`;

export const COUNTRY: UnitRef = {code: "VN", geography: "any"};

const MAPS: readonly string[] = ["pre2025", "2025", "any"] satisfies UnitMap[];

export const unitKey = ({code, geography}: UnitRef): UnitKey => `${code}|${geography}`;

/** A key back into its unit; undefined for anything that is not one (a bare code, a typo in a link). */
export function parseUnitKey(key: string): UnitRef | undefined {
  const [code, map, ...rest] = key.split("|");
  if (!code || map === undefined || rest.length || !MAPS.includes(map)) return undefined;
  if ((code === COUNTRY.code) !== (map === "any")) return undefined;
  return {code, geography: map as UnitMap};
}

/** The first year whose yearly data is on the new map (the reform took effect mid-2025). */
export const FIRST_YEAR_NEW_MAP = Number(GEOGRAPHY_2025_FROM.slice(0, 4));

/** The map a year's yearly data is on. */
export const mapOfYear = (year: number): "pre2025" | "2025" => (year >= FIRST_YEAR_NEW_MAP ? "2025" : "pre2025");

/** The same in SQL, for a year expression. */
export const mapOfYearSql = (year: string) =>
  `CASE WHEN ${year} >= ${FIRST_YEAR_NEW_MAP} THEN '2025' ELSE 'pre2025' END`;

/**
 * The unit a link or a command means: a key names it exactly; a bare code means the unit with that code
 * on the year's map, else on the other one (a code on one map only).
 */
export function findUnit<T extends UnitRef>(units: T[], asked: string, year: number): T | undefined {
  const ref = parseUnitKey(asked);
  if (ref) return units.find((u) => u.code === ref.code && u.geography === ref.geography);
  const code = asked.toUpperCase() === COUNTRY.code ? COUNTRY.code : asked;
  const candidates = units.filter((u) => u.code === code);
  return candidates.find((u) => u.geography === "any" || u.geography === mapOfYear(year)) ?? candidates[0];
}

/**
 * The columns of the units table that hold a unit's parents, nearest first, on the map the unit is on
 * (a commune's district, then its province; the new map has no districts); the country tops every chain.
 */
export const PARENT_COLUMNS = ["district_code", "province_code"] as const;

export type UnitParents = Record<(typeof PARENT_COLUMNS)[number], string | null>;

/** The codes from a unit up to the country, itself first. */
export function lineageCodes(code: string, parents: UnitParents): string[] {
  if (code === COUNTRY.code) return [COUNTRY.code];
  const chain = [code, ...PARENT_COLUMNS.map((c) => parents[c]), COUNTRY.code];
  return [...new Set(chain.filter((c): c is string => c != null))];
}
