// Every unit of both maps — the country, 63 + 34 provinces, the old districts and the old and new
// communes — and where its scorecard is: one file ("shard") per province on each map, so the
// overview loads one province's units at a time (written by loaders/export/unit-shards.ts).
import type {SiteUnit} from "./site.js";
import {COUNTRY, unitKey, type UnitKey} from "./units.js";

/** A unit's entry in its shard: the site unit, plus which old provinces a new province merged. */
export interface DirectoryUnit extends SiteUnit {
  /** The district (old communes) and province it lies in, as one line ("Huyện Bạch Thông, Bắc Kạn"). */
  parent: string | null;
  shard: string;
  merged_from: string[] | null;
}

/** One row of the type-ahead's list (names.json): enough to tell namesakes apart. */
export interface UnitName {
  key: UnitKey;
  name: string;
  level: string;
  /** As in its shard. */
  parent: string | null;
  shard: string;
  /** As in SiteUnit: where a link to an old unit in a year of the new map is sent. */
  province_2025: string | null;
}

export const COUNTRY_KEY = unitKey(COUNTRY);

/** The shard holding a unit: the country's own, else the unit's province on its map. */
export function shardName(unit: {code: string; geography: string; province_code: string | null}): string {
  return unit.code === "VN" ? "VN" : `${unit.geography}-${unit.province_code ?? unit.code}`;
}

/** The file of a shard's trend series or period reviews (the overview's scorecards are `<shard>.json`). */
export const seriesFile = (kind: "trends" | "review", shard: string) => `${kind}-${shard}`;

/**
 * The shard of a unit key when the key alone says it (the country and provinces, whose codes have two
 * digits); a district or commune needs the names list.
 */
export function shardOfKey(key: string): string | undefined {
  if (key === COUNTRY_KEY) return "VN";
  const [code, geography] = key.split("|");
  return code && /^\d{2}$/.test(code) && (geography === "pre2025" || geography === "2025")
    ? `${geography}-${code}`
    : undefined;
}

/** Lower case without diacritics, spaces or punctuation: "Ea Ly", "EaLy" and "ea ly" are one name. */
export function searchForm(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// The kind words a full name starts with ("Xã Ea Ly"): a query matches the name after them too.
const KIND_WORDS = /^(tinh|thanhpho|quan|huyen|thixa|xa|phuong|thitran|dackhu)/;

export interface SearchableName extends UnitName {
  form: string;
  bare: string;
}

export function searchable(names: UnitName[]): SearchableName[] {
  return names.map((n) => {
    const form = searchForm(n.name);
    return {...n, form, bare: form.replace(KIND_WORDS, "")};
  });
}

const LEVEL_ORDER = ["country", "province", "district", "commune"];

/**
 * Names that contain the query (diacritics and spaces ignored), those that start with it first, then
 * the higher levels, the new map before the old; at most `limit`, and how many matched in all.
 */
export function findUnits(
  names: SearchableName[],
  query: string,
  limit = 30
): {matches: SearchableName[]; total: number} {
  const q = searchForm(query);
  if (!q) return {matches: [], total: 0};
  const hits = names.filter((n) => n.form.includes(q));
  const rank = (n: SearchableName) =>
    (n.bare.startsWith(q) || n.form.startsWith(q) ? 0 : 4) +
    LEVEL_ORDER.indexOf(n.level) +
    (n.key.endsWith("|pre2025") ? 0.5 : 0);
  hits.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "vi"));
  return {matches: hits.slice(0, limit), total: hits.length};
}
