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
  parseUnitKey,
  unitKey,
  type UnitKey,
  type UnitParents,
  type UnitRef
} from "../../contract/units.js";
import {queryRows} from "../warehouse/connection.js";

/** How the units are grouped: as reported (the map of the data's date), or all on today's 34 provinces. */
export type GeographyMode = "reported" | "2025";

/** What each mode means, where a command says which it used. */
export const MODE_NAMES: Record<GeographyMode, {vi: string; en: string}> = {
  reported: {vi: "số liệu như đã báo cáo", en: "data as reported"},
  "2025": {
    vi: "địa giới 2025: gồm cả nửa đầu năm 2025 của các tỉnh cũ",
    en: "2025 map: the old provinces' first half of 2025 included"
  }
};

/**
 * The mode a unit's figures are gathered in, the site's and the commands' alike: today's 34 provinces
 * with their old provinces summed in (unless `asked` says as reported); a unit below them on the new map
 * is the same unit either way (only the provinces have old units summed into them), so as reported;
 * any other unit as asked, else as reported.
 */
export function unitMode(unit: Pick<UnitRecord, "geography" | "level">, asked?: GeographyMode): GeographyMode {
  if (unit.geography === "2025") return unit.level === "province" ? (asked ?? "2025") : "reported";
  return asked ?? "reported";
}

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
  level: UnitRecord["level"];
  /**
   * Set when the unit asked for was replaced (an old unit asked for in today's geography), or when a bare
   * code names a unit on each map (which one was taken, and how to ask for the other).
   */
  note?: string;
  /**
   * Set when the unit is not on the map of the years asked: an old one after the old map ended (where its
   * territory went), or a new one before the new map began.
   */
  gone?: {vi: string; en: string};
}

export interface ResolveOptions {
  /** The last year asked (a period's end), when it is not the first. */
  through?: number;
  /** Whether the command has --geography, so the advice may name it. */
  geographyOption?: boolean;
}

const MAP_NAMES = {
  pre2025: {vi: "bản đồ cũ, 63 tỉnh", en: "old map, 63 provinces"},
  "2025": {vi: "bản đồ mới, 34 tỉnh", en: "new map, 34 provinces"}
} as const;

export interface Units {
  get(ref: UnitRef): UnitRecord | undefined;
  lineage(ref: UnitRef): UnitLineage;
  /** The unit a code names in a year (contract/units.ts findUnit); in today's geography, an old unit's new province. */
  resolve(code: string, year: number, mode: GeographyMode, options?: ResolveOptions): ResolvedUnit | undefined;
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
  const resolve = (
    code: string,
    year: number,
    mode: GeographyMode,
    {through = year, geographyOption = true}: ResolveOptions = {}
  ): ResolvedUnit | undefined => {
    // Today's geography reads a code on the new map first, whatever the year.
    const asked = findUnit(all, code, mode === "2025" ? FIRST_YEAR_NEW_MAP : year);
    if (asked && mode === "reported") {
      // The old map holds the plans' final year 2025 (first half), none after it.
      const oldMapEnded = year > FIRST_YEAR_NEW_MAP;
      const newMapBegun = through >= FIRST_YEAR_NEW_MAP;
      if ((asked.geography === "pre2025" && oldMapEnded) || (asked.geography === "2025" && !newMapBegun))
        return {...named(asked), gone: goneText(asked, asked.geography === "2025" ? through : year, geographyOption)};
      const namesakes = parseUnitKey(code)
        ? []
        : all.filter((u) => u.code === asked.code && u !== asked && !(u.geography === "pre2025" && oldMapEnded));
      return {...named(asked), ...(namesakes[0] && {note: namesakeNote(asked, namesakes[0])})};
    }
    if (!asked || asked.geography !== "pre2025") return asked && named(asked);
    const province = asked.province_2025
      ? byKey.get(unitKey({code: asked.province_2025, geography: "2025"}))
      : undefined;
    if (!province) return undefined;
    return {
      ...named(province),
      note: `${asked.name} (${asked.code}) là một phần của ${province.name} (${province.code}) từ 01/07/2025 / is part of ${province.name} since 01/07/2025`
    };
  };
  const named = (record: UnitRecord): ResolvedUnit => ({...lineage(record), name: record.name, level: record.level});
  // A unit asked for a year off its map: a new one before the reform, or an old one after it with the new
  // province that holds its territory and how to ask for it (with the options the command has).
  const goneText = (old: UnitRecord, year: number, geographyOption: boolean) => {
    if (old.geography === "2025")
      return {
        vi: `${old.name} (${old.code}) thuộc địa giới mới, chỉ có từ 01/07/2025; năm ${year} chỉ có địa giới cũ`,
        en: `${old.name} (${old.code}) is a unit of the new map, there only from 01/07/2025; ${year} is on the old map only`
      };
    const province = old.province_2025 ? byKey.get(unitKey({code: old.province_2025, geography: "2025"})) : undefined;
    const merged = old.level === "province";
    const into = province
      ? {
          vi: `${merged ? "đã sáp nhập vào" : "nay thuộc"} ${province.name} (${province.code}, ${MAP_NAMES["2025"].vi}). Dùng --unit ${province.code}${geographyOption ? " hoặc --geography 2025" : ""}`,
          en: `${merged ? "merged into" : "now lies in"} ${province.name} (${province.code}, ${MAP_NAMES["2025"].en}). Use --unit ${province.code}${geographyOption ? " or --geography 2025" : ""}`
        }
      : {vi: "không có đơn vị kế thừa trên bản đồ mới", en: "no unit of the new map takes its place"};
    return {
      vi: `${old.name} (${old.code}) thuộc địa giới cũ, không còn từ 01/07/2025: ${into.vi}; năm ${year} chỉ có địa giới mới`,
      en: `${old.name} (${old.code}) is a unit of the old map, gone from 01/07/2025: ${into.en}; ${year} is on the new map only`
    };
  };
  // A bare code on both maps: the unit taken (the year's map) and the key that asks for the other.
  const namesakeNote = (taken: UnitRecord, other: UnitRecord) => {
    const map = (u: UnitRecord) => MAP_NAMES[u.geography as keyof typeof MAP_NAMES];
    const otherKey = `"${unitKey(other)}"`;
    return (
      `Mã ${taken.code} có trên cả hai bản đồ; đang dùng ${taken.name} (${map(taken).vi}). Dùng --unit ${otherKey} cho ${other.name} (${map(other).vi}) / ` +
      `Code ${taken.code} is on both maps; using ${taken.name} (${map(taken).en}). Use --unit ${otherKey} for ${other.name} (${map(other).en})`
    );
  };
  return {get: (ref) => byKey.get(unitKey(ref)), lineage, resolve, parent};
}

/** The unit a code names (Units.resolve), read from the warehouse. */
export async function resolveUnit(
  connection: DuckDBConnection,
  code: string,
  year: number,
  mode: GeographyMode,
  options?: ResolveOptions
): Promise<ResolvedUnit | undefined> {
  return (await readUnits(connection)).resolve(code, year, mode, options);
}
