// The period review of a unit's plan: per target, the period's answer beside what the plan required, the
// verdict as a word with a shape, and — one click away — how it was computed and the plan's own sentence.
import type {TargetReview} from "../contract/site.js";
import {translator} from "../lib/i18n.js";
import {indicatorTitle} from "../lib/indicator-format.js";
import type {Lang} from "../lib/locale.js";
import {explainReview, reviewCells} from "../lib/review-text.js";
import {statusWithCalculation} from "./statusWithCalculation.js";

export function reviewTable(
  reviews: TargetReview[],
  {lang = "vi", rules, document = globalThis.document}: {lang?: Lang; rules: Map<string, string>; document?: Document}
) {
  const t = translator(lang);
  const table = document.createElement("table");
  table.className = "scorecard review";
  table.createCaption().textContent = `${t("reviewTitle")} ${reviews[0]?.period_from ?? ""}–${reviews[0]?.period_to ?? ""}`;
  const head = table.createTHead().insertRow();
  for (const label of [
    t("indicator"),
    t("reviewAnswer"),
    t("reviewRequired"),
    t("reviewYearsMissed"),
    t("statusLabel")
  ]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const review of reviews) {
    const cells = reviewCells(review, lang);
    const tr = body.insertRow();
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = indicatorTitle(review.indicator, review.sector, lang);
    const rule = document.createElement("div");
    rule.className = "target-rule";
    rule.textContent = rules.get(`${review.plan_id}|${review.target_id}`) ?? "";
    name.append(rule);
    tr.append(name);
    for (const text of [cells.answer, cells.required, cells.missed]) {
      const cell = tr.insertCell();
      cell.className = "number";
      cell.textContent = text;
    }
    tr.insertCell().append(
      statusWithCalculation(review.status, {
        calculation: explainReview(review, lang),
        sentence: review.sentence,
        lang,
        document
      })
    );
  }
  return table;
}
