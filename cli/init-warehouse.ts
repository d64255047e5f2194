// Makes sure the warehouse exists before the site is built: a new warehouse gets its reference data and,
// having no data of its own yet, the embedded demo (labelled as demo data everywhere it is shown).
import {resolve} from "node:path";
import {loadDemo} from "../loaders/demo/load.js";
import {BUILT_IN_PLANS} from "../loaders/indicators/plan-store.js";
import {demoDir, warehousePath} from "../loaders/paths.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {sqlString} from "../contract/sql.js";

const warehouse = await openWarehouse(warehousePath());
try {
  // The built-in plans, which every warehouse loads, are not data of its own.
  const loads = Number(
    (
      await warehouse.connection.runAndReadAll(
        `SELECT count(*) FROM loads WHERE file_path <> ${sqlString(resolve(BUILT_IN_PLANS))}`
      )
    ).getRows()[0]![0]
  );
  if (loads === 0) {
    const started = performance.now();
    const {reports} = await loadDemo(warehouse.connection, demoDir);
    const rows = reports.flatMap((r) => r.sheets).reduce((sum, s) => sum + s.accepted, 0);
    console.error(
      `warehouse had no data: loaded the demo (${rows} rows) in ${((performance.now() - started) / 1000).toFixed(1)} s`
    );
  }
} finally {
  warehouse.close();
}
console.error(`warehouse ready: ${warehouse.path}`);
