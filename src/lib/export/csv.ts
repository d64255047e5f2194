// The one CSV writer of the project (site downloads and `npm run rejects`). A CSV is for programs (R, Python,
// DuckDB, another spreadsheet's import): header first, one row per record, comma-separated, "." decimals at
// full precision, UTF-8 with a byte-order mark (so Excel still shows Vietnamese letters). No CSV opens
// right in every Excel: one set to Vietnamese reads ";" as the separator and "," as the decimal mark, so a
// locale-shaped CSV would be wrong everywhere else and lose digits. Excel users get the XLSX download
// (real numbers, shown in their own locale); the CSV stays exact and machine-readable.
export interface ExportColumn<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
  /** The number format of the column's cells in the XLSX download (an Excel code, e.g. "0" for years). */
  numberFormat?: string;
}

/** A year is a number but no quantity: 2024, never "2.024". */
export const YEAR_FORMAT = "0";

/**
 * A cell as CSV text. Text that Excel would run as a formula (=, +, -, @, tab or CR first; OWASP "CSV
 * injection") gets a leading apostrophe, so it shows as written; plain numbers stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(rows: T[], columns: ExportColumn<T>[]): string {
  const lines = [
    columns.map((c) => csvCell(c.label)).join(","),
    ...rows.map((row) => columns.map((c) => csvCell(c.value(row))).join(","))
  ];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
