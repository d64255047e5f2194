// Funnel plot (Spiegelhalter 2005): each unit's rate against its number of workers, with 95% and 99.8%
// limits around the common rate. Only units outside the limits are coloured and named.
import * as Plot from "@observablehq/plot";
import type {FunnelUnit} from "../contract/site.js";
import {translateDynamic, translator} from "../lib/i18n.js";
import {formatters, type Lang} from "../lib/locale.js";
import {accessibleChart} from "./accessibleChart.js";

export function funnelPlot(
  units: FunnelUnit[],
  {reference, width = 720, lang = "vi", document}: {reference: number; width?: number; lang?: Lang; document?: Document}
) {
  const t = translator(lang);
  const f = formatters(lang);
  const sorted = [...units].sort((a, b) => a.workers - b.workers);
  const outside = units.filter((u) => u.position !== "within");
  const limits = (key: keyof FunnelUnit, dash: string) =>
    Plot.line(sorted, {
      x: "workers",
      y: key,
      stroke: "#555",
      strokeDasharray: dash,
      strokeWidth: 1,
      curve: "monotone-x"
    });
  const chart = Plot.plot({
    width,
    height: 420,
    marginLeft: 56,
    document,
    x: {type: "log", label: t("workers"), ticks: workerTicks(units, width), tickFormat: (v: number) => f.compact(v)},
    y: {label: t("rate"), grid: true, zero: true, tickFormat: (v: number) => f.decimal(v, 1)},
    color: {
      domain: ["above_99.8", "above_95", "below_95", "below_99.8"],
      range: ["#D55E00", "#E69F00", "#56B4E9", "#0072B2"],
      legend: outside.length > 0,
      tickFormat: (p: string) => translateDynamic(lang, "position", p)
    },
    marks: [
      Plot.ruleY([reference], {stroke: "#222", strokeWidth: 1.5}),
      limits("limit95_low", "4 3"),
      limits("limit95_high", "4 3"),
      limits("limit998_low", "1 2"),
      limits("limit998_high", "1 2"),
      Plot.dot(
        units.filter((u) => u.position === "within"),
        {x: "workers", y: "rate", r: 3, fill: "#999", fillOpacity: 0.7}
      ),
      Plot.dot(outside, {x: "workers", y: "rate", r: 5, fill: "position", stroke: "#222"}),
      Plot.text(outside, {x: "workers", y: "rate", text: "name", dy: -10, fontSize: 11}),
      Plot.tip(
        units,
        Plot.pointer({
          x: "workers",
          y: "rate",
          title: (u: FunnelUnit) =>
            `${u.name}: ${f.decimal(u.rate, 2)} (${translateDynamic(lang, "position", u.position)})`
        })
      )
    ]
  });
  return accessibleChart(
    chart,
    `${t("funnelPosition")}: ${outside.map((u) => u.name).join(", ") || t("position_within")}`
  );
}

/**
 * Ticks of the log worker axis: 1–2–5 steps within the units' range, thinned to the 1–5 steps, then to
 * powers of ten, until each label has about 90 px (Plot's labels of worker counts ran together at 640 px).
 */
export function workerTicks(units: FunnelUnit[], width: number): number[] | undefined {
  const workers = units.map((u) => u.workers).filter((w) => w > 0);
  if (!workers.length) return undefined;
  const [min, max] = [Math.min(...workers), Math.max(...workers)];
  const room = Math.max(2, Math.floor(width / 90));
  const within = (steps: number[]) => {
    const ticks: number[] = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
      for (const step of steps) if (step * 10 ** e >= min && step * 10 ** e <= max) ticks.push(step * 10 ** e);
    return ticks;
  };
  const choices = [within([1, 2, 5]), within([1, 5]), within([1])];
  // a range narrower than two 1–2–5 steps: Plot's own ticks
  if (choices[0]!.length < 2) return undefined;
  return choices.find((ticks) => ticks.length <= room) ?? choices[2]!;
}
