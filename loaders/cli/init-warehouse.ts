// Makes sure the warehouse exists before the site is built: a new warehouse gets its reference data and,
// having no data of its own yet, the embedded demo (labelled as demo data everywhere it is shown).
import {resolve} from "node:path";
import {loadDemo} from "../demo/load.js";
import {BUILT_IN_PLANS} from "../indicators/plan-store.js";
import {demoDir} from "../paths.js";
import {openWarehouse} from "../warehouse/connection.js";
import {sqlString} from "../../src/lib/sql.js";

const warehouse = await openWarehouse();
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
