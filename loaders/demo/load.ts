// Generates the demo files and loads them through the ordinary ingest path, marked as demo data.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ingestFile, type FileReport} from "../ingest/load-file.js";
import {generateDemo, type DemoFiles} from "./generate.js";

export async function loadDemo(
  connection: DuckDBConnection,
  directory: string
): Promise<{demo: DemoFiles; reports: FileReport[]}> {
  const demo = await generateDemo(directory);
  const reports: FileReport[] = [];
  for (const file of demo.files) reports.push(await ingestFile(connection, file, {demo: true}));
  return {demo, reports};
}
