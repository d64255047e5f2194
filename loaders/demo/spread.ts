// How the demo spreads national totals over places and sectors: plausible, not real. Workforce follows
// urbanisation (wards and towns weigh more than rural communes) and industrial provinces; accidents
// follow workforce and sector risk (mining, construction and building materials carry more fatal
// accidents); deaths lean towards the provinces the ministry's notices list most often.
import {adminUnits, type AdminUnit} from "../reference/admin-units.js";
import {communeMapping2025} from "../reference/communes-2025.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import {referenceDir} from "../paths.js";
import {Random} from "./random.js";

/** Provinces with large industrial workforces (pre-2025 codes): workforce multiplier. */
const INDUSTRIAL: Record<string, number> = {
  "79": 3.0,
  "74": 3.5,
  "75": 2.5,
  "01": 1.8,
  "27": 2.5,
  "31": 1.8,
  "30": 1.8,
  "24": 2.0,
  "26": 1.8,
  "33": 1.6,
  "22": 1.5,
  "77": 1.5,
  "80": 1.8,
  "48": 1.2,
  "19": 1.3,
  "36": 1.2
};

/**
 * How often each province appears among those with the most deaths in the ministry's notices
 * 2018–2024 (shared reference osh_top_provinces_by_deaths.csv): a risk multiplier of 1 + 0.15 per listing.
 */
const LISTED_AMONG_MOST_DEATHS: Record<string, number> = {
  "79": 6,
  "01": 6,
  "22": 6,
  "74": 6,
  "75": 5,
  "30": 3,
  "19": 3,
  "49": 2,
  "15": 1,
  "96": 1,
  "51": 1,
  "38": 1,
  "42": 1,
  "44": 1,
  "52": 1,
  "64": 1,
  "31": 1,
  "70": 1,
  "80": 1,
  "34": 1
};

/** Provinces with mines and quarries: where mining (section B) accidents happen. */
const MINING: Record<string, number> = {
  "22": 12,
  "19": 3,
  "15": 3,
  "10": 3,
  "02": 2,
  "04": 2,
  "06": 2,
  "20": 2,
  "49": 2,
  "40": 2,
  "17": 1.5
};

/** Share of the formal workforce by VSIC section (rough national structure). */
export const WORKFORCE_SHARE: Record<string, number> = {
  A: 0.02,
  B: 0.01,
  C: 0.42,
  D: 0.01,
  E: 0.01,
  F: 0.08,
  G: 0.12,
  H: 0.05,
  I: 0.03,
  J: 0.02,
  K: 0.02,
  L: 0.01,
  M: 0.015,
  N: 0.03,
  O: 0.05,
  P: 0.07,
  Q: 0.03,
  R: 0.005,
  S: 0.01,
  T: 0.0005,
  U: 0.0005
};

/** Accidents per worker relative to the average, by section: fatal and non-fatal. */
const FATAL_RISK: Record<string, number> = {B: 12, F: 5, H: 3, A: 2.5, D: 2, E: 2, C: 0.6, N: 1, G: 0.5};
const NONFATAL_RISK: Record<string, number> = {B: 4, F: 2.5, C: 1.2, H: 1.5, A: 1.5, D: 1, E: 1.5, G: 0.5, N: 0.8};
const OTHER_RISK = 0.2;

/** Manufacturing divisions by size, and the extra fatal risk of building materials (23), metals, wood. */
const MANUFACTURING: Record<string, number> = {
  "10": 0.12,
  "13": 0.06,
  "14": 0.15,
  "15": 0.1,
  "16": 0.05,
  "22": 0.05,
  "23": 0.06,
  "24": 0.03,
  "25": 0.08,
  "26": 0.12,
  "27": 0.04,
  "28": 0.03,
  "29": 0.02,
  "31": 0.04
};
const MANUFACTURING_FATAL_RISK: Record<string, number> = {"23": 4, "24": 2, "16": 2};

export interface DemoDistrict {
  code: string;
  name: string;
  province: string;
  province2025: string;
  communes: string[];
  /** New-map communes (from 01/07/2025) of its new province with a predecessor commune in it. */
  newCommunes: string[];
  workforceWeight: number;
  riskWeight: number;
  miningWeight: number;
}

export interface DemoGeography {
  districts: DemoDistrict[];
  provinces: AdminUnit[];
  provinces2025: AdminUnit[];
  /** The 3,321 new-map communes, each weighted by the workforce of the old communes it took over. */
  communes2025: {code: string; province2025: string; weight: number}[];
}

export function demoGeography(random: Random): DemoGeography {
  const units = adminUnits();
  const communesByDistrict = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (unit.level !== "commune") continue;
    const list = communesByDistrict.get(unit.district_code!) ?? [];
    list.push(unit);
    communesByDistrict.set(unit.district_code!, list);
  }
  const districts = units
    .filter((u) => u.level === "district")
    .map((d) => {
      const communes = communesByDistrict.get(d.unit_code) ?? [];
      const urban = communes.filter((c) => c.full_name.startsWith("Phường")).length;
      const towns = communes.filter((c) => c.full_name.startsWith("Thị trấn")).length;
      const rural = communes.length - urban - towns;
      const base = 3 * urban + 1.5 * towns + 0.4 * rural + 1;
      const province = d.province_code!;
      const noise = Math.exp(0.3 * random.normal());
      return {
        code: d.unit_code,
        name: d.name,
        province,
        province2025: d.province_2025!,
        communes: communes.map((c) => c.unit_code),
        newCommunes: [] as string[],
        workforceWeight: base * (INDUSTRIAL[province] ?? 1) * noise,
        riskWeight: 1 + 0.15 * (LISTED_AMONG_MOST_DEATHS[province] ?? 0),
        miningWeight: MINING[province] ?? 0.2
      };
    });
  return {
    districts,
    provinces: units.filter((u) => u.level === "province" && u.geography === "pre2025"),
    provinces2025: units.filter((u) => u.level === "province" && u.geography === "2025"),
    communes2025: newCommunes(units, districts)
  };
}

/**
 * Links each old district to the new communes that took over its communes (filling `newCommunes`), and
 * weights each new commune by the workforce of those old communes (a commune the mapping gives no known
 * predecessor gets the smallest weight: every commune reports).
 */
function newCommunes(units: AdminUnit[], districts: DemoDistrict[]): DemoGeography["communes2025"] {
  const current = new Map(
    units.filter((u) => u.level === "commune" && u.geography === "2025").map((u) => [u.unit_code, u])
  );
  const oldCommunes = new Map(
    units.filter((u) => u.level === "commune" && u.geography === "pre2025").map((u) => [u.unit_code, u])
  );
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const weight = new Map<string, number>();
  for (const row of communeMapping2025()) {
    const district = byCode.get(oldCommunes.get(row.old_commune_code ?? "")?.district_code ?? "");
    const commune = current.get(row.new_commune_code);
    if (!district || !commune || commune.province_code !== district.province2025) continue;
    if (!district.newCommunes.includes(commune.unit_code)) district.newCommunes.push(commune.unit_code);
    weight.set(
      commune.unit_code,
      (weight.get(commune.unit_code) ?? 0) + district.workforceWeight / district.communes.length
    );
  }
  const smallest = Math.min(...weight.values());
  return [...current.values()].map((c) => ({
    code: c.unit_code,
    province2025: c.province_code!,
    weight: weight.get(c.unit_code) ?? smallest
  }));
}

export interface SectorWeights {
  /** Division codes with their section. */
  divisions: {code: string; section: string}[];
  fatal: number[];
  nonFatal: number[];
}

export function sectorWeights(): SectorWeights {
  const rows = csvParse(readFileSync(join(referenceDir, "vsic2018_divisions.csv"), "utf8"));
  const divisions = rows.map((r) => ({code: r.division_code!, section: r.section_code!}));
  const perSection = new Map<string, number>();
  for (const d of divisions) perSection.set(d.section, (perSection.get(d.section) ?? 0) + 1);
  const weight = (risk: Record<string, number>, fatal: boolean) =>
    divisions.map(({code, section}) => {
      const sectionWeight = WORKFORCE_SHARE[section]! * (risk[section] ?? OTHER_RISK);
      if (section !== "C") return sectionWeight / perSection.get(section)!;
      const size = MANUFACTURING[code] ?? 0.01;
      return sectionWeight * size * (fatal ? (MANUFACTURING_FATAL_RISK[code] ?? 1) : 1);
    });
  return {divisions, fatal: weight(FATAL_RISK, true), nonFatal: weight(NONFATAL_RISK, false)};
}
