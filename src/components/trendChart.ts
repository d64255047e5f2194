// One indicator of one unit over the years: the value with its 95% interval, and the plan's path from its
// base year. The reform of 01/07/2025 is a rule on the axis; a year that holds half a year's data (an old
// unit's 2025) is drawn hollow and named, so nobody reads its drop as a fall.
import * as Plot from "@observablehq/plot";
import type {TrendPoint} from "../contract/site.js";
import {translateDynamic, translator} from "../lib/i18n.js";
import {formatIndicatorValue} from "../lib/indicator-format.js";
import type {Lang} from "../lib/locale.js";
import {accessibleChart} from "./accessibleChart.js";

/** 01/07/2025, when the 34 provinces and 3,321 communes replaced the old map, as a point on a year axis. */
const REFORM = 2025.5;

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
  const partial = observed.filter((p) => p.method === "partial_year");
  // The path is that of the plan judging the latest targeted year; years under another plan are not on it.
  const plan = points.findLast((p) => p.target_value != null)?.plan_id;
  const planPoints = points.filter((p) => p.plan_id === plan);
  const base = planPoints.find((p) => p.baseline_year != null && p.baseline_value != null);
  const targets = planPoints.filter((p) => p.target_value != null);
  // A path starts at the base year: one target year alone is a line from the base value to it.
  const path =
    base && targets.length && !targets.some((p) => p.year === base.baseline_year)
      ? [{year: base.baseline_year!, target_value: base.baseline_value!}, ...targets]
      : targets;
  const years = [...new Set([...points.map((p) => p.year), ...path.map((p) => p.year)])].sort((a, b) => a - b);
  const whole = observed.filter((p) => p.method !== "partial_year");
  // A series that reaches 2025 crosses the reform: the axis runs on to 01/07/2025 to show it.
  const reform = years[0]! < REFORM && years.at(-1)! >= 2025;
  const format = (v: number) => formatIndicatorValue(indicator, v, lang);
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 64,
    document,
    x: {
      label: null,
      tickFormat: (y: number) => String(y),
      ticks: years,
      domain: [years[0], reform ? Math.max(years.at(-1)!, REFORM) : years.at(-1)]
    },
    y: {label: null, grid: true, zero: true, tickFormat: format},
    // The legend names the plan's path only where there is one to draw.
    color: {
      legend: true,
      domain: path.length ? [t("observed"), t("planPath")] : [t("observed")],
      range: ["#0072B2", "#D55E00"]
    },
    // Room above the frame for the reform's label, clear of the lines.
    marginTop: reform ? 26 : undefined,
    marks: [
      Plot.areaY(
        whole.filter((p) => p.ci_low != null),
        {x: "year", y1: "ci_low", y2: "ci_high", fill: "#0072B2", fillOpacity: 0.15}
      ),
      Plot.lineY(whole, {x: "year", y: "value", stroke: () => t("observed"), strokeWidth: 2}),
      Plot.dot(whole, {x: "year", y: "value", fill: () => t("observed"), r: 3.5}),
      Plot.lineY(path, {
        x: "year",
        y: "target_value",
        stroke: () => t("planPath"),
        strokeDasharray: "6 4",
        strokeWidth: 2
      }),
      // Half a year of data: a hollow dot and its name.
      Plot.dot(partial, {x: "year", y: "value", r: 5, fill: "white", stroke: "#0072B2", strokeWidth: 2}),
      Plot.text(partial, {x: "year", y: "value", text: () => t("partialYearMark"), dy: -12, fontSize: 10}),
      ...(reform
        ? [
            Plot.ruleX([REFORM], {stroke: "#666", strokeDasharray: "2 3"}),
            Plot.text([REFORM], {
              x: (d: number) => d,
              frameAnchor: "top",
              text: () => t("reformMark"),
              textAnchor: "end",
              dx: -3,
              dy: -14,
              fontSize: 10
            })
          ]
        : []),
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
    `${translateDynamic(lang, "indicator", indicator)}, ${years[0] ?? ""}–${years.at(-1) ?? ""}`
  );
}
