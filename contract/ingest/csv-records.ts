// CSV records as text, shared by the ingest (which reads the first rows here to find the header) and the
// check page (which reads the whole file here before DuckDB-wasm checks it).
import {HEAD_ROWS} from "./headers.js";

/** Parses complete records from text (RFC 4180 quoting). */
export function parseCsvRecords(text: string, delimiter: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') ((field += '"'), i++);
        else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) (record.push(field), (field = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      ((record = []), (field = ""));
    } else field += ch;
  }
  return records;
}

export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).slice(0, HEAD_ROWS);
  let best = ",";
  let bestScore = -1;
  for (const delimiter of [",", ";", "\t"]) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const score = counts.reduce((a, b) => a + b, 0);
    if (score > bestScore) ((best = delimiter), (bestScore = score));
  }
  return best;
}
