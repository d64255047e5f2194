// npm run bench:indicators: how long all indicators for every unit × year × sector take, and how that
// grows with the data (the demo warehouse, then the same with every incident counted twice).
import {indicatorResults} from "../loaders/indicators/results.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {warehousePath} from "../loaders/paths.js";

const warehouse = await openWarehouse(warehousePath(process.argv[2]), {readOnly: true});
for (const levels of [
  ["country", "province", "district"],
  ["country", "province", "district", "commune"]
] as const) {
  const started = performance.now();
  const results = [];
  for (const mode of ["reported", "2025"] as const)
    results.push(...(await indicatorResults(warehouse.connection, {mode, levels: [...levels]})));
  const seconds = (performance.now() - started) / 1000;
  const units = new Set(results.map((r) => `${r.mode}|${r.unit_code}|${r.geography}`)).size;
  const judged = results.filter((r) => !["no_target", "no_data", "not_applicable"].includes(r.status)).length;
  console.log(
    `${levels.join("+")}: ${results.length.toLocaleString("en")} indicator values (${judged.toLocaleString("en")} judged against a plan) for ${units} units × years × sectors in ${seconds.toFixed(1)} s`
  );
}
warehouse.close();
