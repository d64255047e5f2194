// The annual report of a unit's plan as data: every text, table and chart it holds, in reading order, in
// the parts of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP). The report page draws it
// as HTML (printed to PDF) and the Word download writes it as .docx, so both say the same thing.
import type {ExplainableResult, SiteUnit, TargetReview} from "../../contract/site.js";
import {englishUnitName, splitUnitName} from "../../contract/unit-names.js";
import {FIRST_YEAR_NEW_MAP} from "../../contract/units.js";
import {DATASETS, isDatasetName} from "../../contract/ingest/datasets.js";
import {planLine, unitLabel} from "../site-units.js";
import {translateDynamic, translator} from "../i18n.js";
import {indicatorTitle} from "../indicator-format.js";
import {formatters, type Lang} from "../locale.js";
import {explainReview, reviewCells} from "../review-text.js";
import {scorecardLines, type ScorecardLine} from "../scorecard-lines.js";
import {abbreviationSpeller} from "./abbreviations.js";

export interface ReportResult extends ExplainableResult {
  unit: string;
  year: number;
  sector: string;
  plan_id: string | null;
  target_id: string | null;
}

export interface ReportInputs {
  site: {
    demo: boolean;
    units: SiteUnit[];
    plans: {
      id: string;
      title: string;
      issuer: string;
      document: string;
      targets: {id: string; rule: Record<Lang, string>}[];
    }[];
  };
  /** The unit's results over the years (the trends data, read back from columns). */
  results: ReportResult[];
  quality: {
    loads: {rejected: number}[];
    warnings: {unit_code: string; year: number | null; dataset: string; message_vi: string; message_en: string}[];
  };
  tasks: {
    plan_id: string;
    title: string;
    tasks: {id: string; task: string; lead: string; status: Record<number, {status: string}>}[];
  }[];
  /** The period review of the unit's plan, when the report covers a period (--from/--to). */
  review?: {from: number; to: number; reviews: TargetReview[]};
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** The first column names the row (a row header). */
  rowHeaders: boolean;
}

export interface ReportChart {
  title: string;
  subtitle: string;
  indicator: string;
  points: ReportResult[];
}

export type ReportBlock =
  | {kind: "paragraph"; text: string}
  /** A table; the targets' table also carries its scorecard lines, which the page draws as the scorecard. */
  | {kind: "table"; table: ReportTable; scorecard?: ScorecardLine[]}
  | {kind: "chart"; chart: ReportChart};

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

/** The header, closing and signature of an administrative document, with placeholders the officer fills in. */
export interface DocumentFrame {
  nationalTitle: string;
  motto: string;
  /** The issuing body's lines, as the decree sets them: "ỦY BAN NHÂN DÂN" above "TỈNH KON TUM". */
  issuingBody: string[];
  number: string;
  placeDate: string;
  recipientsLabel: string;
  recipients: string[];
  signatureAuthority: string;
  signatureRole: string;
  signatureNote: string;
  signatureName: string;
}

export interface ReportModel {
  lang: Lang;
  frame: DocumentFrame;
  title: string;
  subtitle: string;
  planLine: string;
  /** Which map the unit is on, for a report of a year from 2025 (the year the map changed); else null. */
  mapLine: string | null;
  preparedOn: string;
  /** The demo-data label and its note, when the warehouse holds the demo. */
  demoNotice: {badge: string; text: string} | null;
  sections: ReportSection[];
  /** What the page and the file name say the report is about. */
  unitCode: string;
  year: number;
}

/**
 * An issuing body's line is at most this many letters at the header's size; a longer one (a long unit name)
 * is set smaller rather than broken: "TỈNH KON TUM" never ends a line at "KON".
 */
export const ISSUER_LINE_LETTERS = 22;

/** The size of an issuing body's line, as a share of the header's: 1 when it fits. */
export const issuerLineScale = (line: string) => Math.min(1, ISSUER_LINE_LETTERS / line.length);

/** The committee in its two lines: the body, then its unit (in English the unit first, level word translated). */
function issuingBody(unit: SiteUnit, lang: Lang): string[] {
  const t = translator(lang);
  const lines =
    unit.level === "country"
      ? t("docNationalCouncil").split("\n")
      : lang === "en"
        ? [englishUnitName(unit.name), t("docPeoplesCommittee")]
        : [t("docPeoplesCommittee"), unit.name];
  return lines.map((line) => line.toLocaleUpperCase(lang));
}

/** A dataset as the upload page names it ("Vụ tai nạn lao động"), never by its id ("incidents"). */
const datasetLabel = (name: string, lang: Lang) => (isDatasetName(name) ? DATASETS[name].label[lang] : name);

/** A report from 2025 on says which map its unit is on, and an old unit's 2025 what was brought back to it. */
function mapLine(unit: SiteUnit, year: number, lang: Lang): string | null {
  const t = translator(lang);
  if (year < FIRST_YEAR_NEW_MAP) return null;
  if (unit.level === "country") return t("reportMapCountry");
  if (unit.geography === "2025") return t("reportMapNew");
  return year === FIRST_YEAR_NEW_MAP ? `${t("reportMapOld")} ${t("reportBroughtBack")}` : t("reportMapOld");
}

function documentFrame(unit: SiteUnit, lang: Lang, today: Date): DocumentFrame {
  const t = translator(lang);
  const national = unit.level === "country";
  return {
    nationalTitle: t("docNationalTitle"),
    motto: t("docMotto"),
    issuingBody: issuingBody(unit, lang),
    number: t("docNumber"),
    // "Tỉnh Kon Tum" → "Kon Tum, ngày … tháng … năm …"
    placeDate: `${national ? "Hà Nội" : splitUnitName(unit.name).place}, ${t("docDate")} ${today.getFullYear()}`,
    recipientsLabel: t("docRecipients"),
    recipients: [t("docRecipientAbove"), t("docRecipientCouncil"), t("docRecipientArchive")],
    signatureAuthority: national ? t("docOnBehalfCouncil") : t("docOnBehalfCommittee"),
    signatureRole: t("docChair"),
    signatureNote: t("docSignatureNote"),
    signatureName: t("docSignatureName")
  };
}

export function reportModel(
  inputs: ReportInputs,
  {unit, year, lang, today = new Date()}: {unit: SiteUnit; year: number; lang: Lang; today?: Date}
): ReportModel {
  const t = translator(lang);
  const f = formatters(lang);
  const {site, results, quality, tasks} = inputs;
  const unitName = unitLabel(unit, lang);
  const targets = new Map(site.plans.flatMap((p) => p.targets.map((target) => [`${p.id}|${target.id}`, target])));
  const targetRows = results.filter((r) => r.target_id && r.year === year);

  // The page's scorecard, without the plan's sentences (the Word table has no room for them).
  const rules = new Map([...targets].map(([key, target]) => [key, {rule: target.rule}]));
  const targetsBlock: ReportBlock = targetRows.length
    ? scorecardBlock(scorecardLines(targetRows, rules, lang), lang)
    : {kind: "paragraph", text: t("noTargets")};

  const charts: ReportBlock[] = [];
  const charted = new Set<string>();
  for (const row of targetRows) {
    const key = `${row.indicator}|${row.sector}`;
    if (charted.has(key)) continue;
    charted.add(key);
    const points = results
      .filter((r) => r.indicator === row.indicator && r.sector === row.sector && r.year <= year)
      .sort((a, b) => a.year - b.year);
    charts.push({
      kind: "chart",
      chart: {
        title: indicatorTitle(row.indicator, row.sector, lang),
        subtitle: `${unitName} · ${points[0]!.year}–${points.at(-1)!.year}`,
        indicator: row.indicator,
        points
      }
    });
  }

  const taskPlan = tasks.find((p) => p.plan_id === unit.plan_id);
  const tasksBlock: ReportBlock = taskPlan
    ? {
        kind: "table",
        table: {
          caption: taskPlan.title,
          columns: ["#", t("task"), t("leadAgency"), t("statusLabel")],
          rowHeaders: false,
          rows: taskPlan.tasks.map((task) => [
            task.id,
            task.task,
            task.lead,
            translateDynamic(lang, "taskStatus", task.status[year]?.status ?? "none")
          ])
        }
      }
    : {kind: "paragraph", text: t("reportNoTasks")};

  const reviewSection = inputs.review && periodReviewSection(inputs.review, targets, lang);

  const warnings = quality.warnings.filter((w) => w.unit_code === unit.code && (w.year === year || w.year == null));
  const rejected = quality.loads.reduce((sum, l) => sum + l.rejected, 0);
  const model: ReportModel = {
    lang,
    unitCode: unit.code,
    year,
    frame: documentFrame(unit, lang, today),
    // A period report (--from/--to) is a review of the period; otherwise the year's report.
    title: inputs.review ? t("reportReviewTitle") : t("reportTitle"),
    subtitle: inputs.review
      ? `${unitName} · ${t("reviewPeriod")} ${inputs.review.from}–${inputs.review.to}`
      : `${unitName} · ${t("reportYear")} ${year}`,
    planLine: planLine(unit, site.plans, lang, year),
    mapLine: mapLine(unit, year, lang),
    preparedOn: `${t("reportPrepared")} ${f.date(today)}`,
    demoNotice: site.demo ? {badge: t("demoData"), text: t("demoNote")} : null,
    sections: [
      {heading: t("reportTargets"), blocks: [targetsBlock]},
      ...(reviewSection ? [reviewSection] : []),
      {heading: t("reportTrends"), blocks: charts.length ? charts : [{kind: "paragraph", text: t("noTargets")}]},
      {heading: t("reportTasks"), blocks: [tasksBlock]},
      {
        heading: t("reportQuality"),
        blocks: [
          {
            kind: "paragraph",
            text: t("reportQualityLine")
              .replace("{files}", f.integer(quality.loads.length))
              .replace("{rejected}", f.integer(rejected))
              .replace("{warnings}", f.integer(warnings.length))
          },
          ...warnings.slice(0, 10).map((w): ReportBlock => ({
            kind: "paragraph",
            text: `• ${lang === "vi" ? w.message_vi : w.message_en} (${datasetLabel(w.dataset, lang)}${w.year ? `, ${w.year}` : ""})`
          }))
        ]
      },
      {
        heading: t("reportSources"),
        blocks: [
          {kind: "paragraph", text: `${site.demo ? t("sourceDemo") : t("sourceWarehouse")}.`},
          {kind: "paragraph", text: t("reportMethodsLine")}
        ]
      }
    ]
  };
  // Sections are numbered in the order they stand (a period review adds one).
  model.sections = model.sections.map((section, i) => ({...section, heading: `${i + 1}. ${section.heading}`}));
  return spellOutAbbreviations(model);
}

/**
 * The targets' table of the Word file, written from the scorecard's lines; `spell` writes out abbreviations
 * in reading order (caption, headers, then row by row).
 */
function scorecardBlock(lines: ScorecardLine[], lang: Lang, spell = (text: string) => text): ReportBlock {
  const t = translator(lang);
  const caption = spell(t("scorecardCaption"));
  const columns = [
    t("indicator"),
    `${t("value")} (${t("interval")})`,
    t("target"),
    t("statusLabel"),
    t("howComputed")
  ].map(spell);
  const spelled = lines.map((l) => ({
    ...l,
    indicator: spell(l.indicator),
    rule: l.rule && spell(l.rule),
    calculation: spell(l.calculation)
  }));
  return {
    kind: "table",
    scorecard: spelled,
    table: {
      caption,
      columns,
      rowHeaders: true,
      rows: spelled.map((l) => [
        l.rule ? `${l.indicator} — ${l.rule}` : l.indicator,
        l.interval ? `${l.value} (${l.interval})` : l.value,
        l.target,
        translateDynamic(lang, "status", l.status),
        l.calculation
      ])
    }
  };
}

/** The period review as a section: the plan's period answer per target, as `npm run review` gives it. */
function periodReviewSection(
  {from, to, reviews}: NonNullable<ReportInputs["review"]>,
  targets: Map<string, {rule: Record<Lang, string>}>,
  lang: Lang
): ReportSection {
  const t = translator(lang);
  const heading = `${t("reportReviewSection")} ${from}–${to}`;
  const matching = reviews.filter((r) => r.period_from === from && r.period_to === to);
  if (!matching.length) {
    const periods = [...new Set(reviews.map((r) => `${r.period_from}–${r.period_to}`))].join(", ") || "–";
    return {heading, blocks: [{kind: "paragraph", text: `${t("reportReviewOtherPeriod")} ${periods}.`}]};
  }
  return {
    heading,
    blocks: [
      {
        kind: "table",
        table: {
          caption: t("reviewTitle"),
          columns: [
            t("indicator"),
            t("reviewAnswer"),
            t("reviewRequired"),
            t("reviewYearsMissed"),
            t("statusLabel"),
            t("howComputed")
          ],
          rowHeaders: true,
          rows: matching.map((r) => {
            const cells = reviewCells(r, lang);
            return [
              `${translateDynamic(lang, "indicator", r.indicator)} — ${targets.get(`${r.plan_id}|${r.target_id}`)?.rule[lang] ?? ""}`,
              cells.answer,
              cells.required,
              cells.missed,
              translateDynamic(lang, "status", r.status),
              explainReview(r, lang)
            ];
          })
        }
      }
    ]
  };
}

/** Every abbreviation written out at its first use, walking the report's texts in reading order. */
function spellOutAbbreviations(model: ReportModel): ReportModel {
  const spell = abbreviationSpeller(model.lang);
  const table = (tb: ReportTable): ReportTable => ({
    caption: spell(tb.caption),
    columns: tb.columns.map(spell),
    rows: tb.rows.map((row) => row.map(spell)),
    rowHeaders: tb.rowHeaders
  });
  // Header texts are names in capitals (ỦY BAN NHÂN DÂN …): the body starts at the title.
  return {
    ...model,
    title: spell(model.title),
    subtitle: spell(model.subtitle),
    planLine: spell(model.planLine),
    mapLine: model.mapLine && spell(model.mapLine),
    demoNotice: model.demoNotice && {badge: model.demoNotice.badge, text: spell(model.demoNotice.text)},
    sections: model.sections.map((section) => ({
      heading: spell(section.heading),
      blocks: section.blocks.map((block): ReportBlock => {
        if (block.kind === "paragraph") return {kind: "paragraph", text: spell(block.text)};
        if (block.kind === "table" && block.scorecard) return scorecardBlock(block.scorecard, model.lang, spell);
        if (block.kind === "table") return {kind: "table", table: table(block.table)};
        return {kind: "chart", chart: {...block.chart, title: spell(block.chart.title)}};
      })
    }))
  };
}
