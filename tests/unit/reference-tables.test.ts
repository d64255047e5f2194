// The project's own reference tables (written from the law) against the public copies in
// ../shared/reference, which may be used in tests but not shipped (shared/reference/SOURCES.md).
import {existsSync, readFileSync} from "node:fs";
import {csvParse} from "d3";
import {expect, test} from "vitest";
import {adminUnits, provinces2025} from "../../loaders/reference/admin-units.js";

const shared = "../shared/reference";
const read = (path: string) => csvParse(readFileSync(path, "utf8"));
const available = existsSync(`${shared}/admin-units/province_mapping_63_to_34.csv`);

test.skipIf(!available)("the 63 → 34 merger table equals Resolution 202/2025/QH15 as published", () => {
  const published = new Map(
    read(`${shared}/admin-units/province_mapping_63_to_34.csv`).map((r) => [r.old_province_code!, r.new_province_code!])
  );
  const ours = new Map(
    provinces2025().flatMap((p) => p.old_province_codes.map((old) => [old, p.province_code] as const))
  );
  expect(ours).toEqual(published);
  const names = new Map(read(`${shared}/admin-units/provinces_34_2025.csv`).map((r) => [r.province_code!, r.name!]));
  for (const p of provinces2025()) expect(p.name, p.province_code).toBe(names.get(p.province_code));
});

test.skipIf(!available)("VSIC 2018: the same 21 sections and 88 divisions, each division in the same section", () => {
  const divisions = read(`${shared}/sectors/vsic2018_divisions.csv`).map((r) => `${r.division_code}:${r.section_code}`);
  const ours = read("data/reference/vsic2018_divisions.csv").map((r) => `${r.division_code}:${r.section_code}`);
  expect(ours.sort()).toEqual(divisions.sort());
  const sections = read(`${shared}/sectors/vsic2018_sections.csv`).map((r) => r.section_code);
  expect(read("data/reference/vsic2018_sections.csv").map((r) => r.section_code)).toEqual(sections);
});

test.skipIf(!available)("every province and district code of the pre-2025 list is known", () => {
  const units = adminUnits();
  const codes = new Set(units.filter((u) => u.geography === "pre2025").map((u) => u.unit_code));
  for (const r of read(`${shared}/admin-units/provinces_63_pre2025.csv`))
    expect(codes.has(r.province_code!), r.province_code).toBe(true);
  const districts = read(`${shared}/admin-units/districts_pre2025.csv`);
  const missing = districts.filter((r) => !codes.has(r.district_code!)).map((r) => r.district_code);
  expect(missing).toEqual([]);
});
