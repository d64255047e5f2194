// What the check page shows for a file: per sheet, the dataset recognised, the counts, every rejected
// row with its reason, the personal columns that would be dropped, the warnings; or why the file is refused.
// Text is set as text, never as HTML: cells of the officer's file cannot inject markup.
import {dataTable} from "./dataTable.js";
import {paged, type PagedOptions} from "./pagedTable.js";
import type {SheetCheck} from "../contract/ingest/check-file.js";
import {DATASETS} from "../contract/ingest/datasets.js";
import {columnText} from "../contract/ingest/messages.js";
import type {MessageKey} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";

export interface FileCheckText {
  t: (key: MessageKey) => string;
  lang: Lang;
  integer: (n: number) => string;
  pageLabels: PagedOptions;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function summary(rows: [label: string, value: string, className?: string][]): HTMLTableElement {
  const table = element("table", undefined, "check-summary");
  const body = table.createTBody();
  for (const [label, value, className] of rows) {
    const tr = body.insertRow();
    if (className) tr.className = className;
    const th = element("th", label);
    th.scope = "row";
    tr.append(th, element("td", value));
  }
  return table;
}

export function sheetCheckView(result: SheetCheck, seconds: string, {t, lang, integer, pageLabels}: FileCheckText) {
  const label = DATASETS[result.dataset].label[lang];
  const names = (list: string[]) => (list.length ? list.join(", ") : t("none"));
  const section = element("section", undefined, "check-sheet");
  section.dataset.dataset = result.dataset;
  section.append(
    element("h2", result.sheet ? `${label} · ${result.sheet}` : label),
    summary([
      [t("dataset"), `${label} (${result.dataset})`, "check-dataset"],
      ...(result.sheet ? [[t("checkSheet"), result.sheet] as [string, string]] : []),
      [t("checkHeaderRow"), String(result.headerRow)],
      [t("rowsRead"), integer(result.rowsRead), "check-read"],
      [t("checkSkipped"), integer(result.skippedRows)],
      [t("accepted"), integer(result.accepted), "check-accepted"],
      [t("rejected"), integer(result.rejects.length), "check-rejected"],
      [t("personalDropped"), names(result.personalColumnsDropped), "check-personal"],
      [t("checkIgnored"), names(result.ignoredColumns)],
      [t("checkMissing"), names(result.missingRequiredColumns)],
      [t("checkElapsed"), seconds]
    ]),
    element("h3", t("checkRejectsTitle")),
    result.rejects.length
      ? paged(
          result.rejects,
          (rows) =>
            dataTable(rows, {
              caption: t("checkRejectsTitle"),
              columns: [
                {label: t("row"), value: (r) => r.srcRow, format: String},
                {label: t("column"), value: (r) => columnText(result.dataset, r.column)[lang]},
                {label: t("reason"), value: (r) => r.reason[lang]}
              ]
            }),
          pageLabels
        )
      : element("p", t("checkNoRejects")),
    element("h3", t("checkWarningsTitle")),
    result.warnings.length
      ? dataTable(result.warnings, {
          caption: t("checkWarningsTitle"),
          columns: [
            {label: t("reason"), value: (w) => w.text[lang]},
            {label: t("rows"), value: (w) => w.count, format: integer}
          ]
        })
      : element("p", t("checkNoWarnings")),
    element("p", t("checkHistoryNote"))
  );
  return section;
}

/** A refused file, or one that could not be checked: the reason, never a stack trace. */
export function refusedView(reason: string, {t}: Pick<FileCheckText, "t">): HTMLElement {
  const box = element("div", undefined, "check-refused");
  box.setAttribute("role", "alert");
  box.append(element("h2", t("checkRefused")), element("p", reason));
  return box;
}
