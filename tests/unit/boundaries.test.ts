// Boundary files configured for a deployment (development and tests use the shared reference files):
// every province becomes one feature with its GSO code; the archipelagos are inside Đà Nẵng and Khánh Hòa.
import {existsSync} from "node:fs";
import {expect, test} from "vitest";
import {configuredBoundaries} from "../../loaders/geo/boundaries.js";

const geo = "../shared/reference/geo";
const files = {
  OSH_BOUNDARIES_PRE2025: `${geo}/vn_provinces_63_odv.topojson`,
  OSH_BOUNDARIES_2025: `${geo}/vn_provinces_34_2025_simplified.topojson`
};

test.skipIf(!existsSync(files.OSH_BOUNDARIES_PRE2025))("63 and 34 provinces decoded with their codes", () => {
  const boundaries = configuredBoundaries(files);
  expect(boundaries.pre2025!.map((f) => f.properties.code).sort()).toHaveLength(63);
  expect(new Set(boundaries["2025"]!.map((f) => f.properties.code)).size).toBe(34);
  // Hoàng Sa (about 16.5°N, 112°E) lies within the extent of Đà Nẵng's geometry; Trường Sa (about 10°N, 114°E) within Khánh Hòa's
  const extent = (code: string) => {
    const feature = boundaries["2025"]!.find((f) => f.properties.code === code)!;
    const points = JSON.stringify(feature.geometry.coordinates)
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    const lon = points.filter((_, i) => i % 2 === 0);
    return Math.max(...lon);
  };
  expect(extent("48")).toBeGreaterThan(111);
  expect(extent("56")).toBeGreaterThan(113);
});

test("without configuration there are no boundaries and the pages draw tile maps", () => {
  expect(configuredBoundaries({})).toEqual({pre2025: null, "2025": null});
});
