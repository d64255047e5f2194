// A plans sheet as officers write it: a plan's own cells (id, title, unit, period…) on its first target
// row only. Before the checks, a blank plan_id continues the plan above, and a blank plan-level cell
// takes the value written above it in the same plan, so every target row is complete on its own.
import type {DuckDBConnection} from "@duckdb/node-api";
import {quote} from "../../contract/sql.js";
import {PLAN_COLUMNS} from "../../contract/ingest/datasets.js";
import {nextStageName, type StagedSheet} from "./stage.js";

/** Replaces the sheet's staging table by one whose blank plan-level cells are carried down. */
export async function carryDownPlanCells(connection: DuckDBConnection, sheet: StagedSheet): Promise<void> {
  const present = new Set(sheet.header.columns.values());
  if (!present.has("plan_id")) return;
  const cell = (name: string) => `NULLIF(trim(${quote(name)}), '')`;
  const above = (name: string, partition: string) =>
    `coalesce(${cell(name)}, last_value(${cell(name)} IGNORE NULLS) OVER (${partition} ORDER BY src_row))`;
  const planCells = PLAN_COLUMNS.filter((name) => name !== "plan_id" && present.has(name)).map(
    (name) => `${above(name, "PARTITION BY plan_id")} AS ${quote(name)}`
  );
  const table = nextStageName();
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE ${table} AS
    SELECT * ${planCells.length ? `REPLACE (${planCells.join(", ")})` : ""}
    FROM (SELECT * REPLACE (${above("plan_id", "")} AS plan_id) FROM ${sheet.stageTable})`);
  sheet.stageTable = table;
}
