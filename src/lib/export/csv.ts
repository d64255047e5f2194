// CSV for Excel users: UTF-8 with a byte-order mark (so Excel shows Vietnamese letters), comma-separated,
// quoted where needed. The one CSV writer of the project (site downloads and `npm run rejects`).
export interface ExportColumn<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
}

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
