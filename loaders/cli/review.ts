// npm run review -- --unit CODE --from YYYY --to YYYY [--geography reported|2025] [--warehouse PATH]
//                    [--format json|table]
// The period review (tổng kết giai đoạn) of every target of the plan that judges the unit.
import {translateDynamic} from "../../src/lib/i18n.js";
import {explainReview} from "../../src/lib/review-text.js";
import {resolveUnit} from "../indicators/unit-indicators.js";
import {unitReview} from "../indicators/unit-review.js";
import {openWarehouse} from "../warehouse/connection.js";
import {warehousePath} from "../paths.js";
import {EXIT, parseCommandLine} from "./args.js";

const usage =
  "Cách dùng / usage: npm run review -- --unit CODE --from YYYY --to YYYY [--geography reported|2025] [--warehouse PATH] [--format json|table]";
const {values} = parseCommandLine(
  {
    unit: {type: "string"},
    from: {type: "string"},
    to: {type: "string"},
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
const from = Number(values.from);
const to = Number(values.to);
if (
  !values.unit ||
  !/^\d{4}$/.test(values.from ?? "") ||
  !/^\d{4}$/.test(values.to ?? "") ||
  from > to ||
  !["reported", "2025"].includes(values.geography!) ||
  !["json", "table"].includes(values.format!)
) {
  console.error(usage);
  process.exit(EXIT.usage);
}
const warehouse = await openWarehouse(warehousePath(values.warehouse), {readOnly: true});
try {
  const mode = values.geography as "reported" | "2025";
  // One unit over the whole period: the one the code names in the period's first year.
  const unit = await resolveUnit(warehouse.connection, values.unit, from, mode);
  if (!unit) {
    console.error(`Không có đơn vị / unknown unit: ${values.unit}`);
    process.exit(EXIT.usage);
  }
  if (unit.note) console.error(unit.note);
  const {plan, reason, reviews} = await unitReview(warehouse.connection, unit, {from, to, mode});
  if (!plan) console.error(`${unit.name}: không có kế hoạch áp dụng / no plan applies`);
  if (values.format === "json") {
    const rows = reviews.map((r) => ({
      unit_code: unit.unit_code,
      ...r,
      plan_reason: reason,
      explanation: {vi: explainReview(r, "vi"), en: explainReview(r, "en")}
    }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    console.log(`${unit.name} (${unit.unit_code}) · ${from}–${to} · ${plan ? `${plan.title} (${plan.id})` : "–"}`);
    if (reason) console.log(`  ${reason.vi} / ${reason.en}`);
    for (const r of reviews) {
      console.log(
        `\n${r.target_id} · ${r.indicator} · ${translateDynamic("vi", "status", r.status)} / ${translateDynamic("en", "status", r.status)}`
      );
      console.log(`  ${r.sentence}`);
      console.log(`  ${explainReview(r, "vi")}`);
    }
  }
} finally {
  warehouse.close();
}
