// Loading (or validating) files one after another as `npm run ingest` does, and the exit code of the
// data contract: 0 all rows accepted · 3 some rows rejected · 1 a file refused whole.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ingestFile, type FileReport, type IngestOptions} from "../loaders/ingest/load-file.js";
import {EXIT} from "./args.js";
import {describeFailure} from "./failure.js";
import {printFileReport} from "./report.js";

export async function ingestFiles(
  connection: DuckDBConnection,
  files: string[],
  options: IngestOptions,
  print: (report: FileReport) => void = (report) => printFileReport(report, options.dryRun ?? false)
): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) {
    // A file that fails is refused with its reason (its transaction rolled back); the others still load.
    const report = await ingestFile(connection, file, options).catch((error: unknown): FileReport => ({
      file,
      sheets: [],
      refused: describeFailure(error)
    }));
    reports.push(report);
    print(report);
  }
  const refused = reports.some((r) => r.refused || r.sheets.length === 0);
  const rejected = reports.some((r) => r.sheets.some((s) => s.rejected > 0));
  return refused ? EXIT.refused : rejected ? EXIT.someRejected : EXIT.ok;
}
