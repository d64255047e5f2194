// The table behind a funnel plot, for CSV and XLSX downloads.
import type {ComparedRow} from "../contract/site.js";
import type {ExportColumn} from "./export/csv.js";
import {translateDynamic, translator} from "./i18n.js";
import type {Lang} from "./locale.js";

export function comparisonColumns(lang: Lang): ExportColumn<ComparedRow>[] {
  const t = translator(lang);
  return [
    {label: "Mã / code", value: (u) => u.unit_code},
    {label: t("unit"), value: (u) => u.name},
    {label: t("deathsLabourRelations"), value: (u) => u.deaths},
    {label: t("workers"), value: (u) => u.workers},
    {label: t("personYears"), value: (u) => u.person_years},
    {label: t("rate"), value: (u) => u.rate},
    {label: `${t("interval")} (min)`, value: (u) => u.ci_low},
    {label: `${t("interval")} (max)`, value: (u) => u.ci_high},
    {label: t("smoothedRate"), value: (u) => u.smoothed_rate},
    {label: "95% min", value: (u) => u.limit95_low},
    {label: "95% max", value: (u) => u.limit95_high},
    {label: "99,8% min", value: (u) => u.limit998_low},
    {label: "99,8% max", value: (u) => u.limit998_high},
    {label: t("funnelPosition"), value: (u) => translateDynamic(lang, "position", u.position)},
    {label: t("tailProbability"), value: (u) => u.p}
  ];
}

/**
 * What a map of a comparison is coloured by: the smoothed rate — or, where the test found no spread between
 * units beyond chance (τ² = 0, so every smoothed rate is the common rate and the map would be one colour),
 * each unit's own rate, and the label says which.
 */
export function mapMeasure(
  comparison: {year: number; tau2: number; units: (ComparedRow & {unit_code: string; name: string})[]},
  lang: Lang
): {values: {code: string; name: string; value: number}[]; label: string} {
  const t = translator(lang);
  const smoothed = comparison.tau2 > 0;
  return {
    values: comparison.units.map((u) => ({
      code: u.unit_code,
      name: u.name,
      value: smoothed ? u.smoothed_rate : u.rate
    })),
    label: `${smoothed ? t("smoothedRate") : t("rateNoSpread")} /100.000 · ${comparison.year}`
  };
}
