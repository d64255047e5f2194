// Province boundaries, when a deployment configures them (the project cannot ship any):
// OSH_BOUNDARIES_PRE2025 and OSH_BOUNDARIES_2025 name TopoJSON files of the 63 and the 34 provinces.
// Without them the pages draw tile maps.
import type {MultiPolygon, Polygon, Position} from "geojson";
import {readFileSync} from "node:fs";
import {feature} from "topojson-client";
import type {GeometryCollection, Topology} from "topojson-specification";

export interface Feature {
  type: "Feature";
  properties: {code: string};
  geometry: Polygon | MultiPolygon;
}

export interface Boundaries {
  pre2025: Feature[] | null;
  "2025": Feature[] | null;
}

/** The GSO province code of a boundary feature (files name it "province_code" or "code"). */
function provinceCode(properties: Record<string, unknown> | null): string | undefined {
  const code = properties?.province_code ?? properties?.code;
  return typeof code === "string" && /^\d{2}$/.test(code) ? code : undefined;
}

// Coordinates rounded to ~100 m: plenty for a province map, and far smaller to send.
const round = ([x, y]: Position): Position => [Math.round(x! * 1000) / 1000, Math.round(y! * 1000) / 1000];

function rounded(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === "Polygon"
    ? {type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(round))}
    : {
        type: "MultiPolygon",
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round)))
      };
}

/** The provinces of a file's first object: one feature each, with its code. */
function read(path: string | undefined): Feature[] | null {
  if (!path) return null;
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology;
  const provinces = Object.values(topology.objects)[0] as GeometryCollection<Record<string, unknown>>;
  return feature(topology, provinces).features.flatMap((f): Feature[] => {
    const code = provinceCode(f.properties);
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    return code && (geometry?.type === "Polygon" || geometry?.type === "MultiPolygon")
      ? [{type: "Feature", properties: {code}, geometry: rounded(geometry)}]
      : [];
  });
}

export function configuredBoundaries(env = process.env): Boundaries {
  return {pre2025: read(env.OSH_BOUNDARIES_PRE2025), "2025": read(env.OSH_BOUNDARIES_2025)};
}
