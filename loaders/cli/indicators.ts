// npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025]
//                        [--warehouse PATH] [--format json|table]
// Every indicator of the unit and year, its interval, the plan's target and the status with its method.
import {explain} from "../../src/lib/explain.js";
import {unitIndicators, resolveUnit} from "../indicators/unit-indicators.js";
import {openWarehouse} from "../warehouse/connection.js";
import {warehousePath} from "../paths.js";
import {EXIT, parseCommandLine} from "./args.js";

const usage =
  "Cách dùng / usage: npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025] [--warehouse PATH] [--format json|table]";
const {values} = parseCommandLine(
  {
    unit: {type: "string"},
    year: {type: "string"},
    sector: {type: "string", default: "ALL"},
    geography: {type: "string", default: "reported"},
    warehouse: {type: "string"},
    format: {type: "string", default: "table"}
  },
  usage
);
if (values.help) {
  console.log(usage);
  process.exit(EXIT.ok);
}
const year = Number(values.year);
if (
  !values.unit ||
  !/^\d{4}$/.test(values.year ?? "") ||
  !["reported", "2025"].includes(values.geography!) ||
  !["json", "table"].includes(values.format!)
) {
  console.error(usage);
  process.exit(EXIT.usage);
}
const sector = values.sector!.toUpperCase() === "ALL" ? "ALL" : values.sector!.toUpperCase();
const warehouse = await openWarehouse(warehousePath(values.warehouse), {readOnly: true});
try {
  const mode = values.geography as "reported" | "2025";
  const unit = await resolveUnit(warehouse.connection, values.unit, year, mode);
  if (!unit) {
    console.error(`Không có đơn vị / unknown unit: ${values.unit}`);
    process.exit(EXIT.usage);
  }
  if (unit.note) console.error(unit.note);
  const results = await unitIndicators(warehouse.connection, unit, year, {sector, mode});
  if (values.format === "json") {
    const explained = results.map((r) => ({...r, explanation: {vi: explain(r, "vi"), en: explain(r, "en")}}));
    process.stdout.write(`${JSON.stringify(explained, null, 2)}\n`);
  } else {
    const reason = results[0]?.plan_reason;
    console.log(
      `${unit.name} (${unit.unit_code}, ${unit.geography}) · ${year} · ${sector} · plan: ${results[0]?.plan_id ?? "–"}`
    );
    if (reason) console.log(`  ${reason.vi} / ${reason.en}`);
    console.table(
      results.map((r) => ({
        indicator: r.indicator,
        sector: r.sector,
        value: r.value == null ? null : Number(r.value.toPrecision(4)),
        ci: r.ci_low == null ? null : `${Number(r.ci_low.toPrecision(3))}–${Number(r.ci_high!.toPrecision(3))}`,
        target: r.target_value == null ? null : Number(r.target_value.toPrecision(4)),
        status: r.status,
        method: r.method
      }))
    );
  }
} finally {
  warehouse.close();
}
