// The real national series 2018–2024 as published by the labour ministry, one row per year and
// scope, each figure with its source.
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/connection.js";

export interface NationalSeriesRow {
  year: number;
  scope: "all" | "labour_relations" | "no_labour_contract";
  metric: string;
  value: number;
  value_status: string;
  source_document: string;
  source_url: string;
}

export function nationalSeries(connection: DuckDBConnection): Promise<NationalSeriesRow[]> {
  return queryRows<NationalSeriesRow>(
    connection,
    `SELECT year, scope, metric, value, value_status, source_document, source_url
     FROM national_osh_annual ORDER BY year, scope, metric`
  );
}
