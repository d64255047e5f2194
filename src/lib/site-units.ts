// The unit picker's options: the country, the 63 old provinces, the 34 new ones, and the districts and
// communes that have a plan of their own.
import type {SelectOption} from "../components/selectInput.js";
import {translator} from "./i18n.js";
import type {Lang} from "./locale.js";

/** A unit a reader can pick (written by loaders/export/site-data.ts). */
export interface SiteUnit {
  /** "code|geography": unique across both geographies. */
  key: string;
  code: string;
  geography: string;
  mode: "reported" | "2025";
  name: string;
  level: string;
  /** The province it belongs to (its name), for districts and communes. */
  parent: string | null;
  plan_id: string | null;
  /** Whether the plan is the unit's own (else inherited from a unit above it). */
  own_plan: boolean;
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
