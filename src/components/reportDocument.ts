// The annual report drawn from its model (lib/report/report-model.ts) as an A4-ready page: the document's
// header (issuing body, national title and motto, number, place and date), the body, then "Nơi nhận" and
// the signature block. The Word download writes the same model, so the page and the .docx agree; the
// targets are drawn by the overview's scorecard component.
import {issuerLineScale, type ReportChart, type ReportModel, type ReportTable} from "../lib/report/report-model.js";
import type {Lang} from "../lib/locale.js";
import {scorecardTable} from "./scorecard.js";
import {trendChart} from "./trendChart.js";

export interface ReportDocumentOptions {
  lang?: Lang;
  document?: Document;
  /** Draws a chart of the report (the trend chart by default). */
  drawChart?: (chart: ReportChart) => Element;
}

export function reportDocument(
  model: ReportModel,
  {lang = model.lang, document = globalThis.document, drawChart}: ReportDocumentOptions = {}
) {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const draw =
    drawChart ??
    ((chart: ReportChart) =>
      trendChart(chart.points, {indicator: chart.indicator, lang, width: 640, height: 200, document}));
  const lines = (className: string, texts: [string, string?][]) => {
    const block = element("div", className);
    for (const [text, lineClass] of texts) block.append(element("p", lineClass ?? "", text));
    return block;
  };
  const table = (data: ReportTable) => {
    const node = element("table", "report-table");
    node.createCaption().textContent = data.caption;
    const head = node.createTHead().insertRow();
    for (const label of data.columns) {
      const th = element("th", "", label);
      th.scope = "col";
      head.append(th);
    }
    const body = node.createTBody();
    for (const row of data.rows) {
      const tr = body.insertRow();
      row.forEach((value, i) => {
        if (data.rowHeaders && i === 0) {
          const th = element("th", "", value);
          th.scope = "row";
          tr.append(th);
        } else tr.insertCell().textContent = value;
      });
    }
    return node;
  };

  const {frame} = model;
  const report = element("article", "report");
  report.lang = model.lang;
  const header = element("header", "doc-frame");
  // The issuing body's lines are never broken (a unit's name stays whole): a long one is set smaller.
  const issuer = lines(
    "doc-issuer",
    frame.issuingBody.map((line): [string, string] => [line, "doc-strong doc-keep"])
  );
  for (const line of issuer.querySelectorAll("p")) {
    const scale = issuerLineScale(line.textContent ?? "");
    if (scale < 1) line.style.fontSize = `${scale.toFixed(2)}em`;
  }
  issuer.append(element("p", "", frame.number));
  header.append(
    issuer,
    lines("doc-nation", [
      [frame.nationalTitle, "doc-strong"],
      [frame.motto, "doc-motto"],
      [frame.placeDate, "doc-date"]
    ])
  );
  report.append(header, element("h1", "", model.title), element("p", "report-subtitle", model.subtitle));
  report.append(element("p", "", model.planLine));
  if (model.mapLine) report.append(element("p", "report-map", model.mapLine));
  report.append(element("p", "report-date", model.preparedOn));
  if (model.demoNotice) {
    const note = element("p", "demo-notice");
    note.append(element("strong", "demo-badge", model.demoNotice.badge), ` ${model.demoNotice.text}`);
    report.append(note);
  }
  for (const section of model.sections) {
    report.append(element("h2", "", section.heading));
    for (const block of section.blocks) {
      if (block.kind === "paragraph") report.append(element("p", "", block.text));
      else if (block.kind === "table" && block.scorecard) {
        // The overview's scorecard, every calculation open: a report on paper cannot be clicked.
        const scorecard = scorecardTable(block.scorecard, {
          lang,
          caption: block.table.caption,
          expanded: true,
          document
        });
        scorecard.classList.add("report-table");
        report.append(scorecard);
      } else if (block.kind === "table") report.append(table(block.table));
      else {
        const figure = element("figure", "report-chart");
        figure.append(element("figcaption", "", `${block.chart.title} — ${block.chart.subtitle}`), draw(block.chart));
        report.append(figure);
      }
    }
  }
  const closing = element("footer", "doc-frame");
  closing.append(
    lines("doc-recipients", [
      [frame.recipientsLabel, "doc-recipients-label"],
      ...frame.recipients.map((r): [string] => [r])
    ]),
    lines("doc-signature", [
      [frame.signatureAuthority, "doc-strong"],
      [frame.signatureRole, "doc-strong"],
      [frame.signatureNote, "doc-note"],
      [frame.signatureName, "doc-signature-name"]
    ])
  );
  report.append(closing);
  return report;
}
