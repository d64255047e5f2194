// Opening a DuckDB file: refusing what is no warehouse, offline and memory-capped. What a writable
// warehouse must hold (schema, reference tables, plans) is wired by the caller (loaders/open-warehouse.ts).
import {DuckDBInstance, type DuckDBConnection, type DuckDBValue} from "@duckdb/node-api";
import {closeSync, existsSync, openSync, readSync, rmSync, statSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {RefusedFile} from "../../contract/ingest/refusals.js";

export interface Warehouse {
  path: string;
  connection: DuckDBConnection;
  close(): void;
}

// Never download an extension at run time: the machine may have no internet.
const OFFLINE = {autoinstall_known_extensions: "false", autoload_known_extensions: "false"};
// DuckDB spills to disk beyond this (default: 80% of RAM), so memory does not grow with the file size.
const MEMORY = {memory_limit: process.env.OSH_MEMORY_LIMIT ?? "512MB"};

/**
 * A path that cannot be a warehouse is refused before DuckDB sees it: DuckDB opens an existing file that is
 * not a database (a CSV given to --warehouse by mistake) as an empty in-memory one, and every load into it
 * would be lost without a word.
 */
function refuseWhatIsNoWarehouse(path: string): void {
  if (!existsSync(path)) {
    if (!existsSync(dirname(resolve(path))))
      throw new RefusedFile(
        `Thư mục của kho dữ liệu không tồn tại: ${dirname(resolve(path))}`,
        `The warehouse's folder does not exist: ${dirname(resolve(path))}`
      );
    return;
  }
  if (statSync(path).isDirectory())
    throw new RefusedFile(
      `Kho dữ liệu phải là một tệp, đây là thư mục: ${path}`,
      `The warehouse must be a file; this is a folder: ${path}`
    );
  // DuckDB's file header carries "DUCK" at byte 8; an empty file is a new warehouse.
  const header = Buffer.alloc(12);
  const fd = openSync(path, "r");
  const read = readSync(fd, header, 0, 12, 0);
  closeSync(fd);
  if (read > 0 && header.subarray(8, 12).toString("latin1") !== "DUCK")
    throw new RefusedFile(
      `Tệp này không phải kho dữ liệu DuckDB (có phải tệp số liệu được đưa nhầm vào --warehouse?): ${path}`,
      `This file is not a DuckDB warehouse (a data file given to --warehouse by mistake?): ${path}`
    );
}

export async function openDatabase(
  path: string,
  {readOnly = false, prepare}: {readOnly?: boolean; prepare: (connection: DuckDBConnection) => Promise<void>}
): Promise<Warehouse> {
  // A reader never creates a warehouse: a mistyped path is said so, not answered with an empty one.
  if (readOnly && !existsSync(path)) throw new RefusedFile(`Không có kho dữ liệu: ${path}`, `No warehouse at ${path}`);
  if (path !== ":memory:") refuseWhatIsNoWarehouse(path);
  const instance = await DuckDBInstance.create(path, {
    ...OFFLINE,
    ...MEMORY,
    ...(readOnly ? {access_mode: "READ_ONLY"} : {})
  }).catch((error: Error) => {
    if (/lock/i.test(error.message))
      throw new RefusedFile(
        `Kho dữ liệu đang được một lệnh khác dùng (đang nạp?): hãy chờ lệnh đó xong rồi chạy lại (${path})`,
        `The warehouse is in use by another command (a load?): wait for it to finish and run again (${path})`
      );
    throw error;
  });
  const connection = await instance.connect();
  if (!readOnly) {
    // Holding the write lock now: what a killed process left in DuckDB's spill folder is nobody's (and
    // may hold rows of a file being loaded); it goes.
    if (path !== ":memory:") rmSync(`${path}.tmp`, {recursive: true, force: true});
    await prepare(connection);
  }
  return {
    path,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

/** Runs a query and returns plain JS rows (BIGINT as number, DATE as ISO string). */
export async function queryRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, DuckDBValue>
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as T[];
}
