// Every target of a unit's plan for one year: value with its interval, the target, the status — and,
// one click away, how the status was computed and the sentence of the plan it comes from.
import type {ScorecardRow} from "../contract/site.js";
import {explain} from "../lib/explain.js";
import {translateDynamic, translator} from "../lib/i18n.js";
import {formatIndicatorValue} from "../lib/indicator-format.js";
import type {Lang} from "../lib/locale.js";
import {tableWithHeader} from "./dataTable.js";
import {statusWithCalculation} from "./statusWithCalculation.js";

export interface ScorecardOptions {
  lang?: Lang;
  /** "plan id|target id" → the target's rule and sentence, from the plan. */
  targets: Map<string, {rule: {vi: string; en: string}; sentence: string}>;
  document?: Document;
}

export function scorecard(
  rows: ScorecardRow[],
  {lang = "vi", targets, document = globalThis.document}: ScorecardOptions
) {
  const t = translator(lang);
  const {table, body} = tableWithHeader(document, "scorecard", t("scorecardCaption"), [
    t("indicator"),
    `${t("value")} (${t("interval")})`,
    t("target"),
    t("statusLabel")
  ]);
  for (const row of rows) {
    const target = row.target_id ? targets.get(`${row.plan_id}|${row.target_id}`) : undefined;
    const tr = body.insertRow();
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent =
      translateDynamic(lang, "indicator", row.indicator) +
      (row.sector !== "ALL" ? ` (${row.sector.replaceAll("+", ", ")})` : "");
    if (target) {
      const rule = document.createElement("div");
      rule.className = "target-rule";
      rule.textContent = target.rule[lang];
      name.append(rule);
    }
    tr.append(name);
    const value = tr.insertCell();
    value.className = "number";
    value.textContent = formatIndicatorValue(row.indicator, row.value, lang);
    if (row.ci_low != null) {
      const ci = document.createElement("div");
      ci.className = "interval";
      ci.textContent = `${formatIndicatorValue(row.indicator, row.ci_low, lang)} – ${formatIndicatorValue(row.indicator, row.ci_high, lang)}`;
      value.append(ci);
    }
    const targetCell = tr.insertCell();
    targetCell.className = "number";
    targetCell.textContent = formatIndicatorValue(row.indicator, row.target_value, lang);
    tr.insertCell().append(
      statusWithCalculation(row.status, {calculation: explain(row, lang), sentence: target?.sentence, lang, document})
    );
  }
  return table;
}
