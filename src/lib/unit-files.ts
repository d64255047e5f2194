// The files of src/data/units.zip.ts a page may load. Framework finds the files a page uses by reading
// its code, so each is named here literally (tests/unit/unit-shards.test.ts checks that this list is
// every shard of the reference units); a function per file, so a page loads only the ones it calls.
import {FileAttachment} from "observablehq:stdlib";
import {COUNTRY_KEY, searchable, shardOfKey, type DirectoryUnit, type UnitName} from "../contract/unit-directory.js";
import {parseUnitKey, type UnitRef} from "../contract/units.js";
import {fromColumnar, type ColumnarTable} from "./table.js";

export const unitMeta = () => FileAttachment("../data/units/meta.json");
export const unitNames = () => FileAttachment("../data/units/names.json");

export const unitShards: Record<string, () => ReturnType<typeof FileAttachment>> = {
  VN: () => FileAttachment("../data/units/VN.json"),
  "pre2025-10": () => FileAttachment("../data/units/pre2025-10.json"),
  "pre2025-11": () => FileAttachment("../data/units/pre2025-11.json"),
  "pre2025-12": () => FileAttachment("../data/units/pre2025-12.json"),
  "pre2025-14": () => FileAttachment("../data/units/pre2025-14.json"),
  "pre2025-15": () => FileAttachment("../data/units/pre2025-15.json"),
  "pre2025-17": () => FileAttachment("../data/units/pre2025-17.json"),
  "pre2025-19": () => FileAttachment("../data/units/pre2025-19.json"),
  "pre2025-20": () => FileAttachment("../data/units/pre2025-20.json"),
  "pre2025-22": () => FileAttachment("../data/units/pre2025-22.json"),
  "pre2025-24": () => FileAttachment("../data/units/pre2025-24.json"),
  "pre2025-25": () => FileAttachment("../data/units/pre2025-25.json"),
  "pre2025-26": () => FileAttachment("../data/units/pre2025-26.json"),
  "pre2025-27": () => FileAttachment("../data/units/pre2025-27.json"),
  "pre2025-30": () => FileAttachment("../data/units/pre2025-30.json"),
  "pre2025-31": () => FileAttachment("../data/units/pre2025-31.json"),
  "pre2025-33": () => FileAttachment("../data/units/pre2025-33.json"),
  "pre2025-34": () => FileAttachment("../data/units/pre2025-34.json"),
  "pre2025-35": () => FileAttachment("../data/units/pre2025-35.json"),
  "pre2025-36": () => FileAttachment("../data/units/pre2025-36.json"),
  "pre2025-37": () => FileAttachment("../data/units/pre2025-37.json"),
  "pre2025-38": () => FileAttachment("../data/units/pre2025-38.json"),
  "pre2025-40": () => FileAttachment("../data/units/pre2025-40.json"),
  "pre2025-42": () => FileAttachment("../data/units/pre2025-42.json"),
  "pre2025-44": () => FileAttachment("../data/units/pre2025-44.json"),
  "pre2025-45": () => FileAttachment("../data/units/pre2025-45.json"),
  "pre2025-46": () => FileAttachment("../data/units/pre2025-46.json"),
  "pre2025-48": () => FileAttachment("../data/units/pre2025-48.json"),
  "pre2025-49": () => FileAttachment("../data/units/pre2025-49.json"),
  "pre2025-51": () => FileAttachment("../data/units/pre2025-51.json"),
  "pre2025-52": () => FileAttachment("../data/units/pre2025-52.json"),
  "pre2025-54": () => FileAttachment("../data/units/pre2025-54.json"),
  "pre2025-56": () => FileAttachment("../data/units/pre2025-56.json"),
  "pre2025-58": () => FileAttachment("../data/units/pre2025-58.json"),
  "pre2025-60": () => FileAttachment("../data/units/pre2025-60.json"),
  "pre2025-62": () => FileAttachment("../data/units/pre2025-62.json"),
  "pre2025-64": () => FileAttachment("../data/units/pre2025-64.json"),
  "pre2025-66": () => FileAttachment("../data/units/pre2025-66.json"),
  "pre2025-67": () => FileAttachment("../data/units/pre2025-67.json"),
  "pre2025-68": () => FileAttachment("../data/units/pre2025-68.json"),
  "pre2025-70": () => FileAttachment("../data/units/pre2025-70.json"),
  "pre2025-72": () => FileAttachment("../data/units/pre2025-72.json"),
  "pre2025-74": () => FileAttachment("../data/units/pre2025-74.json"),
  "pre2025-75": () => FileAttachment("../data/units/pre2025-75.json"),
  "pre2025-77": () => FileAttachment("../data/units/pre2025-77.json"),
  "pre2025-79": () => FileAttachment("../data/units/pre2025-79.json"),
  "pre2025-80": () => FileAttachment("../data/units/pre2025-80.json"),
  "pre2025-82": () => FileAttachment("../data/units/pre2025-82.json"),
  "pre2025-83": () => FileAttachment("../data/units/pre2025-83.json"),
  "pre2025-84": () => FileAttachment("../data/units/pre2025-84.json"),
  "pre2025-86": () => FileAttachment("../data/units/pre2025-86.json"),
  "pre2025-87": () => FileAttachment("../data/units/pre2025-87.json"),
  "pre2025-89": () => FileAttachment("../data/units/pre2025-89.json"),
  "pre2025-91": () => FileAttachment("../data/units/pre2025-91.json"),
  "pre2025-92": () => FileAttachment("../data/units/pre2025-92.json"),
  "pre2025-93": () => FileAttachment("../data/units/pre2025-93.json"),
  "pre2025-94": () => FileAttachment("../data/units/pre2025-94.json"),
  "pre2025-95": () => FileAttachment("../data/units/pre2025-95.json"),
  "pre2025-96": () => FileAttachment("../data/units/pre2025-96.json"),
  "pre2025-01": () => FileAttachment("../data/units/pre2025-01.json"),
  "pre2025-02": () => FileAttachment("../data/units/pre2025-02.json"),
  "pre2025-04": () => FileAttachment("../data/units/pre2025-04.json"),
  "pre2025-06": () => FileAttachment("../data/units/pre2025-06.json"),
  "pre2025-08": () => FileAttachment("../data/units/pre2025-08.json"),
  "2025-01": () => FileAttachment("../data/units/2025-01.json"),
  "2025-04": () => FileAttachment("../data/units/2025-04.json"),
  "2025-08": () => FileAttachment("../data/units/2025-08.json"),
  "2025-11": () => FileAttachment("../data/units/2025-11.json"),
  "2025-12": () => FileAttachment("../data/units/2025-12.json"),
  "2025-14": () => FileAttachment("../data/units/2025-14.json"),
  "2025-15": () => FileAttachment("../data/units/2025-15.json"),
  "2025-19": () => FileAttachment("../data/units/2025-19.json"),
  "2025-20": () => FileAttachment("../data/units/2025-20.json"),
  "2025-22": () => FileAttachment("../data/units/2025-22.json"),
  "2025-24": () => FileAttachment("../data/units/2025-24.json"),
  "2025-25": () => FileAttachment("../data/units/2025-25.json"),
  "2025-31": () => FileAttachment("../data/units/2025-31.json"),
  "2025-33": () => FileAttachment("../data/units/2025-33.json"),
  "2025-37": () => FileAttachment("../data/units/2025-37.json"),
  "2025-38": () => FileAttachment("../data/units/2025-38.json"),
  "2025-40": () => FileAttachment("../data/units/2025-40.json"),
  "2025-42": () => FileAttachment("../data/units/2025-42.json"),
  "2025-44": () => FileAttachment("../data/units/2025-44.json"),
  "2025-46": () => FileAttachment("../data/units/2025-46.json"),
  "2025-48": () => FileAttachment("../data/units/2025-48.json"),
  "2025-51": () => FileAttachment("../data/units/2025-51.json"),
  "2025-52": () => FileAttachment("../data/units/2025-52.json"),
  "2025-56": () => FileAttachment("../data/units/2025-56.json"),
  "2025-66": () => FileAttachment("../data/units/2025-66.json"),
  "2025-68": () => FileAttachment("../data/units/2025-68.json"),
  "2025-75": () => FileAttachment("../data/units/2025-75.json"),
  "2025-79": () => FileAttachment("../data/units/2025-79.json"),
  "2025-80": () => FileAttachment("../data/units/2025-80.json"),
  "2025-82": () => FileAttachment("../data/units/2025-82.json"),
  "2025-86": () => FileAttachment("../data/units/2025-86.json"),
  "2025-91": () => FileAttachment("../data/units/2025-91.json"),
  "2025-92": () => FileAttachment("../data/units/2025-92.json"),
  "2025-96": () => FileAttachment("../data/units/2025-96.json")
};

type ShardFiles = Record<string, () => {json(): Promise<unknown>}>;

/** A province's file of the overview: its units and their scorecards. */
export interface UnitFile {
  units: DirectoryUnit[];
  scorecards: ColumnarTable;
}

/**
 * Every unit of both maps as the pages read them: the names list only when needed, a unit from its
 * province's file (unitShards), its rows of another kind from that province's file of that kind
 * (unitTrends, unitReviews); each file fetched once.
 */
export function unitFiles() {
  let names: ReturnType<typeof loadNames> | undefined;
  const loadNames = async () => searchable(fromColumnar<UnitName>((await unitNames().json()) as ColumnarTable));
  const loaded = new Map<ShardFiles, Map<string, Promise<unknown>>>();
  /** A province's file of one kind; undefined where no file holds the key. */
  const fileOf = async <T>(files: ShardFiles, key: string): Promise<T | undefined> => {
    const shard = await directory.shardOf(key);
    const load = shard === undefined ? undefined : files[shard];
    if (!shard || !load) return undefined;
    if (!loaded.has(files)) loaded.set(files, new Map());
    const cache = loaded.get(files)!;
    if (!cache.has(shard)) cache.set(shard, load().json());
    return (await cache.get(shard)) as T;
  };
  const directory = {
    loadNames: () => (names ??= loadNames()),
    shardOf: async (key: string) => shardOfKey(key) ?? (await directory.loadNames()).find((n) => n.key === key)?.shard,
    /**
     * The units a link's unit is looked up in (unitParam): a country's or province's key alone; a
     * district, a commune or a bare code (read on the map of the link's year) in the names list.
     */
    linkable: async (search = location.search): Promise<({key: string; name: string; level: string} & UnitRef)[]> => {
      const linked = new URLSearchParams(search).get("unit") ?? COUNTRY_KEY;
      const candidates = shardOfKey(linked) ? [{key: linked, name: linked, level: ""}] : await directory.loadNames();
      return candidates.map((n) => ({...n, ...parseUnitKey(n.key)!}));
    },
    /** A unit and its province's file; undefined where no file holds the key. */
    open: async (key: string): Promise<{unit: DirectoryUnit; file: UnitFile} | undefined> => {
      const file = await fileOf<UnitFile>(unitShards, key);
      const unit = file?.units.find((u) => u.key === key);
      return unit && file && {unit, file};
    },
    /** A unit's rows in its province's file of another kind (unitTrends, unitReviews). */
    rows: async <T>(files: ShardFiles, key: string): Promise<T[]> => {
      const table = await fileOf<ColumnarTable>(files, key);
      return table ? unitRows<T>(table, key) : [];
    }
  };
  return directory;
}

/** One unit's rows of a province's table, picked before they become objects (a province holds thousands). */
export function unitRows<T>(table: ColumnarTable, key: string): T[] {
  const column = table.columns.indexOf("unit");
  return fromColumnar<T>({columns: table.columns, rows: table.rows.filter((row) => row[column] === key)});
}
