// Withdrawing rows: a duplicate incident or a row sent by mistake leaves the warehouse by its key (an
// incident: unit and incident number), in one transaction, and the withdrawal is logged with its reason.
// Loading a file that still holds the row brings it back (a correction is the latest word).
import {RefusedFile} from "../../contract/ingest/refusals.js";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";
import {quote, sqlString} from "../../contract/sql.js";
import {DATASETS, type DatasetName} from "../../contract/ingest/datasets.js";
import {maskPersonalData} from "./mask.js";

/** Deletes the rows of `dataset` with this key (every key column the dataset requires) and logs it. */
/** What is wrong with the key columns given for a withdrawal (every required key column, nothing else), or null. */
export function keyProblem(dataset: DatasetName, given: string[]): {vi: string; en: string} | null {
  const spec = DATASETS[dataset];
  const unknown = given.filter((name) => !spec.key.includes(name));
  const missing = spec.columns.filter((c) => c.required && spec.key.includes(c.name) && !given.includes(c.name));
  if (unknown.length === 0 && missing.length === 0) return null;
  const names = (list: string[]) => list.join(", ") || "—";
  return {
    vi: `Khóa của "${dataset}" gồm: ${spec.key.join(", ")} (thiếu: ${names(missing.map((c) => c.name))}; thừa: ${names(unknown)})`,
    en: `The key of "${dataset}" is: ${spec.key.join(", ")} (missing: ${names(missing.map((c) => c.name))}; not in the key: ${names(unknown)})`
  };
}

export async function withdrawRows(
  connection: DuckDBConnection,
  dataset: DatasetName,
  key: Record<string, string>,
  reason = ""
): Promise<Record<string, unknown>[]> {
  const spec = DATASETS[dataset];
  const problem = keyProblem(dataset, Object.keys(key));
  if (problem) throw new RefusedFile(problem.vi, problem.en);
  const where = spec.key
    .map((k) => (k in key ? `CAST(${quote(k)} AS VARCHAR) = ${sqlString(key[k]!)}` : `${quote(k)} IS NULL`))
    .join(" AND ");
  await connection.run("BEGIN TRANSACTION");
  try {
    const rows = await queryRows(connection, `SELECT * EXCLUDE (load_id, src_row) FROM ${dataset} WHERE ${where}`);
    if (rows.length === 0)
      throw new RefusedFile(
        `Không có dòng nào của "${dataset}" với khóa ${JSON.stringify(key)}: không rút dòng nào`,
        `No row of "${dataset}" has the key ${JSON.stringify(key)}: nothing withdrawn`
      );
    await connection.run(`DELETE FROM ${dataset} WHERE ${where}`);
    await connection.run(
      `INSERT INTO withdrawals VALUES (now()::TIMESTAMP, ${sqlString(dataset)}, ${sqlString(JSON.stringify(key))}, ${rows.length},
        ${sqlString(maskPersonalData(reason).text)}, ${sqlString(JSON.stringify(rows))})`
    );
    await connection.run("COMMIT");
    return rows;
  } catch (error) {
    await connection.run("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
