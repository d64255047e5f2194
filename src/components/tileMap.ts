// A tile map of the provinces (no boundary data needed): one square per province, coloured by a
// value (colour-blind-safe "cividis"), with the archipelagos Hoàng Sa and Trường Sa shown and named.
import * as Plot from "@observablehq/plot";
import {formatters, type Lang} from "../lib/locale.js";
import {ARCHIPELAGOS, type Tile} from "../lib/tile-layout.js";
import {accessibleChart} from "./accessibleChart.js";

export interface TileValue {
  code: string;
  name: string;
  value: number | null;
}

/** The colour scale both maps use: colour-blind-safe "cividis", missing values grey. */
export function rateColour(label: string, lang: Lang) {
  const f = formatters(lang);
  return {
    type: "linear" as const,
    scheme: "cividis" as const,
    legend: true,
    label,
    tickFormat: (v: number) => f.decimal(v, 1),
    unknown: "#ddd"
  };
}

export function tileMap(
  values: TileValue[],
  {
    tiles,
    label,
    width = 480,
    lang = "vi",
    document
  }: {tiles: Tile[]; label: string; width?: number; lang?: Lang; document?: Document}
) {
  const f = formatters(lang);
  const byCode = new Map(values.map((v) => [v.code, v]));
  const cells = tiles.map((tile) => ({...tile, ...(byCode.get(tile.code) ?? {name: tile.code, value: null})}));
  const rows = Math.max(...tiles.map((t) => t.row), ...ARCHIPELAGOS.map((a) => a.row)) + 1;
  const columns = Math.max(...tiles.map((t) => t.column), ...ARCHIPELAGOS.map((a) => a.column)) + 1;
  const size = Math.min(52, Math.floor(width / columns));
  const known = values.map((v) => v.value).filter((v): v is number => v != null);
  const [low, high] = [Math.min(...known), Math.max(...known)];
  const short = (name: string) =>
    name
      .replace(/^(Tỉnh|Thành phố) /, "")
      .split(" ")
      .map((w) => w.slice(0, 4))
      .join(" ");
  const chart = Plot.plot({
    width: size * columns,
    height: size * rows + 60,
    document,
    padding: 0.08,
    x: {axis: null, domain: Array.from({length: columns}, (_, i) => i)},
    y: {axis: null, domain: Array.from({length: rows}, (_, i) => i)},
    color: rateColour(label, lang),
    marks: [
      Plot.cell(cells, {x: "column", y: "row", fill: "value", stroke: "white"}),
      Plot.text(cells, {
        x: "column",
        y: "row",
        text: (d) => short(d.name),
        fontSize: 7,
        lineWidth: 5,
        // dark text on the light (high) end of the scale, white on the dark end
        fill: (d) => (d.value == null || d.value > low + 0.6 * (high - low) ? "#222" : "white"),
        stroke: "none"
      }),
      Plot.dot(ARCHIPELAGOS, {x: "column", y: "row", r: 3, fill: "#444", symbol: "diamond"}),
      Plot.text(ARCHIPELAGOS, {x: "column", y: "row", text: (a) => a.name[lang], dy: 12, fontSize: 8, lineWidth: 8}),
      Plot.tip(
        cells,
        Plot.pointer({
          x: "column",
          y: "row",
          title: (d) => `${d.name}: ${d.value == null ? "–" : f.decimal(d.value, 2)}`
        })
      )
    ]
  });
  return accessibleChart(chart, label);
}
