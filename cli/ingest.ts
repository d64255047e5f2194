// npm run ingest -- [--dataset NAME] [--warehouse PATH] FILE...
// npm run validate -- [--dataset NAME] FILE...   (the same checks; writes nothing)
// Exit 0: all rows accepted · 3: some rows rejected, the rest loaded · 1: a file refused whole · 2: usage.
import {existsSync} from "node:fs";
import {DATASET_NAMES, isDatasetName} from "../contract/ingest/datasets.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {warehousePath} from "../loaders/paths.js";
import {EXIT, parseCommandLine} from "./args.js";
import {runCommand} from "./failure.js";
import {ingestFiles} from "./ingest-files.js";

const validateOnly = process.argv.includes("--validate-only");
const command = validateOnly ? "validate" : "ingest";
const usage = `Cách dùng / usage: npm run ${command} -- [--dataset ${DATASET_NAMES.join("|")}]${validateOnly ? "" : " [--warehouse PATH]"} FILE...`;
const {values, positionals} = parseCommandLine(
  {dataset: {type: "string"}, warehouse: {type: "string"}, "validate-only": {type: "boolean"}, demo: {type: "boolean"}},
  usage
);
if (positionals.length === 0 || (values.dataset !== undefined && !isDatasetName(values.dataset))) {
  console.error(
    values.dataset !== undefined ? `Không có bộ dữ liệu / unknown dataset "${values.dataset}"\n${usage}` : usage
  );
  process.exit(EXIT.usage);
}
const missing = positionals.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`Không tìm thấy tệp / file not found: ${missing.join(", ")}`);
  process.exit(EXIT.usage);
}

// Validation reads the warehouse (to say what would be replaced) through a throwaway copy of nothing:
// an in-memory database with the same reference data, so it never writes.
await runCommand(async () => {
  const warehouse = validateOnly
    ? await openWarehouse(":memory:")
    : await openWarehouse(warehousePath(values.warehouse));
  try {
    return await ingestFiles(warehouse.connection, positionals, {
      dataset: values.dataset as never,
      dryRun: validateOnly,
      demo: values.demo
    });
  } finally {
    warehouse.close();
  }
});
