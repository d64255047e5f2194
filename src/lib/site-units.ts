// The unit picker's options: the country, the 63 old provinces, the 34 new ones, and the districts and
// communes that have a plan of their own.
import type {SiteUnit} from "../contract/site.js";
import type {SelectOption} from "../components/selectInput.js";
import {englishBodyName, englishDocumentName, englishUnitName} from "../contract/unit-names.js";
import {translator} from "./i18n.js";
import type {Lang} from "./locale.js";

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
  if (!plan) return `${t("plan")}: – · ${t("noPlanForYear")}`;
  // A plan's title is its own (Vietnamese) words: in English it is quoted and said to be Vietnamese.
  const [title, issuer, document] =
    lang === "en"
      ? [
          `“${plan.title}” (${t("titleInVietnamese")})`,
          englishBodyName(plan.issuer),
          englishDocumentName(plan.document)
        ]
      : [plan.title, plan.issuer, plan.document];
  return `${t("plan")}: ${title} — ${issuer}${document ? ` (${document})` : ""} · ${chosen!.reason[lang]}`;
}

/** A unit's name in the reader's language: "Tỉnh Kon Tum", in English "Kon Tum Province"; the country by its word. */
export function unitLabel(unit: {level: string; name: string}, lang: Lang): string {
  if (unit.level === "country") return translator(lang)("country");
  return lang === "en" ? englishUnitName(unit.name) : unit.name;
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
    label: u.level === "country" ? t("country") : `${unitLabel(u, lang)} (${u.code})${u.parent ? `, ${u.parent}` : ""}`,
    group: group(u)
  }));
}
