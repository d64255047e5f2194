// Plans as the engine reads them: the `plans` table of the warehouse (loaded from plans sheets through
// the ordinary ingest), each plan completed by its notes file where the project has one, plus the
// task-list plans that have no measurable target.
import type {IndicatorId} from "../../contract/indicators.js";
import type {DuckDBConnection} from "@duckdb/node-api";
import {join} from "node:path";
import {ingestFile} from "../ingest/load-file.js";
import {queryRows} from "../warehouse/connection.js";
import {plansDir, readPlanFiles, type Plan, type TargetRule} from "./plans.js";

interface PlanRow {
  plan_id: string;
  title: string;
  unit_code: string;
  geography: "pre2025" | "2025";
  unit_name: string | null;
  document: string | null;
  issued_on: string | null;
  period_from: number;
  period_to: number;
  baseline_year: number;
  report_deadline: string | null;
  target_id: string;
  /** One of INDICATOR_IDS: the plans sheet rejects any other (contract/ingest/datasets.ts). */
  indicator: IndicatorId;
  rule: string;
  comparison: string;
  value: string;
  sectors: string | null;
  sentence: string;
  file_name: string | null;
}

/** A target's rule from its sheet cells (checked on loading: rule, comparison and value are valid). */
function targetRule(row: PlanRow): TargetRule {
  const value = Number(row.value.replace(",", "."));
  if (row.rule === "annual_change")
    return {kind: "annual_change", direction: row.comparison as "decrease" | "increase", percent: value};
  // "equals 100%" is a census: the same as at least 100%.
  const comparison = row.comparison === "above" ? "above" : "at_least";
  return {kind: "share", comparison, value: value / 100};
}

export async function readPlans(connection: DuckDBConnection, directory = plansDir): Promise<Plan[]> {
  const rows = await queryRows<PlanRow>(
    connection,
    `SELECT p.* EXCLUDE (issued_on), strftime(p.issued_on, '%Y-%m-%d') AS issued_on, u.full_name AS unit_name, l.file_name
     FROM plans p LEFT JOIN units u ON u.unit_code = p.unit_code AND u.geography = p.geography
     LEFT JOIN loads l USING (load_id) ORDER BY p.plan_id, p.src_row`
  );
  const {notes, taskPlans} = readPlanFiles(directory);
  const plans = new Map<string, Plan>();
  for (const row of rows) {
    let plan = plans.get(row.plan_id);
    if (!plan) {
      // The plan's own cells are those of its first row.
      const note = notes.get(row.plan_id);
      const [day, month] = (row.report_deadline ?? "").split("/").map(Number);
      plan = {
        id: row.plan_id,
        title: row.title,
        issuer: {
          unit_code: row.unit_code,
          geography: row.unit_code === "VN" ? "any" : row.geography,
          name: note?.issuer_name ?? row.unit_name ?? row.unit_code
        },
        document: {
          number: row.document,
          date: row.issued_on ?? note?.document_date ?? "",
          kind: note?.document_kind ?? "Kế hoạch",
          ...(note?.document_note ? {note: note.document_note} : {})
        },
        source: note?.source ?? row.file_name ?? "",
        period: {from: row.period_from, to: row.period_to},
        baseline_year: row.baseline_year,
        ...(note?.baseline_note ? {baseline_note: note.baseline_note} : {}),
        ...(note?.baseline_years
          ? {baseline_years: note.baseline_years, baseline_years_note: note.baseline_years_note}
          : {}),
        report_deadline:
          day && month ? {month, day, sentence: note?.report_deadline_sentence ?? row.report_deadline!} : null,
        targets: [],
        not_expressed: note?.not_expressed ?? []
      };
      plans.set(row.plan_id, plan);
    }
    plan.targets.push({
      id: row.target_id,
      indicator: row.indicator,
      ...(row.sectors
        ? {
            sectors: row.sectors
              .toUpperCase()
              .split(/[,; ]+/)
              .filter(Boolean)
          }
        : {}),
      rule: targetRule(row),
      sentence: row.sentence
    });
  }
  return [...plans.values(), ...taskPlans].sort((a, b) => a.id.localeCompare(b.id));
}

/** The built-in plans (the six documents of the shared plans folder), as a plans sheet. */
export const BUILT_IN_PLANS = join(plansDir, "plans.csv");

/** A new warehouse gets the built-in plans through the ordinary ingest, once (an officer's plans replace them by id). */
export async function loadBuiltInPlans(connection: DuckDBConnection): Promise<void> {
  const [row] = await queryRows<{loaded: boolean}>(
    connection,
    "SELECT EXISTS (SELECT 1 FROM loads WHERE dataset = 'plans') AS loaded"
  );
  if (!row!.loaded) await ingestFile(connection, BUILT_IN_PLANS, {dataset: "plans"});
}
