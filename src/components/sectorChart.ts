// Fatal accidents by sector, high-risk sectors (named by the plans) first, as horizontal bars.
import * as Plot from "@observablehq/plot";
import {translator} from "../lib/i18n.js";
import {formatters, type Lang} from "../lib/locale.js";
import {accessibleChart} from "./accessibleChart.js";

export interface SectorBar {
  sector: string;
  label: string;
  fatal_accidents: number;
  highRisk: boolean;
}

export function sectorChart(
  bars: SectorBar[],
  {width = 720, lang = "vi", document}: {width?: number; lang?: Lang; document?: Document} = {}
) {
  const t = translator(lang);
  const f = formatters(lang);
  const chart = Plot.plot({
    width,
    height: 28 * bars.length + 40,
    marginLeft: Math.min(320, width * 0.45),
    document,
    x: {label: t("fatalAccidents"), grid: true, tickFormat: f.integer},
    y: {label: null, domain: bars.map((b) => b.label)},
    color: {domain: [t("highRisk"), t("sector")], range: ["#D55E00", "#0072B2"], legend: true},
    marks: [
      Plot.barX(bars, {
        x: "fatal_accidents",
        y: "label",
        fill: (b: SectorBar) => (b.highRisk ? t("highRisk") : t("sector"))
      }),
      Plot.text(bars, {
        x: "fatal_accidents",
        y: "label",
        text: (b: SectorBar) => f.integer(b.fatal_accidents),
        dx: 4,
        textAnchor: "start"
      }),
      Plot.ruleX([0])
    ]
  });
  return accessibleChart(
    chart,
    `${t("fatalAccidents")}: ${bars
      .slice(0, 3)
      .map((b) => `${b.label} ${b.fatal_accidents}`)
      .join(", ")}`
  );
}
