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
