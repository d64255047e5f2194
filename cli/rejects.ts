// npm run rejects -- [--warehouse PATH] [--format csv|json]
// Every rejected row of the latest load of each file, with its reasons; never personal columns
// (they are dropped before anything is stored).
import {toCsv} from "../src/lib/export/csv.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {queryRows} from "../loaders/warehouse/connection.js";
import {warehousePath} from "../loaders/paths.js";
import {choiceOption, EXIT, parseCommandLine} from "./args.js";
import {runCommand} from "./failure.js";

const usage = "Cách dùng / usage: npm run rejects -- [--warehouse PATH] [--format csv|json]";
const {values} = parseCommandLine({warehouse: {type: "string"}, format: {type: "string", default: "csv"}}, usage);
choiceOption("format", values.format, ["csv", "json"], usage);

export interface RejectRecord {
  dataset: string;
  file_name: string;
  sheet: string | null;
  row: number;
  column: string;
  reason_vi: string;
  reason_en: string;
  problems: {column: string; code: string}[];
  values: Record<string, string | null>;
  load_id: number;
}

await runCommand(async () => {
  const warehouse = await openWarehouse(warehousePath(values.warehouse), {readOnly: true});
  const rows = await queryRows<Omit<RejectRecord, "problems" | "values"> & {problems: string; values: string}>(
    warehouse.connection,
    `SELECT dataset, file_name, sheet, src_row AS "row", column_name AS "column", reason_vi, reason_en, problems, raw AS "values", load_id
     FROM rejects ORDER BY file_name, sheet, src_row`
  );
  warehouse.close();
  if (values.format === "json") {
    const records: RejectRecord[] = rows.map((r) => ({
      ...r,
      problems: JSON.parse(r.problems),
      values: JSON.parse(r.values)
    }));
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  } else {
    const columns = Object.keys(rows[0] ?? {dataset: null}) as (keyof (typeof rows)[number])[];
    process.stdout.write(
      toCsv(
        rows,
        columns.map((name) => ({label: name, value: (row) => row[name]}))
      )
    );
  }
  return EXIT.ok;
});
