// A sheet of a file, staged: its cells as text in a temporary DuckDB table, one column per dataset
// column the header names, plus src_row (the row number a person sees in Excel). Readers for CSV and
// XLSX produce the same shape, so the checks and the load do not care where rows came from.
import type {DuckDBConnection} from "@duckdb/node-api";
import {quote} from "../warehouse/sql.js";
import type {DatasetName} from "./datasets.js";
import {isColumnNumberingRow, type HeaderMatch} from "./headers.js";

export interface StagedSheet {
  /** The sheet's name (XLSX), null for CSV. */
  sheet: string | null;
  dataset: DatasetName;
  header: HeaderMatch;
  /** 1-based row number of the header row. */
  headerRowNumber: number;
  stageTable: string;
  /** Data rows read below the header, blank ones included. */
  rowsRead: number;
  /** Rows below the header that are not data: blank rows and a column-numbering row. */
  skippedRows: number;
  /** The file's SHA-256 when the reader computed it on its way through. */
  sha256?: string;
}

/** Error for a file that cannot be read at all: nothing of it is loaded. */
export class RefusedFile extends Error {
  constructor(
    readonly vi: string,
    readonly en: string
  ) {
    super(en);
  }
}

let stageCounter = 0;

/** A fresh name for a sheet's staging table (or view). */
export function nextStageName(): string {
  return `stage_${++stageCounter}`;
}

/**
 * Text of the columns we do not use (STT, notes), joined: kept only to recognise a totals row
 * ("Tổng cộng" usually stands in the STT column). Personal columns are never part of it.
 */
export const OTHER_CELLS = "_other_cells";

/** Creates an empty staging table for the mapped columns of a header; returns its name and columns. */
export async function createStageTable(
  connection: DuckDBConnection,
  header: HeaderMatch
): Promise<{table: string; columns: string[]}> {
  const table = nextStageName();
  const columns = [...header.columns.values()];
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${table} (src_row BIGINT, ${columns.map((c) => `${quote(c)} VARCHAR`).join(", ")}, ${OTHER_CELLS} VARCHAR)`
  );
  return {table, columns};
}

/**
 * SQL true for rows that are not data: blank rows (every mapped cell empty) and example rows marked
 * "Ví dụ" in an unused column, as in the Excel template.
 */
export function nonDataRowSql(cells: string[], otherCells: string): string {
  const example = `(lower(trim(${otherCells})) LIKE 'ví dụ%' OR lower(trim(${otherCells})) LIKE 'example%')`;
  return `(${cells.map((c) => `NULLIF(trim(${c}), '') IS NULL`).join(" AND ")}) OR coalesce(${example}, false)`;
}

/** Removes the rows that are not data from a staging table and returns how many there were. */
export async function dropBlankRows(connection: DuckDBConnection, table: string, columns: string[]): Promise<number> {
  return (await connection.run(`DELETE FROM ${table} WHERE ${nonDataRowSql(columns.map(quote), OTHER_CELLS)}`))
    .rowsChanged;
}

/** The row right under the header, if it only numbers the columns (1), (2)… — skipped, not rejected. */
export function numberingRowBelowHeader(rows: string[][], headerIndex: number): boolean {
  const next = rows[headerIndex + 1];
  return next !== undefined && isColumnNumberingRow(next);
}
