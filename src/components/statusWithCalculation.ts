// A status as the scorecards show it: the word with its shape and, one click away, how it was computed and
// the sentence of the plan it answers. Shared by the yearly scorecard and the period review.
import type {ReviewStatus, Status} from "../contract/indicators.js";
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";
import {statusBadge} from "./statusBadge.js";

export function statusWithCalculation(
  status: Status | ReviewStatus,
  {
    calculation,
    sentence,
    lang = "vi",
    document = globalThis.document
  }: {calculation: string; sentence?: string; lang?: Lang; document?: Document}
): DocumentFragment {
  const t = translator(lang);
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = t("howComputed");
  const text = document.createElement("p");
  text.textContent = calculation;
  details.append(summary, text);
  if (sentence) {
    // The plan's own words, in Vietnamese whatever the page's language: said so, and marked as Vietnamese.
    const quote = document.createElement("blockquote");
    const words = Object.assign(document.createElement("q"), {lang: "vi", textContent: sentence});
    quote.append(`${t("fromDocument")}: `, words);
    details.append(quote);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(statusBadge(status, {lang, document}), details);
  return fragment;
}
