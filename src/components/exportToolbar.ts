// Take a chart out: SVG and PNG with title, source, date and the demo mark burned in; the table behind
// it as CSV (for programs: "." decimals at full precision, UTF-8 with BOM; see lib/export/csv.ts) and XLSX
// (for Excel: numbers shown in the reader's locale); both carry the source line and notes, the CSV as a
// last column (so every row still parses as the header says), the XLSX as lines under the table.
import {toCsv, type ExportColumn} from "../lib/export/csv.js";
import {chartSvgFile, type ChartFileText} from "../lib/export/chart-svg.js";
import {download, pageFontCss, svgToPng} from "../lib/export/download.js";
import {toXlsx} from "../lib/export/xlsx.js";
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";

export interface ExportOptions<T> {
  /** The chart element (Plot figure or svg) to export. */
  chart: Element;
  text: ChartFileText;
  rows: T[];
  columns: ExportColumn<T>[];
  /** File name without extension (ASCII). */
  filename: string;
  /** The embed page's URL for this chart, relative to the site. */
  embedPath?: string;
  lang?: Lang;
  document?: Document;
}

export function exportToolbar<T>({
  chart,
  text,
  rows,
  columns,
  filename,
  embedPath,
  lang = "vi",
  document = globalThis.document
}: ExportOptions<T>) {
  const t = translator(lang);
  const toolbar = document.createElement("div");
  toolbar.className = "export-toolbar";
  toolbar.setAttribute("role", "group");
  toolbar.setAttribute("aria-label", t("downloadChart"));
  const button = (label: string, action: () => void | Promise<void>, title = "") => {
    const element = Object.assign(document.createElement("button"), {type: "button", textContent: label, title});
    element.addEventListener("click", () => void action());
    toolbar.append(element);
  };
  const svg = () => chartSvgFile(chart, text, {fontCss: pageFontCss()});
  button("SVG", () => download(svg(), "image/svg+xml", `${filename}.svg`));
  button("PNG", async () => download((await svgToPng(svg())).png, "image/png", `${filename}.png`));
  const notes = [text.source, text.date, text.demo].filter((note): note is string => Boolean(note));
  const noted: ExportColumn<T>[] = [...columns, {label: t("exportNotes"), value: () => notes.join(" · ")}];
  button("CSV", () => download(toCsv(rows, noted), "text/csv;charset=utf-8", `${filename}.csv`), t("csvHint"));
  button(
    "XLSX",
    () =>
      download(
        toXlsx(rows, columns, {title: `${text.title} — ${text.subtitle}`, notes}),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        `${filename}.xlsx`
      ),
    t("xlsxHint")
  );
  if (embedPath) {
    const details = document.createElement("details");
    const summary = Object.assign(document.createElement("summary"), {textContent: t("embed")});
    const url = new URL(embedPath, location.href).href;
    const snippet = Object.assign(document.createElement("textarea"), {
      readOnly: true,
      rows: 2,
      value: `<iframe src="${url}" width="760" height="520" style="border:0" title="${text.title.replaceAll('"', "&quot;")}"></iframe>`
    });
    snippet.setAttribute("aria-label", t("embedCode"));
    const copy = Object.assign(document.createElement("button"), {type: "button", textContent: t("copy")});
    copy.addEventListener("click", () => void navigator.clipboard?.writeText(snippet.value));
    details.append(summary, snippet, copy);
    toolbar.append(details);
  }
  return toolbar;
}
