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

export function dataTable<T>(rows: T[], {columns, caption, document = globalThis.document}: DataTableOptions<T>) {
  const table = document.createElement("table");
  table.className = "data-table";
  const captionElement = table.createCaption();
  captionElement.textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    headRow.append(th);
  }
  const body = table.createTBody();
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
