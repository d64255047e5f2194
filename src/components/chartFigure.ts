// A chart as the pages show it: its caption, the chart, the download and embed toolbar, the data table
// behind it and links onward — or, on the embed page, the chart alone with its title and source line.
import {chartText} from "../lib/chart-text.js";
import type {ChartSetup} from "../lib/charts.js";
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";
import {dataTable} from "./dataTable.js";
import {exportToolbar} from "./exportToolbar.js";

export interface ChartFigureOptions {
  lang: Lang;
  /** The warehouse holds the demo: the exported files carry the demo mark. */
  demo: boolean;
  width: number;
  /** The caption: the setup's subtitle by default; `heading` writes the title as an <h2> instead. */
  caption?: string;
  heading?: boolean;
  /** Extra class names of the figure (e.g. "trend"). */
  className?: string;
  /** Show the data table under the chart (when the setup has one). */
  table?: boolean;
  links?: {href: string; text: string}[];
  document?: Document;
}

export function chartFigure<Row>(
  setup: ChartSetup<Row>,
  {
    lang,
    demo,
    width,
    caption,
    heading,
    className,
    table,
    links = [],
    document = globalThis.document
  }: ChartFigureOptions
) {
  const t = translator(lang);
  const figure = document.createElement("figure");
  figure.className = ["card", className].filter(Boolean).join(" ");
  const title = heading ? setup.title : (caption ?? setup.subtitle);
  figure.append(Object.assign(document.createElement(heading ? "h2" : "figcaption"), {textContent: title}));
  const chart = setup.draw({width, document});
  figure.append(
    chart,
    exportToolbar({
      chart,
      text: chartText({title: setup.title, subtitle: setup.subtitle, demo, lang, source: setup.source}),
      rows: setup.rows,
      columns: setup.exportColumns,
      filename: setup.filename,
      embedPath: setup.embedPath,
      lang,
      document
    })
  );
  if (table && setup.table) {
    const details = document.createElement("details");
    details.append(
      Object.assign(document.createElement("summary"), {textContent: t("dataTable")}),
      dataTable(setup.rows, {...setup.table, document})
    );
    figure.append(details);
  }
  for (const link of links)
    figure.append(Object.assign(document.createElement("a"), {href: link.href, textContent: link.text}));
  return figure;
}

/** The embed page's figure: title, subtitle, the chart and its source line (with the demo mark). */
export function embedFigure<Row>(
  setup: ChartSetup<Row>,
  {lang, demo, width, document = globalThis.document}: Pick<ChartFigureOptions, "lang" | "demo" | "width" | "document">
) {
  const t = translator(lang);
  const figure = document.createElement("figure");
  figure.className = "embed";
  const source = setup.source ?? (demo ? `${t("demoMark")} · ${t("sourceDemo")}` : t("sourceWarehouse"));
  figure.append(
    Object.assign(document.createElement("h1"), {textContent: setup.title}),
    Object.assign(document.createElement("p"), {textContent: setup.subtitle}),
    setup.draw({width, document}),
    Object.assign(document.createElement("p"), {className: "source-line", textContent: source})
  );
  return figure;
}
