// The ranked table behind a funnel plot: ranked by the smoothed rate, with counts and intervals.
import {translateDynamic, translator} from "../lib/i18n.js";
import {formatters, type Lang} from "../lib/locale.js";
import type {ComparedRow} from "../contract/site.js";
import {dataTable} from "./dataTable.js";

export function comparisonTable(
  units: ComparedRow[],
  {caption, unitLabel, lang = "vi", document}: {caption: string; unitLabel: string; lang?: Lang; document?: Document}
) {
  const t = translator(lang);
  const f = formatters(lang);
  // Equal smoothed rates (no spread beyond chance) are ranked by the unit's own rate.
  const ranked = [...units].sort((a, b) => b.smoothed_rate - a.smoothed_rate || b.rate - a.rate);
  return dataTable(ranked, {
    caption,
    document,
    columns: [
      {label: "#", value: (u) => ranked.indexOf(u) + 1, format: String},
      {label: unitLabel, value: (u) => `${u.name} (${u.unit_code})`},
      {label: t("deathsLabourRelations"), value: (u) => u.deaths, format: f.integer},
      {label: t("workers"), value: (u) => u.workers, format: f.integer},
      {
        label: `${t("rate")} (${t("interval")})`,
        value: (u) => `${f.decimal(u.rate, 2)} (${f.decimal(u.ci_low, 2)} – ${f.decimal(u.ci_high, 2)})`
      },
      {label: t("smoothedRate"), value: (u) => u.smoothed_rate, format: (v: number) => f.decimal(v, 2)},
      {label: t("funnelPosition"), value: (u) => translateDynamic(lang, "position", u.position)},
      // cut (not rounded) to 4 decimals: a p under 2.5% never shows as 0,025
      {
        label: "p",
        value: (u) => u.p,
        format: (v: number) =>
          v < 0.0001 ? `< ${f.decimal(0.0001, 4)}` : f.decimal(Math.floor(v * 10_000 + 1e-9) / 10_000, 4)
      }
    ]
  });
}
