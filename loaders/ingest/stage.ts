// A sheet of a file, staged: its cells as text in a temporary DuckDB table, one column per dataset
// column the header names, plus src_row (the row number a person sees in Excel). Readers for CSV and
// XLSX produce the same shape, so the checks and the load do not care where rows came from.
import type {DuckDBConnection} from "@duckdb/node-api";
import {appendTextRows} from "../warehouse/append.js";
import {quote, sqlString} from "../../contract/sql.js";
import {DATASETS, type DatasetName} from "../../contract/ingest/datasets.js";
import type {HeaderMatch} from "../../contract/ingest/headers.js";
import {MASK, MAY_HOLD_PERSONAL_DATA_SQL, maskPersonalData} from "./mask.js";
import {nonDataRowSql, OTHER_CELLS} from "../../contract/ingest/check-rows.js";

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
  /** The table holding the cells and, per dataset column, the SQL column its cells are in (for masking). */
  cells: {table: string; columns: Map<string, string>};
}

let stageCounter = 0;

/** A fresh name for a sheet's staging table (or view). */
export function nextStageName(): string {
  return `stage_${++stageCounter}`;
}

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

/** Removes the rows that are not data from a staging table and returns how many there were. */
export async function dropBlankRows(connection: DuckDBConnection, table: string, columns: string[]): Promise<number> {
  return (await connection.run(`DELETE FROM ${table} WHERE ${nonDataRowSql(columns.map(quote), OTHER_CELLS)}`))
    .rowsChanged;
}

let maskCounter = 0;

/** Replaces, in one column of a table, each text by its masked form (pairs of original and masked text). */
export async function replaceTexts(
  connection: DuckDBConnection,
  table: string,
  column: string,
  replacements: string[][]
): Promise<number> {
  if (replacements.length === 0) return 0;
  const map = `mask_map_${++maskCounter}`;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${map} (original VARCHAR, masked VARCHAR)`);
  await appendTextRows(connection, map, replacements);
  const {rowsChanged} = await connection.run(
    `UPDATE ${table} SET ${column} = m.masked FROM ${map} m WHERE ${table}.${column} = m.original`
  );
  await connection.run(`DROP TABLE ${map}`);
  return rowsChanged;
}

/**
 * Masks personal data in the free-text columns of a staged sheet, in place, before any check or store;
 * returns how many cells were masked. DuckDB picks the distinct texts that may hold some, the patterns
 * of mask.ts decide.
 */
export async function maskFreeText(connection: DuckDBConnection, staged: StagedSheet): Promise<number> {
  const {table, columns} = staged.cells;
  let masked = 0;
  for (const spec of DATASETS[staged.dataset].columns) {
    const column = columns.get(spec.name);
    if (!spec.freeText || column === undefined) continue;
    const candidates = (
      await connection.runAndReadAll(
        `SELECT DISTINCT ${column} FROM ${table} WHERE regexp_matches(${column}, ${sqlString(MAY_HOLD_PERSONAL_DATA_SQL)})`
      )
    ).getRows();
    const identifier = spec.freeText === "identifier";
    // A record's number with personal data is refused for it: the rest of it (a name without a title
    // the patterns miss) goes too, and the mask alone is kept.
    const replacements = candidates
      .map(([text]) => [String(text), maskPersonalData(String(text), {identifier})] as const)
      .filter(([, result]) => result.masked)
      .map(([text, result]) => [text, identifier ? MASK : result.text]);
    masked += await replaceTexts(connection, table, column, replacements);
  }
  return masked;
}
