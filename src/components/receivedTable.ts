// The unit × year matrix of one dataset: a symbol and a word per cell (received ✓, late !, missing ✗),
// the row count and report dates in the cell's tooltip. Status is never shown by colour alone.
import type {CellStatus, MatrixRow} from "../lib/received-matrix.js";
import {tableWithHeader} from "./dataTable.js";

export const STATUS_SYMBOL: Record<CellStatus, string> = {received: "✓", late: "!", missing: "✗"};

export interface ReceivedTableOptions {
  caption: string;
  unitLabel: string;
  statusText: Record<CellStatus, string>;
  /** Tooltip of a cell: rows and, when known, the report's date and deadline. */
  describe: (row: MatrixRow, cell: MatrixRow["cells"][number]) => string;
  document?: Document;
}

export function receivedTable(
  rows: MatrixRow[],
  years: number[],
  {caption, unitLabel, statusText, describe, document = globalThis.document}: ReceivedTableOptions
): HTMLTableElement {
  const {table, body} = tableWithHeader(document, "data-table received-matrix", caption, [
    unitLabel,
    ...years.map(String)
  ]);
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = `${row.unit.name} (${row.unit.unit_code})`;
    tr.append(th);
    for (const cell of row.cells) {
      const td = tr.insertCell();
      td.className = `status-${cell.status}`;
      td.title = describe(row, cell);
      const symbol = document.createElement("span");
      symbol.setAttribute("aria-hidden", "true");
      symbol.textContent = STATUS_SYMBOL[cell.status];
      const word = document.createElement("span");
      word.className = "sr-only";
      word.textContent = statusText[cell.status];
      td.append(symbol, word);
    }
  }
  return table;
}
