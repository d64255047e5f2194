// npm run withdraw -- --dataset NAME --key COLUMN=VALUE... [--reason TEXT] [--warehouse PATH]
// Withdraws the rows with that key (incidents: --key unit_code=063 --key incident_id=2) and prints them.
// Exit 0 withdrawn · 1 no row with that key (nothing changed) · 2 usage (a key missing a column included).
import {DATASET_NAMES, isDatasetName} from "../contract/ingest/datasets.js";
import {keyProblem, withdrawRows} from "../loaders/ingest/withdraw.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {warehousePath} from "../loaders/paths.js";
import {EXIT, parseCommandLine} from "./args.js";
import {runCommand} from "./failure.js";

const usage = `Cách dùng / usage: npm run withdraw -- --dataset ${DATASET_NAMES.join("|")} --key COLUMN=VALUE... [--reason TEXT] [--warehouse PATH]
  ví dụ / e.g. npm run withdraw -- --dataset incidents --key unit_code=063 --key incident_id=2 --reason "trùng vụ"`;
const {values} = parseCommandLine(
  {
    dataset: {type: "string"},
    key: {type: "string", multiple: true},
    reason: {type: "string"},
    warehouse: {type: "string"}
  },
  usage
);
const pairs = (values.key ?? []).map((pair) => pair.split(/=(.*)/s, 2));
if (!values.dataset || !isDatasetName(values.dataset) || pairs.length === 0 || pairs.some((p) => p.length < 2)) {
  console.error(usage);
  process.exit(EXIT.usage);
}
const dataset = values.dataset;
// A key without every key column (an incident number alone names no incident) is a usage error.
const problem = keyProblem(
  dataset,
  pairs.map(([name]) => name!)
);
if (problem) {
  console.error(`${problem.vi} / ${problem.en}\n\n${usage}`);
  process.exit(EXIT.usage);
}

await runCommand(async () => {
  const warehouse = await openWarehouse(warehousePath(values.warehouse));
  try {
    const rows = await withdrawRows(warehouse.connection, dataset, Object.fromEntries(pairs), values.reason);
    console.log(`Đã rút ${rows.length} dòng / withdrew ${rows.length} row(s) of ${dataset}:`);
    for (const row of rows) console.log(`  ${JSON.stringify(row)}`);
    return EXIT.ok;
  } finally {
    warehouse.close();
  }
});
