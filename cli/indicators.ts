// npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025]
//                        [--warehouse PATH] [--format json|table]
// Every indicator of the unit and year, its interval, the plan's target and the status with its method.
import {explain} from "../src/lib/explain.js";
import {unitIndicators} from "../loaders/indicators/results.js";
import {EXIT, parseCommandLine} from "./args.js";
import {UNIT_OPTIONS, runUnitCommand, validUnitOptions} from "./unit-command.js";

const usage =
  "Cách dùng / usage: npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025] [--warehouse PATH] [--format json|table]";
const {values} = parseCommandLine(
  {...UNIT_OPTIONS, year: {type: "string"}, sector: {type: "string", default: "ALL"}},
  usage
);
if (values.help) {
  console.log(usage);
  process.exit(EXIT.ok);
}
const year = Number(values.year);
if (!validUnitOptions(values) || !/^\d{4}$/.test(values.year ?? "")) {
  console.error(usage);
  process.exit(EXIT.usage);
}
const sector = values.sector!.toUpperCase() === "ALL" ? "ALL" : values.sector!.toUpperCase();
await runUnitCommand(values, year, async (connection, unit, mode) => {
  const results = await unitIndicators(connection, unit, year, {sector, mode});
  if (values.format === "json") {
    const explained = results.map((r) => ({...r, explanation: {vi: explain(r, "vi"), en: explain(r, "en")}}));
    process.stdout.write(`${JSON.stringify(explained, null, 2)}\n`);
  } else {
    const reason = results[0]?.plan_reason;
    console.log(
      `${unit.name} (${unit.code}, ${unit.geography}) · ${year} · ${sector} · plan: ${results[0]?.plan_id ?? "–"}`
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
});
