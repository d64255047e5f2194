// Reads the {columns, rows} form the data loaders write (keys once, then arrays) back into objects.
export interface ColumnarTable {
  columns: string[];
  rows: unknown[][];
}

export function fromColumnar<T>(table: ColumnarTable): T[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])) as T);
}
