// Every target of a unit's plan for one year: value with its interval, the target, the status — and,
// one click away, how the status was computed and the sentence of the plan it comes from. The overview
// and the report page draw it; the report's Word table is written from the same lines.
import type {ScorecardRow} from "../contract/site.js";
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";
import {scorecardLines, type ScorecardLine, type TargetTexts} from "../lib/scorecard-lines.js";
import {tableWithHeader} from "./dataTable.js";
import {statusWithCalculation} from "./statusWithCalculation.js";

export interface ScorecardOptions {
  lang?: Lang;
  /** "plan id|target id" → the target's rule and sentence, from the plan. */
  targets: TargetTexts;
  document?: Document;
}

export function scorecard(rows: ScorecardRow[], {lang = "vi", targets, document}: ScorecardOptions) {
  return scorecardTable(scorecardLines(rows, targets, lang), {lang, document});
}

export interface ScorecardTableOptions {
  lang?: Lang;
  caption?: string;
  /** Print: every calculation shown open (a report on paper cannot be clicked). */
  expanded?: boolean;
  document?: Document;
}

export function scorecardTable(
  lines: ScorecardLine[],
  {lang = "vi", caption, expanded = false, document = globalThis.document}: ScorecardTableOptions = {}
) {
  const t = translator(lang);
  const {table, body} = tableWithHeader(document, "scorecard", caption ?? t("scorecardCaption"), [
    t("indicator"),
    `${t("value")} (${t("interval")})`,
    t("target"),
    t("statusLabel")
  ]);
  for (const line of lines) {
    const tr = body.insertRow();
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = line.indicator;
    if (line.rule) {
      const rule = document.createElement("div");
      rule.className = "target-rule";
      rule.textContent = line.rule;
      name.append(rule);
    }
    tr.append(name);
    const value = tr.insertCell();
    value.className = "number";
    value.textContent = line.value;
    if (line.interval) {
      const ci = document.createElement("div");
      ci.className = "interval";
      ci.textContent = line.interval;
      value.append(ci);
    }
    const targetCell = tr.insertCell();
    targetCell.className = "number";
    targetCell.textContent = line.target;
    const status = statusWithCalculation(line.status, {
      calculation: line.calculation,
      sentence: line.sentence ?? undefined,
      lang,
      document
    });
    if (expanded) status.querySelector("details")!.open = true;
    tr.insertCell().append(status);
  }
  return table;
}
