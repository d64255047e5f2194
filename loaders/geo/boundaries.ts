// Province boundaries, when a deployment configures them (the project cannot ship any):
// OSH_BOUNDARIES_PRE2025 and OSH_BOUNDARIES_2025 name TopoJSON files of the 63 and the 34 provinces.
// Without them the pages draw tile maps.
import {readFileSync} from "node:fs";
import {featureProvinceCode, topologyFeatures, type Feature} from "./topojson.js";

export interface Boundaries {
  pre2025: Feature[] | null;
  "2025": Feature[] | null;
}

function read(path: string | undefined): Feature[] | null {
  if (!path) return null;
  return topologyFeatures(JSON.parse(readFileSync(path, "utf8")))
    .map((feature) => ({...feature, properties: {code: featureProvinceCode(feature)}}))
    .filter((feature) => feature.properties.code);
}

export function configuredBoundaries(env = process.env): Boundaries {
  return {pre2025: read(env.OSH_BOUNDARIES_PRE2025), "2025": read(env.OSH_BOUNDARIES_2025)};
}
