// CSV for Excel users: UTF-8 with a byte-order mark (so Excel shows Vietnamese letters), comma-separated,
// quoted where needed.
export interface ExportColumn<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
}

const quoteCell = (value: string | number | null | undefined) => {
  const text = value == null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv<T>(rows: T[], columns: ExportColumn<T>[]): string {
  const lines = [
    columns.map((c) => quoteCell(c.label)).join(","),
    ...rows.map((row) => columns.map((c) => quoteCell(c.value(row))).join(","))
  ];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
