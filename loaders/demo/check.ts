// Compares the demo's national yearly totals (as loaded, after rejects) with the published figures.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";

export interface TotalsCheckRow {
  year: number;
  metric: string;
  demo: number;
  published: number | null;
}

export function nationalTotalsCheck(connection: DuckDBConnection): Promise<TotalsCheckRow[]> {
  return queryRows<TotalsCheckRow>(
    connection,
    `WITH demo AS (
       UNPIVOT (
         SELECT "year", count(*)::INTEGER AS accidents, count(*) FILTER (WHERE deaths > 0)::INTEGER AS fatal_accidents,
           sum(deaths)::INTEGER AS deaths, sum(serious_injuries)::INTEGER AS serious_injuries, sum(victims)::INTEGER AS victims
         FROM incidents WHERE load_id IN (SELECT load_id FROM loads WHERE demo) GROUP BY "year")
       ON accidents, fatal_accidents, deaths, serious_injuries, victims INTO NAME metric VALUE demo)
     SELECT demo."year" AS year, demo.metric, demo.demo, n.value AS published
     FROM demo LEFT JOIN national_osh_annual n ON n.year = demo."year" AND n.scope = 'all' AND n.metric = demo.metric
     ORDER BY demo.metric, year`
  );
}
