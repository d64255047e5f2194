// npm run review -- --unit CODE --from YYYY --to YYYY [--geography reported|2025] [--warehouse PATH]
//                    [--format json|table]
// The period review (tổng kết giai đoạn) of every target of the plan that judges the unit.
import {translateDynamic} from "../src/lib/i18n.js";
import {explainReview} from "../src/lib/review-text.js";
import {unitReview} from "../loaders/indicators/unit-review.js";
import {parseCommandLine, periodOption} from "./args.js";
import {UNIT_OPTIONS, checkUnitOptions, runUnitCommand} from "./unit-command.js";

const usage =
  "Cách dùng / usage: npm run review -- --unit CODE --from YYYY --to YYYY [--geography reported|2025] [--warehouse PATH] [--format json|table]";
const {values} = parseCommandLine({...UNIT_OPTIONS, from: {type: "string"}, to: {type: "string"}}, usage);
checkUnitOptions(values, usage);
const {from, to} = periodOption(values.from, values.to, usage);
// One unit over the whole period: the one the code names in the period's first year.
await runUnitCommand(values, {from, to}, async (connection, unit, mode) => {
  const {plan, reason, reviews, period, outside} = await unitReview(connection, unit, {from, to, mode});
  if (!plan)
    console.error(
      `${unit.name}: không có kế hoạch áp dụng năm nào từ ${from} đến ${to} / no plan applies in ${from}–${to}`
    );
  if (plan && outside.length) {
    const years = outside.join(", ");
    const planPeriod = `${plan.period.from}–${plan.period.to}`;
    const reviewed = `${period.from}–${period.to}`;
    console.error(
      `Năm ${years} nằm ngoài giai đoạn ${planPeriod} của kế hoạch ${plan.id}: chỉ tổng kết ${reviewed} / ` +
        `${years} lie${outside.length === 1 ? "s" : ""} outside the plan's period ${planPeriod} (${plan.id}): reviewing ${reviewed}`
    );
  }
  if (values.format === "json") {
    const rows = reviews.map((r) => ({
      unit_code: unit.code,
      ...r,
      plan_reason: reason,
      explanation: {vi: explainReview(r, "vi"), en: explainReview(r, "en")}
    }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    console.log(
      `${unit.name} (${unit.code}) · ${period.from}–${period.to} · ${plan ? `${plan.title} (${plan.id})` : "–"}`
    );
    if (reason) console.log(`  ${reason.vi} / ${reason.en}`);
    for (const r of reviews) {
      const status = `${translateDynamic("vi", "status", r.status)} / ${translateDynamic("en", "status", r.status)}`;
      console.log(`\n${r.target_id} · ${r.indicator} · ${status}`);
      console.log(`  ${r.sentence}`);
      console.log(`  ${explainReview(r, "vi")}`);
    }
  }
});
