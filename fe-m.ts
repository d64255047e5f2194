import {unitIndicators} from "./loaders/indicators/results.js";
import {resolveUnit} from "./loaders/units/units.js";
import {openWarehouse} from "./loaders/open-warehouse.js";
import {warehousePath} from "./loaders/paths.js";
const w = await openWarehouse(warehousePath());
for (const [code, year] of [["VN", 2024], ["VN", 2023]] as const) {
  const unit = await resolveUnit(w.connection, code, year, "reported");
  const r = (await unitIndicators(w.connection, unit!, year, {})).find((x) => x.indicator === "fatal_rate")!;
  console.log(code, year, r.denominator, r.numerator);
}
w.close();
