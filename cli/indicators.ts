// npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025]
//                        [--warehouse PATH] [--format json|table]
// Every indicator of the unit and year, its interval, the plan's target and the status with its method.
// Without --geography a unit is computed as the site shows it (units.ts unitMode), and the header says how.
import {explain} from "../src/lib/explain.js";
import {unitIndicators} from "../loaders/indicators/results.js";
import {queryRows} from "../loaders/warehouse/connection.js";
import {EXIT, parseCommandLine, yearOption} from "./args.js";
import {UNIT_OPTIONS, checkUnitOptions, runUnitCommand} from "./unit-command.js";
import {MODE_NAMES} from "../loaders/units/units.js";

const usage =
  "Cách dùng / usage: npm run indicators -- --unit CODE --year YYYY [--sector X] [--geography reported|2025] [--warehouse PATH] [--format json|table]";
const {values} = parseCommandLine(
  {...UNIT_OPTIONS, year: {type: "string"}, sector: {type: "string", default: "ALL"}},
  usage
);
checkUnitOptions(values, usage);
const year = yearOption("year", values.year, usage);
const sector = values.sector!.toUpperCase();
await runUnitCommand(values, {from: year, to: year}, async (connection, unit, mode) => {
  // A sector the reference table does not know is a usage error, not a table of zeros.
  const known = await queryRows<{sector_code: string}>(connection, "SELECT sector_code FROM sectors");
  if (sector !== "ALL" && !known.some((s) => s.sector_code === sector)) return unknownSector(values.sector!);
  const results = await unitIndicators(connection, unit, year, {sector, mode});
  if (values.format === "json") {
    const explained = results.map((r) => ({...r, explanation: {vi: explain(r, "vi"), en: explain(r, "en")}}));
    process.stdout.write(`${JSON.stringify(explained, null, 2)}\n`);
  } else {
    const reason = results[0]?.plan_reason;
    console.log(
      `${unit.name} (${unit.code}, ${unit.geography}) · ${year} · ${sector} · plan: ${results[0]?.plan_id ?? "–"}`
    );
    console.log(`  ${MODE_NAMES[mode].vi} / ${MODE_NAMES[mode].en}`);
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

function unknownSector(raw: string): number {
  console.error(
    `--sector: “${raw}” không phải mã ngành VSIC 2018; dùng ALL (mọi ngành), một chữ A–U (ngành cấp 1) hoặc mã 2 chữ số (ngành cấp 2, ví dụ 23) / ` +
      `--sector: “${raw}” is not a VSIC 2018 code; use ALL (every sector), a section letter A–U or a two-digit division (e.g. 23)\n\n${usage}`
  );
  return EXIT.usage;
}
