// npm run demo -- [--warehouse PATH]
// Writes the demo input files to data/demo/, loads them, and checks the national totals against the
// ministry's published figures.
import {demoDir, warehousePath} from "../loaders/paths.js";
import {loadDemo} from "../loaders/demo/load.js";
import {nationalTotalsCheck} from "../loaders/demo/check.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {parseCommandLine} from "./args.js";
import {formatFileReport} from "./report.js";

const usage = "Cách dùng / usage: npm run demo -- [--warehouse PATH]";
const {values} = parseCommandLine({warehouse: {type: "string"}}, usage);
const started = performance.now();
const warehouse = await openWarehouse(warehousePath(values.warehouse));
try {
  const {reports} = await loadDemo(warehouse.connection, demoDir);
  for (const report of reports) console.log(formatFileReport(report, false));
  const check = await nationalTotalsCheck(warehouse.connection);
  console.log("\nTổng toàn quốc (dữ liệu minh họa) so với số liệu công bố / national totals (demo) vs published:");
  console.table(check);
  console.log(`demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (check.some((row) => row.published !== null && row.demo !== row.published)) process.exitCode = 1;
} finally {
  warehouse.close();
}
