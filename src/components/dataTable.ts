// An accessible HTML table: the data-table alternative that every chart offers. Cell text is set as
// text, never as HTML, so values from data files cannot inject markup.
export interface Column<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
  /** Formats the value for display; numbers are right-aligned. */
  format?: (value: never) => string;
}

export interface DataTableOptions<T> {
  columns: Column<T>[];
  caption: string;
  document?: Document;
}

/** An empty table with its caption and column headers; returns it and its body to fill. */
export function tableWithHeader(document: Document, className: string, caption: string, headers: string[]) {
  const table = document.createElement("table");
  table.className = className;
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const label of headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    headRow.append(th);
  }
  return {table, body: table.createTBody()};
}

export function dataTable<T>(rows: T[], {columns, caption, document = globalThis.document}: DataTableOptions<T>) {
  const {table, body} = tableWithHeader(
    document,
    "data-table",
    caption,
    columns.map((c) => c.label)
  );
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const value = column.value(row);
      const td = tr.insertCell();
      td.textContent = value == null ? "–" : column.format ? column.format(value as never) : String(value);
      if (typeof value === "number") td.style.textAlign = "right";
    }
  }
  return table;
}
