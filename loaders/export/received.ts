// Which unit has sent what: rows of each dataset per province and district (a unit's own rows plus those
// of the units inside it) and year, on each map. The data-quality page turns these counts and the report
// dates into received / late / missing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {DATASETS, DATASET_NAMES} from "../../contract/ingest/datasets.js";
import {queryRows} from "../warehouse/connection.js";
import {columnar} from "./site-data.js";

export interface ReceivedUnit {
  unit_code: string;
  geography: "pre2025" | "2025";
  level: "province" | "district";
  name: string;
  province_code: string;
}

// Yearly records only: a plan is a document, not something a unit sends each year.
const RECEIVED = DATASET_NAMES.filter((d) => DATASETS[d].timeColumn !== "period_from");

export async function receivedCounts(connection: DuckDBConnection) {
  const perDataset = RECEIVED.map(
    (d) => `SELECT '${d}' AS dataset, unit_code, geography, "year", count(*) AS n FROM ${d} GROUP BY ALL`
  ).join(" UNION ALL ");
  const units = await queryRows<ReceivedUnit>(
    connection,
    `SELECT unit_code, geography, level, name, province_code FROM units
     WHERE level = 'province' OR (level = 'district' AND geography = 'pre2025') ORDER BY geography, unit_code`
  );
  // A row counts for its own unit, its district and its province (never twice for one unit: a unit is
  // either the row's own unit, its district, or its province).
  const cells = await queryRows<{unit_code: string; geography: string; year: number; dataset: string; rows: number}>(
    connection,
    `WITH data AS (${perDataset}),
     placed AS (SELECT d.*, u.level, u.province_code, u.district_code FROM data d
       JOIN units u ON u.unit_code = d.unit_code AND u.geography = d.geography)
     SELECT unit_code, geography, "year" AS year, dataset, sum(n)::INTEGER AS rows FROM (
       SELECT province_code AS unit_code, geography, "year", dataset, n FROM placed WHERE province_code IS NOT NULL
       UNION ALL
       SELECT district_code, geography, "year", dataset, n FROM placed WHERE district_code IS NOT NULL
     ) GROUP BY ALL ORDER BY ALL`
  );
  // Compact for the page: per dataset and unit ("code|map"), the row count of each year (0 = none).
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const counts: Record<string, Record<string, number[]>> = {};
  for (const c of cells) {
    const perUnit = (counts[c.dataset] ??= {});
    (perUnit[`${c.unit_code}|${c.geography}`] ??= years.map(() => 0))[years.indexOf(c.year)] = c.rows;
  }
  return {datasets: RECEIVED, years, units: columnar(units), counts};
}
