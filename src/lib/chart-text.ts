// The words burned into an exported chart: title, unit and period, source, date, demo mark.
import type {ChartFileText} from "./export/chart-svg.js";
import {translator} from "./i18n.js";
import {formatters, type Lang} from "./locale.js";

export function chartText({
  title,
  subtitle,
  demo,
  lang,
  source
}: {
  title: string;
  subtitle: string;
  demo: boolean;
  lang: Lang;
  source?: string;
}): ChartFileText {
  const t = translator(lang);
  return {
    title,
    subtitle,
    source: source ?? (demo ? t("sourceDemo") : t("sourceWarehouse")),
    date: `${t("createdOn")} ${formatters(lang).date(new Date())}`,
    demo: demo ? t("demoMark") : undefined
  };
}

/** What a funnel's subtitle reports (loaders/indicators/compare-units.ts ComparisonResult). */
export interface FunnelSummary {
  reference_rate: number;
  tau2: number;
  dispersion_test: {statistic: number; degreesOfFreedom: number; critical: number; pValue: number} | null;
  expected_outside_95: number;
  outside_95: number;
  /** The dates the incidents cover: the rates are over workers × days / year_days. */
  covered: Covered;
  units: unknown[];
}

export interface Covered {
  from: string;
  to: string;
  days: number;
  year_days: number;
}

/** The exposure of rates over part of a year ("lao động × 184/365 năm (01/07/2025–31/12/2025)"); null for a whole year. */
export function exposureLine(covered: Covered, lang: Lang): string | null {
  if (covered.days >= covered.year_days) return null;
  const t = translator(lang);
  const f = formatters(lang);
  return `${t("exposure")}: ${t("exposureWorkers")} × ${covered.days}/${covered.year_days} ${t("exposureYears")} (${f.date(new Date(covered.from))}–${f.date(new Date(covered.to))})`;
}

/**
 * A funnel's subtitle: the common rate, the exposure when the incidents cover part of the year, how the
 * limits were drawn (the over-dispersion test and its outcome), and how many units lie outside the 95%
 * limits beside how many chance alone would put there.
 */
export function funnelSubtitle(comparison: FunnelSummary, lang: Lang, ...context: (string | number)[]): string {
  const t = translator(lang);
  const f = formatters(lang);
  const test = comparison.dispersion_test;
  const parts = [...context.map(String), `${t("referenceRate")}: ${f.decimal(comparison.reference_rate, 2)} /100.000`];
  // part of a year: the exposure the annual rates are over
  const exposure = exposureLine(comparison.covered, lang);
  if (exposure) parts.push(exposure);
  if (test)
    parts.push(
      `${t("overdispersionTest")}: nφ = ${f.decimal(test.statistic, 1)} vs χ²${test.degreesOfFreedom}(95%) = ${f.decimal(test.critical, 1)} (p = ${f.decimal(test.pValue, 2)}): ` +
        (comparison.tau2 > 0 ? `${t("limitsWidened")}, τ² = ${f.decimal(comparison.tau2, 3)}` : t("limitsExact"))
    );
  parts.push(
    `${t("outside95")}: ${comparison.outside_95}; ${t("expectedByChance")}: ${f.decimal(comparison.expected_outside_95, 1)} ${t("unitsOf")} ${comparison.units.length}`
  );
  return parts.join(" · ");
}

/** A file name from a title: ASCII letters and digits only (Vietnamese letters folded). */
export function fileName(...parts: string[]): string {
  return parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}
