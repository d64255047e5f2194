// A choropleth of the provinces from configured boundary files, coloured like the tile map, with the
// Hoàng Sa and Trường Sa archipelagos named.
import * as Plot from "@observablehq/plot";
import {formatters, type Lang} from "../lib/locale.js";
import {ARCHIPELAGOS} from "../lib/tile-layout.js";
import {accessibleChart} from "./accessibleChart.js";
import {rateColour, type TileValue} from "./tileMap.js";

export interface BoundaryFeature {
  type: "Feature";
  properties: {code: string};
  geometry: unknown;
}

// Where the archipelagos' names are written (approximate centres).
const ARCHIPELAGO_PLACES = [
  {lon: 112, lat: 16.5},
  {lon: 114, lat: 10}
];

export function choroplethMap(
  features: BoundaryFeature[],
  values: TileValue[],
  {label, width = 480, lang = "vi", document}: {label: string; width?: number; lang?: Lang; document?: Document}
) {
  const f = formatters(lang);
  const byCode = new Map(values.map((v) => [v.code, v]));
  const labels = ARCHIPELAGOS.map((a, i) => ({...ARCHIPELAGO_PLACES[i]!, name: a.name[lang]}));
  const chart = Plot.plot({
    width,
    height: Math.round(width * 1.6),
    document,
    projection: {type: "mercator", domain: {type: "FeatureCollection", features} as never},
    color: rateColour(label, lang),
    marks: [
      Plot.geo(features, {
        fill: (d: BoundaryFeature) => byCode.get(d.properties.code)?.value ?? null,
        stroke: "white",
        strokeWidth: 0.5
      }),
      Plot.text(labels, {x: "lon", y: "lat", text: "name", fontSize: 9, dy: 14, lineWidth: 10}),
      Plot.tip(
        features,
        Plot.pointer(
          Plot.geoCentroid({
            title: (d: BoundaryFeature) =>
              `${byCode.get(d.properties.code)?.name ?? d.properties.code}: ${f.decimal(byCode.get(d.properties.code)?.value ?? NaN, 2)}`
          })
        )
      )
    ]
  });
  return accessibleChart(chart, label);
}
