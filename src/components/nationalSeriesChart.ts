// Line chart of the published national counts by year (one line per measure).
import * as Plot from "@observablehq/plot";
import {translateDynamic} from "../lib/i18n.js";
import {accessibleChart} from "./accessibleChart.js";
import {formatters, type Lang} from "../lib/locale.js";

export interface NationalSeriesPoint {
  year: number;
  scope: string;
  metric: string;
  value: number;
}

export interface NationalSeriesChartOptions {
  width?: number;
  lang?: Lang;
  metrics?: string[];
  scope?: string;
  document?: Document;
}

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"];

export function nationalSeriesChart(
  series: NationalSeriesPoint[],
  {
    width = 640,
    lang = "vi",
    metrics = ["deaths", "fatal_accidents"],
    scope = "all",
    document
  }: NationalSeriesChartOptions = {}
) {
  const format = formatters(lang);
  const data = series
    .filter((d) => d.scope === scope && metrics.includes(d.metric))
    .map((d) => ({...d, label: translateDynamic(lang, "metric", d.metric)}));
  const chart = Plot.plot({
    width,
    height: 320,
    marginLeft: 56,
    document,
    x: {label: null, tickFormat: (year: number) => String(year), ticks: [...new Set(data.map((d) => d.year))]},
    y: {label: null, grid: true, zero: true, tickFormat: format.integer},
    color: {
      legend: true,
      domain: metrics.map((m) => translateDynamic(lang, "metric", m)),
      range: COLOURS
    },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(data, {x: "year", y: "value", stroke: "label", strokeWidth: 2}),
      Plot.dot(data, {x: "year", y: "value", fill: "label", r: 3}),
      Plot.tip(
        data,
        Plot.pointer({x: "year", y: "value", title: (d) => `${d.label} ${d.year}: ${format.integer(d.value)}`})
      )
    ]
  });
  return accessibleChart(chart, `${data[0]?.label ?? ""} ${data.at(0)?.year ?? ""}–${data.at(-1)?.year ?? ""}`);
}
