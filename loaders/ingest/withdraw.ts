// Withdrawing rows: a duplicate incident or a row sent by mistake leaves the warehouse by its key (an
// incident: unit and incident number), in one transaction, and the withdrawal is logged with its reason.
// Loading a file that still holds the row brings it back (a correction is the latest word).
import {RefusedFile} from "../../contract/ingest/refusals.js";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, runSql} from "../warehouse/connection.js";
import {quote} from "../../contract/sql.js";
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
  // The key's values are bound ($key_0, …): only the column names are written into the SQL.
  const params = Object.fromEntries(spec.key.flatMap((k, i) => (k in key ? [[`key_${i}`, key[k]!]] : [])));
  const where = spec.key
    .map((k, i) => (k in key ? `CAST(${quote(k)} AS VARCHAR) = $key_${i}` : `${quote(k)} IS NULL`))
    .join(" AND ");
  await connection.run("BEGIN TRANSACTION");
  try {
    const rows = await queryRows(
      connection,
      `SELECT * EXCLUDE (load_id, src_row) FROM ${dataset} WHERE ${where}`,
      params
    );
    if (rows.length === 0)
      throw new RefusedFile(
        `Không có dòng nào của "${dataset}" với khóa ${JSON.stringify(key)}: không rút dòng nào`,
        `No row of "${dataset}" has the key ${JSON.stringify(key)}: nothing withdrawn`
      );
    await runSql(connection, `DELETE FROM ${dataset} WHERE ${where}`, params);
    await runSql(
      connection,
      "INSERT INTO withdrawals VALUES (now()::TIMESTAMP, $dataset, $key, $rows, $reason, $values)",
      {
        dataset,
        key: JSON.stringify(key),
        rows: rows.length,
        reason: maskPersonalData(reason).text,
        values: JSON.stringify(rows)
      }
    );
    await connection.run("COMMIT");
    return rows;
  } catch (error) {
    await connection.run("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
