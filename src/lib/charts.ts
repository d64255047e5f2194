// The site's charts, one entry each: how a chart is set up from the site's data (which rows, in which
// order, its title and subtitle, the columns of its table download, its file name and embed link) and which
// component draws it. The pages and the embed page (embed.html) use the same entries, so an embedded chart
// is the page's chart.
import {flatRollup} from "d3";
import {choroplethMap, type BoundaryFeature} from "../components/choroplethMap.js";
import type {Column} from "../components/dataTable.js";
import {funnelPlot} from "../components/funnelPlot.js";
import {nationalSeriesChart, type NationalSeriesPoint} from "../components/nationalSeriesChart.js";
import {sectorChart} from "../components/sectorChart.js";
import {tileMap} from "../components/tileMap.js";
import {trendChart} from "../components/trendChart.js";
import type {ComparedRow, SiteResult, SiteUnit} from "../contract/site.js";
import {exposureLine, fileName, funnelSubtitle, type Covered, type FunnelSummary} from "./chart-text.js";
import {comparisonColumns, mapMeasure} from "./comparison-columns.js";
import {YEAR_FORMAT, type ExportColumn} from "./export/csv.js";
import {translateDynamic, translator} from "./i18n.js";
import {unitLabel} from "./site-units.js";
import {formatIndicatorValue, indicatorTitle} from "./indicator-format.js";
import {formatters, type Lang} from "./locale.js";
import {TILES_34, TILES_63} from "./tile-layout.js";

/** A chart ready to show: its rows in the order drawn and exported, its words, and how to draw it. */
export interface ChartSetup<Row> {
  title: string;
  subtitle: string;
  rows: Row[];
  exportColumns: ExportColumn<Row>[];
  /** The data table shown under the chart (pages that show one). */
  table?: {caption: string; columns: Column<Row>[]};
  filename: string;
  /** The embed page's link for this very chart (relative to the site); none where the embed page has no data for it. */
  embedPath?: string;
  /** A source line other than the warehouse's (published national figures). */
  source?: string;
  draw: (options: {width: number; document?: Document}) => Element;
}

const unitName = (unit: SiteUnit | undefined, key: string, lang: Lang) => (unit ? unitLabel(unit, lang) : key);

/** The map a unit is on, in words; null for the country (on both). The old and the new Hà Nội share a name. */
export const mapName = (unit: SiteUnit | undefined, lang: Lang) =>
  !unit || unit.geography === "any" ? null : translator(lang)(unit.geography === "2025" ? "mapNew" : "mapOld");

const query = (values: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString();

// ---- trend: one indicator of one unit over the years -------------------------------------------------

function trend(
  results: SiteResult[],
  {
    units,
    unit: key,
    indicator,
    sector,
    lang
  }: {units: SiteUnit[]; unit: string; indicator: string; sector: string; lang: Lang}
): ChartSetup<SiteResult> {
  const t = translator(lang);
  const unit = units.find((u) => u.key === key);
  const rows = results
    .filter((r) => r.unit === key && r.indicator === indicator && r.sector === sector)
    .sort((a, b) => a.year - b.year);
  const format = (v: number | null) => formatIndicatorValue(indicator, v, lang);
  const title = indicatorTitle(indicator, sector, lang);
  return {
    title,
    subtitle: `${unitName(unit, key, lang)} · ${rows[0]?.year ?? ""}–${rows.at(-1)?.year ?? ""}`,
    rows,
    exportColumns: [
      {label: t("year"), value: (p) => p.year, numberFormat: YEAR_FORMAT},
      {label: t("value"), value: (p) => p.value},
      {label: `${t("interval")} (min)`, value: (p) => p.ci_low},
      {label: `${t("interval")} (max)`, value: (p) => p.ci_high},
      {label: t("target"), value: (p) => p.target_value},
      {label: t("statusLabel"), value: (p) => translateDynamic(lang, "status", p.status)}
    ],
    table: {
      caption: title,
      columns: [
        {label: t("year"), value: (p) => p.year, format: String},
        {label: t("value"), value: (p) => p.value, format},
        {label: t("interval"), value: (p) => (p.ci_low == null ? null : `${format(p.ci_low)} – ${format(p.ci_high)}`)},
        {label: t("target"), value: (p) => p.target_value, format},
        {label: t("statusLabel"), value: (p) => translateDynamic(lang, "status", p.status)}
      ]
    },
    filename: fileName(indicator, sector, unit?.code ?? key),
    embedPath: `./embed.html?${query({chart: "trend", unit: key, indicator, sector, lang})}`,
    draw: ({width, document}) => trendChart(rows, {indicator, lang, width, document})
  };
}

/** A unit's series (indicator × sector) that hold a value, the ones the plan targets first. */
export function trendSeries(results: SiteResult[], unit: string): {indicator: string; sector: string}[] {
  return flatRollup(
    results.filter((r) => r.unit === unit),
    (rows) => ({targeted: rows.some((r) => r.target_id), valued: rows.some((r) => r.value != null)}),
    (r) => r.indicator,
    (r) => r.sector
  )
    .filter(([, , series]) => series.valued)
    .sort((a, b) => Number(b[2].targeted) - Number(a[2].targeted))
    .map(([indicator, sector]) => ({indicator, sector}));
}

// ---- sectors: fatal accidents by sector, high-risk sectors first ---------------------------------------

/** The sectors the plans name as high-risk (construction, mining, manufacture of non-metallic minerals). */
export const HIGH_RISK_SECTORS = ["F", "B", "23"];

export interface SectorRow {
  unit: string;
  year: number;
  sector: string;
  fatal_accidents: number;
  deaths_labour_relations: number | null;
  workers: number | null;
  rate: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

export interface SectorsData {
  rows: SectorRow[];
  sectors: {sector_code: string; name_vi: string; name_en: string}[];
  /** The unit-years whose incidents cover part of the year: their rates are over workers × that part. */
  covered: (Covered & {unit: string; year: number})[];
}

/**
 * A unit's sectors in one year: the high-risk sectors first (in the plans' order), then the others by
 * fatal rate, highest first; a unit without a rate last; equal rates by fatal accidents.
 */
export function sectorRows(rows: SectorRow[], unit: string, year: number): SectorRow[] {
  const ofYear = rows.filter((r) => r.unit === unit && r.year === year);
  return [
    ...HIGH_RISK_SECTORS.flatMap((s) => ofYear.filter((r) => r.sector === s)),
    ...ofYear
      .filter((r) => !HIGH_RISK_SECTORS.includes(r.sector))
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.fatal_accidents - a.fatal_accidents)
  ];
}

function sectors(
  data: SectorsData,
  {units, unit: key, year, lang}: {units: SiteUnit[]; unit: string; year: number; lang: Lang}
): ChartSetup<SectorRow> {
  const t = translator(lang);
  const f = formatters(lang);
  const names = new Map(data.sectors.map((s) => [s.sector_code, lang === "vi" ? s.name_vi : s.name_en]));
  const label = (r: SectorRow) => `${r.sector} · ${names.get(r.sector) ?? ""}`;
  const unit = units.find((u) => u.key === key);
  const rows = sectorRows(data.rows, key, year);
  const exposure = data.covered.find((c) => c.unit === key && c.year === year);
  const bars = rows.map((r) => ({
    sector: r.sector,
    label: label(r),
    fatal_accidents: r.fatal_accidents,
    highRisk: HIGH_RISK_SECTORS.includes(r.sector)
  }));
  return {
    title: t("sectorsTitle"),
    subtitle: [unitName(unit, key, lang), mapName(unit, lang), year, exposure && exposureLine(exposure, lang)]
      .filter(Boolean)
      .join(" · "),
    rows,
    exportColumns: [
      {label: t("sector"), value: label},
      {label: t("fatalAccidents"), value: (r) => r.fatal_accidents},
      {label: t("deathsLabourRelations"), value: (r) => r.deaths_labour_relations},
      {label: t("workers"), value: (r) => r.workers},
      {label: t("rate"), value: (r) => r.rate},
      {label: `${t("interval")} (min)`, value: (r) => r.ci_low},
      {label: `${t("interval")} (max)`, value: (r) => r.ci_high}
    ],
    table: {
      caption: `${t("sectorsTitle")} · ${year}`,
      columns: [
        {label: t("sector"), value: label},
        {label: t("fatalAccidents"), value: (r) => r.fatal_accidents, format: f.integer},
        {label: t("deathsLabourRelations"), value: (r) => r.deaths_labour_relations, format: f.integer},
        {label: t("workers"), value: (r) => r.workers, format: f.integer},
        {
          label: `${t("rate")} (${t("interval")})`,
          value: (r) =>
            r.rate == null ? null : `${f.decimal(r.rate, 2)} (${f.decimal(r.ci_low!, 2)} – ${f.decimal(r.ci_high!, 2)})`
        }
      ]
    },
    filename: fileName("sectors", unit?.code ?? key, String(year)),
    embedPath: `./embed.html?${query({chart: "sectors", unit: key, year, lang})}`,
    draw: ({width, document}) => sectorChart(bars, {width, lang, document})
  };
}

// ---- funnel plots and the province map --------------------------------------------------------------

export interface Comparison extends FunnelSummary {
  year: number;
  mode: "reported" | "2025";
  parent?: string | null;
  units: (ComparedRow & {name: string})[];
}

/** The year's comparison on the map asked for, else the year's first (a year compared on one map only). */
/** The geographies the provinces are compared on in a year: the old map only while it has whole years (to 2024). */
export function provinceGeographies(comparisons: Comparison[], year: number): string[] {
  return ["reported", "2025"].filter((mode) => comparisons.some((c) => c.year === year && c.mode === mode));
}

export function provinceComparison(comparisons: Comparison[], year: number, geo: string): Comparison | undefined {
  return comparisons.find((c) => c.year === year && c.mode === geo) ?? comparisons.find((c) => c.year === year);
}

function funnel(
  comparison: Comparison,
  {
    title,
    subtitle,
    filename,
    embed,
    lang
  }: {title: string; subtitle: string; filename: string; embed?: Record<string, string | number>; lang: Lang}
): ChartSetup<ComparedRow & {name: string}> {
  return {
    title,
    subtitle,
    rows: comparison.units,
    exportColumns: comparisonColumns(lang),
    filename,
    ...(embed ? {embedPath: `./embed.html?${query({...embed, lang})}`} : {}),
    draw: ({width, document}) =>
      funnelPlot(comparison.units, {reference: comparison.reference_rate, width, lang, document})
  };
}

function provincesFunnel(comparisons: Comparison[], {year, geo, lang}: {year: number; geo: string; lang: Lang}) {
  const comparison = provinceComparison(comparisons, year, geo)!;
  return funnel(comparison, {
    title: translator(lang)("provincesTitle"),
    subtitle: funnelSubtitle(comparison, lang, year),
    filename: fileName("funnel-provinces", geo, String(year)),
    embed: {chart: "funnel", year, geo},
    lang
  });
}

/** The districts of an old province, or (map "2025") the communes of a new one; undefined when not compared. */
export function districtComparison(comparisons: Comparison[], province: string, year: number): Comparison | undefined {
  return comparisons.find((c) => c.year === year && c.parent === province);
}

function districtsFunnel(
  comparisons: Comparison[],
  {
    units,
    province,
    year,
    map = "pre2025",
    lang
  }: {units: SiteUnit[]; province: string; year: number; map?: "pre2025" | "2025"; lang: Lang}
) {
  const comparison = districtComparison(comparisons, province, year)!;
  const name = units.find((u) => u.code === province && u.geography === map)?.name ?? province;
  const communes = map === "2025";
  return funnel(comparison, {
    title: translator(lang)(communes ? "communesTitle" : "districtsTitle"),
    subtitle: funnelSubtitle(comparison, lang, name, year),
    filename: fileName(communes ? "funnel-communes" : "funnel-districts", province, String(year)),
    embed: {chart: "district-funnel", province, year, ...(communes ? {map} : {})},
    lang
  });
}

/** Province boundaries per map, when configured (data/boundaries.json); else the tile map is drawn. */
export type Boundaries = Partial<Record<"pre2025" | "2025", BoundaryFeature[]>>;

function provincesMap(
  {comparisons, boundaries}: {comparisons: Comparison[]; boundaries: Boundaries},
  {year, geo, lang}: {year: number; geo: string; lang: Lang}
): ChartSetup<ComparedRow & {name: string}> {
  const comparison = provinceComparison(comparisons, year, geo)!;
  const {values, label} = mapMeasure(comparison, lang);
  const features = boundaries[comparison.mode === "2025" ? "2025" : "pre2025"];
  return {
    title: translator(lang)("provincesTitle"),
    subtitle: label,
    rows: comparison.units,
    exportColumns: comparisonColumns(lang),
    filename: fileName("map-provinces", comparison.mode, String(year)),
    embedPath: `./embed.html?${query({chart: "map", year, geo: comparison.mode, lang})}`,
    draw: ({width, document}) =>
      features
        ? choroplethMap(features, values, {label, width, lang, document})
        : tileMap(values, {tiles: comparison.mode === "2025" ? TILES_34 : TILES_63, label, width, lang, document})
  };
}

// ---- the published national series ------------------------------------------------------------------

export interface NationalRow extends NationalSeriesPoint {
  source_document: string;
  source_url: string;
}

export const NATIONAL_METRICS = ["accidents", "victims", "serious_injuries", "deaths", "fatal_accidents"] as const;

function national(series: NationalRow[], {metrics, lang}: {metrics: string[]; lang: Lang}): ChartSetup<NationalRow> {
  const t = translator(lang);
  return {
    title: t("nationalTitle"),
    subtitle: metrics.map((m) => translateDynamic(lang, "metric", m)).join(", "),
    rows: series.filter((d) => d.scope === "all" && metrics.includes(d.metric)),
    exportColumns: [
      {label: t("year"), value: (d) => d.year, numberFormat: YEAR_FORMAT},
      {label: t("metric"), value: (d) => translateDynamic(lang, "metric", d.metric)},
      {label: t("value"), value: (d) => d.value},
      {label: t("source"), value: (d) => `${d.source_document} (${d.source_url})`}
    ],
    filename: fileName("national", ...metrics),
    embedPath: `./embed.html?${query({chart: "national", metrics: metrics.join(","), lang})}`,
    source: t("sourceLine"),
    draw: ({width, document}) => nationalSeriesChart(series, {width, lang, metrics, document})
  };
}

/** Every chart id a page or an embed link may name, with its setup. */
export const charts = {
  trend,
  sectors,
  funnel: provincesFunnel,
  "district-funnel": districtsFunnel,
  map: provincesMap,
  national
};

export type ChartId = keyof typeof charts;
export const CHART_IDS = Object.keys(charts) as ChartId[];
