// Every page's URL parameters, typed. A link's value is valid, invalid (with why, in Vietnamese and English)
// or missing; an invalid one is said on the page and the page shows its default view instead of a blank chart.
import type {SiteUnit} from "../contract/site.js";
import {findUnit, FIRST_YEAR_NEW_MAP, parseUnitKey} from "../contract/units.js";
import {translator, type MessageKey} from "./i18n.js";
import {unitLabel} from "./site-units.js";
import type {Lang} from "./locale.js";

export type Reason = Record<Lang, string>;

export type ParamResult<T> =
  {state: "valid"; value: T} | {state: "invalid"; raw: string; reason: Reason; instead?: T} | {state: "missing"};

/** What a parser may look at besides its own value: the parameters read before it, and the whole link. */
export interface ParamContext {
  values: Record<string, unknown>;
  query: URLSearchParams;
}

/** How one parameter is read: its parser (a value, or why not) and the value a page shows without one. */
export interface ParamSpec<T> {
  /** Invalid with `instead`: the page shows that value rather than the fallback (an old code's successor). */
  parse: (raw: string, context?: ParamContext) => {value: T} | {reason: Reason; instead?: T};
  fallback: T;
  /** The fallback as a reader sees it, for the message ("showing 2024"). */
  describe?(value: T, lang: Lang): string;
}

/** A parameter's spec, or one that depends on the parameters read before it (a unit code on the year's map). */
type SpecEntry = ParamSpec<unknown> | ((values: Record<string, unknown>) => ParamSpec<unknown>);
type Specs = Record<string, SpecEntry>;
type ValueOf<S> = S extends ParamSpec<infer T> ? T : S extends (values: never) => ParamSpec<infer T> ? T : never;

export interface InvalidParam {
  name: string;
  raw: string;
  reason: Reason;
  /** What the page shows instead. */
  shown: Reason;
}

export interface ParsedParams<S extends Specs> {
  results: {[K in keyof S]: ParamResult<ValueOf<S[K]>>};
  /** Each parameter's value: the link's when valid, else the fallback. */
  values: {[K in keyof S]: ValueOf<S[K]>};
  invalid: InvalidParam[];
}

/** A reason from the interface text, in both languages, with its {placeholders} filled (a name in each). */
function reason(key: MessageKey, replacements: Record<string, string | number | Reason>): Reason {
  const text = (lang: Lang) =>
    Object.entries(replacements).reduce(
      (s, [name, value]) => s.replaceAll(`{${name}}`, typeof value === "object" ? value[lang] : String(value)),
      translator(lang)(key)
    );
  return {vi: text("vi"), en: text("en")};
}

export function parseParam<T>(spec: ParamSpec<T>, raw: string | null, context?: ParamContext): ParamResult<T> {
  if (raw === null || raw === "") return {state: "missing"};
  const parsed = spec.parse(raw, context);
  return "value" in parsed ? {state: "valid", value: parsed.value} : {state: "invalid", raw, ...parsed};
}

export function readParams<S extends Specs>(specs: S, search = globalThis.location?.search ?? ""): ParsedParams<S> {
  const query = new URLSearchParams(search);
  const results = {} as Record<string, ParamResult<unknown>>;
  const values = {} as Record<string, unknown>;
  const invalid: InvalidParam[] = [];
  for (const [name, entry] of Object.entries(specs)) {
    const spec = typeof entry === "function" ? entry(values) : entry;
    const result = parseParam(spec, query.get(name), {values, query});
    results[name] = result;
    const shown = result.state === "invalid" && result.instead !== undefined ? result.instead : spec.fallback;
    values[name] = result.state === "valid" ? result.value : shown;
    if (result.state === "invalid")
      invalid.push({
        name,
        raw: result.raw,
        reason: result.reason,
        shown: {
          vi: spec.describe ? spec.describe(shown, "vi") : String(shown),
          en: spec.describe ? spec.describe(shown, "en") : String(shown)
        }
      });
  }
  return {results, values, invalid} as ParsedParams<S>;
}

/** A year the link itself states (`year`, `from`…), not a page's default; undefined when it states none. */
function statedYear(context: ParamContext | undefined, name: string): number | undefined {
  const raw = context?.query.get(name)?.trim() ?? "";
  return /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

/** A year among the years the data hold; without one, `preferred` if the data hold it, else the latest. */
export function yearParam(years: readonly number[], preferred = 2024): ParamSpec<number> {
  const sorted = [...years].sort((a, b) => a - b);
  return {
    fallback: sorted.includes(preferred) ? preferred : (sorted.at(-1) ?? preferred),
    parse: (raw) => {
      if (!/^\d{4}$/.test(raw.trim())) return {reason: reason("paramNotYear", {raw})};
      const year = Number(raw);
      return sorted.includes(year)
        ? {value: year}
        : {reason: reason("paramYearNoData", {raw, from: sorted[0] ?? "–", to: sorted.at(-1) ?? "–"})};
    }
  };
}

/** The last year of a period (`to`): a year the data hold, not before the period's first (`from`). */
export function periodEndParam(years: readonly number[]): ParamSpec<number> {
  const year = yearParam(years);
  return {
    ...year,
    parse: (raw, context) => {
      const parsed = year.parse(raw, context);
      const from = statedYear(context, "from");
      return "value" in parsed && from !== undefined && parsed.value < from
        ? {reason: reason("paramPeriodReversed", {from, to: parsed.value})}
        : parsed;
    }
  };
}

/**
 * One of a known list (units, indicators, sectors, maps…). `label` names a value in the message with the
 * words the page shows for it: a value is an id ("pre2025", "fatal_rate"), never something to show a reader.
 */
export function choiceParam<T extends string>(
  values: readonly T[],
  fallback: T,
  {unknown = "paramUnknownValue", label}: {unknown?: MessageKey; label: (value: T, lang: Lang) => string}
): ParamSpec<T> {
  const known = new Set<string>(values);
  return {
    fallback,
    describe: label,
    parse: (raw) => (known.has(raw) ? {value: raw as T} : {reason: reason(unknown, {raw})})
  };
}

type LinkUnit = Pick<SiteUnit, "key" | "code" | "geography" | "name" | "level"> &
  Partial<Pick<SiteUnit, "province_2025">>;

/** A unit in the words of a message: its name in each language and its code. */
const named = (unit: LinkUnit): Reason => ({
  vi: `${unitLabel(unit, "vi")} (${unit.code})`,
  en: `${unitLabel(unit, "en")} (${unit.code})`
});
const mapNames = (geography: string): Reason => {
  const key = geography === "2025" ? "mapNew" : "mapOld";
  return {vi: translator("vi")(key), en: translator("en")(key)};
};

/**
 * Why a unit has no view in a year a link states: an old-map unit after 2025 (named with the new province
 * that took it in), or — where earlier years are not shown as the new province's old provinces summed — a
 * new-map unit before 2025. Null when the unit exists that year.
 */
function notInYear(unit: LinkUnit, year: number, units: LinkUnit[], newMapSummed: boolean): Reason | null {
  if (unit.geography === "pre2025" && year > FIRST_YEAR_NEW_MAP) {
    const successor = units.find(
      (u) => u.geography === "2025" && u.level === "province" && u.code === unit.province_2025
    );
    const into = successor
      ? reason(unit.level === "province" ? "unitMergedInto" : "unitNowIn", {unit: named(successor)})
      : {vi: "", en: ""};
    return reason("unitMapEnded", {unit: named(unit), into, year});
  }
  if (unit.geography === "2025" && year < FIRST_YEAR_NEW_MAP && !newMapSummed)
    return reason("unitMapNotYet", {unit: named(unit), year});
  return null;
}

/** A key whose code is a unit of the other map only: which one, so that the reader can follow it. */
function onOtherMap(units: LinkUnit[], raw: string): Reason | null {
  const ref = parseUnitKey(raw);
  if (!ref || units.some((u) => u.key === raw)) return null;
  const other = units.find((u) => u.code === ref.code && u.geography !== ref.geography && u.geography !== "any");
  return other
    ? reason("unitOnOtherMap", {
        code: other.code,
        map: mapNames(ref.geography),
        other: mapNames(other.geography),
        unit: named(other)
      })
    : null;
}

/**
 * A province of the page's map by code. On the new map an old province's code shows the province it merged
 * into, and says so ("Kon Tum merged into Quảng Ngãi (51) on 01/07/2025").
 */
export function provinceParam(
  provinces: Pick<SiteUnit, "code" | "name">[],
  fallback: string,
  oldProvinces: Pick<SiteUnit, "code" | "name" | "province_2025">[] = []
): ParamSpec<string> {
  const choice = choiceParam(
    provinces.map((p) => p.code),
    fallback,
    {unknown: "unknownUnit", label: (code) => provinces.find((p) => p.code === code)?.name ?? code}
  );
  return {
    ...choice,
    parse: (raw, context) => {
      const parsed = choice.parse(raw, context);
      const old = oldProvinces.find((p) => p.code === raw);
      const into = old && provinces.find((p) => p.code === old.province_2025);
      if ("value" in parsed || !old || !into) return parsed;
      return {reason: reason("provinceMerged", {old: old.name, into: into.name, code: into.code}), instead: into.code};
    }
  };
}

/**
 * A unit among the page's units, by key ("62|pre2025") or by code on the map of the link's year, as the
 * commands take it (contract/units.ts findUnit): `year`, else the year the page read before the unit, else
 * the link's `year` as written, else the old map's last full year. The value is the unit's key. Without one,
 * the country (or `fallback`). A unit that does not exist in the year the link states is refused with why
 * (notInYear); `known` are the units a link may name besides the page's own (another year's), for saying so.
 */
export function unitParam(
  units: LinkUnit[],
  {
    year,
    fallback = "VN|any",
    known = units,
    newMapSummed = true
  }: {year?: number; fallback?: string; known?: LinkUnit[]; newMapSummed?: boolean} = {}
): ParamSpec<string> {
  const linkYear = (context?: ParamContext) => {
    if (typeof context?.values.year === "number") return context.values.year;
    return statedYear(context, "year") ?? FIRST_YEAR_NEW_MAP - 1;
  };
  return {
    fallback,
    describe: (key, lang) => {
      const unit = units.find((u) => u.key === key);
      return unit ? unitLabel(unit, lang) : key;
    },
    parse: (raw, context) => {
      const asked = year ?? linkYear(context);
      const unit = findUnit(units, raw, asked);
      // the link's year, when the page took it (a year without data is said on its own)
      const linked = statedYear(context, "year");
      const stated = context?.values.year === undefined || context.values.year === linked ? linked : undefined;
      const meant = unit ?? findUnit(known, raw, asked);
      const absent = meant && stated !== undefined ? notInYear(meant, stated, known, newMapSummed) : null;
      if (absent) return {reason: absent};
      return unit ? {value: unit.key} : {reason: onOtherMap(known, raw) ?? reason("unknownUnit", {})};
    }
  };
}

/** A comma-separated list whose every item is known (the national chart's measures), each named by `label`. */
export function listParam<T extends string>(
  values: readonly T[],
  fallback: T[],
  label: (value: T, lang: Lang) => string
): ParamSpec<T[]> {
  const known = new Set<string>(values);
  return {
    fallback,
    describe: (list, lang) => list.map((item) => label(item, lang)).join(", "),
    parse: (raw) => {
      const items = raw.split(",");
      const wrong = items.find((item) => !known.has(item));
      return wrong === undefined ? {value: items as T[]} : {reason: reason("paramUnknownValue", {raw: wrong})};
    }
  };
}

/** The interface language: English when asked for, Vietnamese otherwise. */
export const langParam = choiceParam<Lang>(["vi", "en"], "vi", {
  label: (lang) => (lang === "en" ? "English" : "Tiếng Việt")
});

/** Which map a page draws: the 63 provinces and their districts (to 30/06/2025), or the 34 (from 01/07/2025). */
export const mapParam = choiceParam(["pre2025", "2025"], "pre2025", {
  label: (map, lang) => translator(lang)(map === "2025" ? "map2025" : "mapPre2025")
});

/** How the provinces are compared: as reported (63), or on the new map (34, old provinces summed). */
export const geographyParam = choiceParam(["reported", "2025"], "reported", {
  label: (geo, lang) => translator(lang)(geo === "2025" ? "geography2025" : "geographyReported")
});

/** What a link got wrong and what the page shows instead, as one alert; null when nothing is wrong. */
export function paramNotice(
  {invalid}: {invalid: InvalidParam[]},
  lang: Lang,
  document: Document = globalThis.document
): HTMLElement | null {
  if (!invalid.length) return null;
  const t = translator(lang);
  const notice = document.createElement("p");
  notice.className = "param-notice";
  notice.setAttribute("role", "alert");
  notice.textContent = `${t("paramInvalid")} ${invalid
    .map((p) => `${p.name}=“${p.raw}”: ${p.reason[lang]} — ${t("paramShowing")} ${p.shown[lang]}`)
    .join("; ")}.`;
  return notice;
}
