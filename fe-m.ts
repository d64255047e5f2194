import {unitIndicators} from "./loaders/indicators/results.js";
import {openWarehouse} from "./loaders/open-warehouse.js";
import {warehousePath} from "./loaders/paths.js";
import {compareUnits} from "./loaders/indicators/compare-units.js";
const w = await openWarehouse(warehousePath());
const r = (await unitIndicators(w.connection, {code: "00070", geography: "2025"}, 2025)).filter((x) => x.indicator === "fatal_rate" || x.indicator === "fatal_investigated");
console.log(r.map((x) => [x.indicator, x.sector, x.value, x.status, x.method, x.numerator, x.denominator, JSON.stringify(x.calculation)]));
const c = (await compareUnits(w.connection, {year: 2025, level: "commune", parent: "01"})).units.find((u) => u.unit_code === "00070");
console.log(c?.rate, c?.workers, c?.deaths);
for (const y of [2026]) { const h = (await unitIndicators(w.connection, {code: "01", geography: "2025"}, y, {mode: "2025"})).filter((x) => x.indicator === "fatal_rate"); console.log(h.map((x)=>[x.value,x.status,JSON.stringify(x.calculation)])); }
w.close();
