// DuckDB-wasm for pages that answer ad-hoc questions. Only such pages import this module: the two
// wasm builds are ~36–41 MB, so everything else renders from small precomputed files.
// Data reaches it as Arrow IPC streams, which need no DuckDB extension (Parquet would be downloaded).
import * as duckdb from "@duckdb/duckdb-wasm";

import type {CheckEngine} from "../contract/ingest/check-file.js";

export type {AsyncDuckDB} from "@duckdb/duckdb-wasm";

export async function startDuckDB(): Promise<duckdb.AsyncDuckDB> {
  // Framework rewrites these to its self-hosted copies; only the "eh" build is referenced, so the
  // other wasm build is not copied into dist. The worker must be a module worker (Framework bundles it as ESM).
  const wasm = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
  const workerUrl = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(workerUrl, {type: "module"}));
  await db.instantiate(wasm);
  await db.open({query: {castBigIntToDouble: true}});
  const connection = await db.connect();
  // Never fetch an extension from the internet.
  await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false");
  await connection.close();
  return db;
}

/** Registers an Arrow IPC stream (from a data loader) as a table. */
export async function loadArrowTable(db: duckdb.AsyncDuckDB, name: string, url: string): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const connection = await db.connect();
  try {
    await connection.insertArrowFromIPCStream(bytes, {name, create: true});
  } finally {
    await connection.close();
  }
}

/** Runs a query and returns plain row objects. */
export async function queryObjects(db: duckdb.AsyncDuckDB, sql: string): Promise<Record<string, unknown>[]> {
  const connection = await db.connect();
  try {
    const table = await connection.query(sql);
    return table.toArray().map((row) => row.toJSON());
  } finally {
    await connection.close();
  }
}

/** The ingest's checks run on one connection of this database (contract/ingest/check-rows.ts). */
export async function checkEngine(db: duckdb.AsyncDuckDB): Promise<CheckEngine> {
  const connection = await db.connect();
  return {
    run: (sql) => connection.query(sql),
    rows: async (sql) => {
      const table = await connection.query(sql);
      const names = table.schema.fields.map((field) => field.name);
      return table.toArray().map((row) => names.map((name) => row[name]));
    },
    registerText: (name, text) => db.registerFileText(name, text)
  };
}
