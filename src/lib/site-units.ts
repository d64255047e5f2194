// The unit picker's options: the country, the 63 old provinces, the 34 new ones, and the districts and
// communes that have a plan of their own.
import type {SiteUnit} from "../contract/site.js";
import type {SelectOption} from "../components/selectInput.js";
import {translator} from "./i18n.js";
import type {Lang} from "./locale.js";

/** A unit's name as the pages write it (the country in the page's language). */
export const unitLabel = (unit: {level: string; name: string}, lang: Lang): string =>
  unit.level === "country" ? translator(lang)("country") : unit.name;

/** The page's plan line: the plan that applies in the year (without a year, the review plan) and why. */
export function planLine(
  unit: SiteUnit,
  plans: {id: string; title: string; issuer: string; document: string}[],
  lang: Lang,
  year?: number
): string {
  const t = translator(lang);
  const chosen = year === undefined ? unit.plan_years.at(-1) : unit.plan_years.find((p) => p.year === year);
  const plan = plans.find((p) => p.id === chosen?.plan_id);
  return plan
    ? `${t("plan")}: ${plan.title} — ${plan.issuer}${plan.document ? ` (${plan.document})` : ""} · ${chosen!.reason[lang]}`
    : `${t("plan")}: – · ${t("noPlanForYear")}`;
}

export function unitOptions(units: SiteUnit[], lang: Lang): SelectOption[] {
  const t = translator(lang);
  const group = (u: SiteUnit) =>
    u.level === "country"
      ? t("country")
      : u.level !== "province"
        ? t("planUnits")
        : u.geography === "2025"
          ? t("geography2025")
          : t("geographyReported");
  return units.map((u) => ({
    value: u.key,
    label: u.level === "country" ? t("country") : `${u.name} (${u.code})${u.parent ? `, ${u.parent}` : ""}`,
    group: group(u)
  }));
}
