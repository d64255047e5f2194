// A small form for ad-hoc SQL: a labelled text area, a button, and a live region with the result table.
import {dataTable} from "./dataTable.js";

export interface SqlQueryFormOptions {
  run: (sql: string) => Promise<Record<string, unknown>[]>;
  initialSql: string;
  label: string;
  button: string;
  errorLabel: string;
  resultCaption: string;
  document?: Document;
}

export function sqlQueryForm({
  run,
  initialSql,
  label,
  button,
  errorLabel,
  resultCaption,
  document = globalThis.document
}: SqlQueryFormOptions) {
  const form = document.createElement("form");
  form.className = "sql-query";
  const id = `sql-${Math.random().toString(36).slice(2)}`;
  const labelElement = document.createElement("label");
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const textarea = document.createElement("textarea");
  textarea.id = id;
  textarea.rows = 4;
  textarea.spellcheck = false;
  textarea.value = initialSql;
  const submit = document.createElement("button");
  submit.type = "submit";
  submit.textContent = button;
  const output = document.createElement("div");
  output.setAttribute("aria-live", "polite");
  form.append(labelElement, textarea, submit, output);

  async function execute() {
    output.replaceChildren();
    try {
      const rows = await run(textarea.value);
      const columns = Object.keys(rows[0] ?? {}).map((key) => ({
        label: key,
        value: (row: Record<string, unknown>) => row[key] as string | number
      }));
      output.append(dataTable(rows, {columns, caption: `${resultCaption} (${rows.length})`, document}));
    } catch (error) {
      const message = document.createElement("p");
      message.setAttribute("role", "alert");
      message.textContent = `${errorLabel}: ${error instanceof Error ? error.message : String(error)}`;
      output.append(message);
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void execute();
  });
  void execute();
  return form;
}
