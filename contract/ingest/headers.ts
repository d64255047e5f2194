// Finding the header row and naming its columns. Government spreadsheets put title rows and merged
// cells above the header, write labels in Vietnamese with or without diacritics, and add columns we do
// not use (STT, notes) or must not keep (victims' names, ID numbers).
import {DATASETS, DATASET_NAMES, requiredColumns, type DatasetName} from "./datasets.js";

/** The header is looked for among a sheet's first rows (title rows above it are common). */
export const HEAD_ROWS = 40;

/** "Số người chết" = "so nguoi chet" = "SỐ NGƯỜI CHẾT" = "so_nguoi_chet" → "songuoichet". */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Personal data of victims: never read into the warehouse. Matched on the normalized header.
const PERSONAL_PATTERNS = [
  /^(hovaten|hoten|ten|hotennguoibinan|hotennannhan|tennannhan|tennguoibinan|nannhan|name|fullname|victimname)$/,
  /^(ho|hova)?ten(nguoi|nan|lao)/,
  /cmnd|cccd|cancuoc|chungminh|sodinhdanh|idnumber|idcard|passport|hochieu/,
  /ngaysinh|namsinh|ngaythangnamsinh|dateofbirth|birth|dob$/,
  /dienthoai|sodt$|^sdt|phone|mobile/,
  /diachi|noio|noicutru|thuongtru|quequan|address/
];

export function isPersonalColumn(header: string): boolean {
  const normalized = normalizeHeader(header);
  return normalized.length > 0 && PERSONAL_PATTERNS.some((pattern) => pattern.test(normalized));
}

/** Every header text that names a column of a dataset, normalized, → the column's canonical name. */
function headerIndex(dataset: DatasetName): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of DATASETS[dataset].columns) {
    for (const text of [column.name, column.label, ...(column.aliases ?? [])])
      index.set(normalizeHeader(text), column.name);
  }
  return index;
}
const HEADER_INDEXES = new Map(DATASET_NAMES.map((name) => [name, headerIndex(name)]));

export interface HeaderMatch {
  dataset: DatasetName;
  /** 0-based index of the header row among the rows scanned. */
  headerRow: number;
  /** Source column position → canonical column name. */
  columns: Map<number, string>;
  /** Headers not used (row numbers, notes…), as written, and their positions. */
  ignored: string[];
  ignoredPositions: number[];
  /** Headers holding personal data: dropped on reading. */
  personal: string[];
  /** Required columns of the dataset the header lacks. */
  missingRequired: string[];
}

function matchRow(cells: string[], dataset: DatasetName): HeaderMatch & {score: number} {
  const index = HEADER_INDEXES.get(dataset)!;
  const columns = new Map<number, string>();
  const ignored: string[] = [];
  const ignoredPositions: number[] = [];
  const personal: string[] = [];
  cells.forEach((cell, position) => {
    const text = cell.trim();
    if (!text) return;
    const name = index.get(normalizeHeader(text));
    if (name && ![...columns.values()].includes(name)) columns.set(position, name);
    else if (isPersonalColumn(text)) personal.push(text);
    else (ignored.push(text), ignoredPositions.push(position));
  });
  const found = new Set(columns.values());
  const missingRequired = requiredColumns(dataset).filter((name) => !found.has(name));
  return {
    dataset,
    headerRow: 0,
    columns,
    ignored,
    ignoredPositions,
    personal,
    missingRequired,
    score: columns.size - missingRequired.length * 0.5
  };
}

/**
 * The best header among the first rows of a sheet: the row and dataset that name the most contract
 * columns. With `dataset` given, only that dataset is considered. Undefined when no row names at
 * least two columns of any dataset.
 */
export function detectHeader(rows: string[][], dataset?: DatasetName): HeaderMatch | undefined {
  let best: (HeaderMatch & {score: number}) | undefined;
  rows.forEach((cells, headerRow) => {
    for (const name of dataset ? [dataset] : DATASET_NAMES) {
      const match = matchRow(cells, name);
      if (match.columns.size < 2) continue;
      if (!best || match.score > best.score) best = {...match, headerRow};
    }
  });
  if (!best) return undefined;
  const {score: _score, ...match} = best;
  return match;
}

/** A row right under the header that only numbers the columns: (1) (2) (3)… or A B 1 2… */
export function isColumnNumberingRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => /^\(?(\d{1,2}|[A-Za-z])\)?$/.test(c));
}

/** The dataset a sheet's name designates ("incidents", "Vụ tai nạn lao động", …), if any. */
export function datasetOfSheetName(name: string): DatasetName | undefined {
  const normalized = normalizeHeader(name);
  return DATASET_NAMES.find(
    (dataset) => normalizeHeader(dataset) === normalized || normalizeHeader(DATASETS[dataset].label.vi) === normalized
  );
}

/** The row right under the header, if it only numbers the columns (1), (2)… — skipped, not rejected. */
export function numberingRowBelowHeader(rows: string[][], headerIndex: number): boolean {
  const next = rows[headerIndex + 1];
  return next !== undefined && isColumnNumberingRow(next);
}
