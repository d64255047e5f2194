// One indicator of one unit over the years: the value with its 95% interval, and the plan's path.
import * as Plot from "@observablehq/plot";
import {translateDynamic, translator} from "../lib/i18n.js";
import {formatIndicatorValue} from "../lib/indicator-format.js";
import type {Lang} from "../lib/locale.js";
import {accessibleChart} from "./accessibleChart.js";

export interface TrendPoint {
  year: number;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  target_value: number | null;
}

export interface TrendChartOptions {
  indicator: string;
  width?: number;
  height?: number;
  lang?: Lang;
  document?: Document;
}

export function trendChart(
  points: TrendPoint[],
  {indicator, width = 640, height = 240, lang = "vi", document}: TrendChartOptions
) {
  const t = translator(lang);
  const observed = points.filter((p) => p.value != null);
  const path = points.filter((p) => p.target_value != null);
  const format = (v: number) => formatIndicatorValue(indicator, v, lang);
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 64,
    document,
    x: {label: null, tickFormat: (y: number) => String(y), ticks: points.map((p) => p.year)},
    y: {label: null, grid: true, zero: true, tickFormat: format},
    color: {legend: true, domain: [t("observed"), t("planPath")], range: ["#0072B2", "#D55E00"]},
    marks: [
      Plot.areaY(
        observed.filter((p) => p.ci_low != null),
        {x: "year", y1: "ci_low", y2: "ci_high", fill: "#0072B2", fillOpacity: 0.15}
      ),
      Plot.lineY(observed, {x: "year", y: "value", stroke: () => t("observed"), strokeWidth: 2}),
      Plot.dot(observed, {x: "year", y: "value", fill: () => t("observed"), r: 3.5}),
      Plot.lineY(path, {
        x: "year",
        y: "target_value",
        stroke: () => t("planPath"),
        strokeDasharray: "6 4",
        strokeWidth: 2
      }),
      Plot.tip(
        observed,
        Plot.pointer({
          x: "year",
          y: "value",
          title: (p: TrendPoint) =>
            `${p.year}: ${format(p.value!)}${p.ci_low != null ? ` (${format(p.ci_low)} – ${format(p.ci_high!)})` : ""}`
        })
      )
    ]
  });
  return accessibleChart(
    chart,
    `${translateDynamic(lang, "indicator", indicator)}, ${points[0]?.year ?? ""}–${points.at(-1)?.year ?? ""}`
  );
}
