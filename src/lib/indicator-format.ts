// How each indicator's numbers are written: rates with two decimals, shares as percentages, counts whole
// (their targets and intervals with two decimals when they are not).
import {translateDynamic} from "./i18n.js";
import {formatters, type Lang} from "./locale.js";

export type IndicatorKind = "count" | "rate" | "share";

export function indicatorKind(indicator: string): IndicatorKind {
  if (indicator === "fatal_rate") return "rate";
  if (/coverage|investigated|timeliness/.test(indicator)) return "share";
  return "count";
}

export function formatIndicatorValue(indicator: string, value: number | null | undefined, lang: Lang): string {
  if (value == null) return "–";
  const f = formatters(lang);
  const kind = indicatorKind(indicator);
  if (kind === "share") return f.percent(value);
  // a count is whole; a count's target or interval need not be (0.33 × 1^4 must not read as a target of 0)
  return kind === "rate" || !Number.isInteger(value) ? f.decimal(value, 2) : f.integer(value);
}

/** An indicator's name, with its sectors when it is not about all of them ("Số người chết (F, B)"). */
export function indicatorTitle(indicator: string, sector: string, lang: Lang): string {
  return (
    translateDynamic(lang, "indicator", indicator) + (sector !== "ALL" ? ` (${sector.replaceAll("+", ", ")})` : "")
  );
}
