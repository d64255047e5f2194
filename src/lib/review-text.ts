// A period review in plain words, in the reader's language: what was compared, the numbers, the rule
// that gave the answer. Shared by `npm run review`, the review page and the report.
import {unplacedSentences} from "./explain.js";
import {MIN_EVENTS, MIN_REVIEW_YEARS} from "../contract/indicators.js";
import type {ReviewYear, TargetReview} from "../contract/site.js";
import {formatIndicatorValue} from "./indicator-format.js";
import {formatters, type Lang} from "./locale.js";

const words = {
  vi: {
    base: "Năm gốc",
    mean: "(trung bình các năm)",
    end: "năm cuối có số liệu",
    excluded: (years: string, part: PartOfYear) =>
      `Không tính năm ${years}: ${
        {
          old_unit: "địa giới cũ chỉ có số liệu nửa năm (đến 30/06/2025)",
          new_unit: "địa giới mới chỉ có số liệu nửa năm (từ 01/07/2025)",
          in_progress: "năm chưa kết thúc, số liệu chưa đủ cả năm"
        }[part]
      }.`,
    trend: (from: number, to: number, events: string, change: string, low: string, high: string, dispersion: string) =>
      `Thay đổi bình quân năm (xu hướng Poisson log-tuyến tính ${from}–${to}, ${events} sự kiện${dispersion}): ${change}/năm (KTC 95%: ${low} đến ${high})`,
    dispersion: (phi: string) => `, phân tán quá mức φ = ${phi}: khoảng tin cậy nới theo √φ`,
    required: (g: string, total: string, years: number) => `yêu cầu ${g}/năm (sau ${years} năm: ${total})`,
    observed: (total: string) => `thay đổi thực tế từ năm gốc: ${total}`,
    changeRule: (g: string) =>
      `Đạt nếu cả khoảng tin cậy ở phía kế hoạch của mức ${g}/năm; không đạt nếu cả khoảng ở phía bên kia; còn lại chưa đủ bằng chứng.`,
    tooFewYears: (n: number, min: number) => `Chỉ có ${n} năm có số liệu (cần ít nhất ${min}): chưa đủ bằng chứng.`,
    tooFewEvents: (n: number, min: number) =>
      `Chỉ có ${n} sự kiện trong cả giai đoạn (dưới ${min}): chưa đủ bằng chứng.`,
    pooled: (years: string, n: string, d: string, share: string, sign: string, t: string) =>
      `Gộp ${years}: ${n}/${d} = ${share} so với ${sign} ${t} (đếm toàn bộ, không phải mẫu)`,
    met: "đạt",
    short: (k: string) => `không đạt, thiếu ${k} để đạt`,
    missed: (years: number[]) => (years.length ? `Các năm không đạt: ${years.join(", ")}.` : "Năm nào cũng đạt."),
    noData: "Không có số liệu trong giai đoạn."
  },
  en: {
    base: "Base year",
    mean: "(their mean)",
    end: "last year with data",
    excluded: (years: string, part: PartOfYear) =>
      `${years} left out: ${
        {
          old_unit: "an old unit's data covers half of it (to 30/06/2025)",
          new_unit: "a new-map unit's data covers half of it (from 01/07/2025)",
          in_progress: "the year is not over, its data are not a whole year's"
        }[part]
      }.`,
    trend: (from: number, to: number, events: string, change: string, low: string, high: string, dispersion: string) =>
      `Average annual change (log-linear Poisson trend ${from}–${to}, ${events} events${dispersion}): ${change}/year (95% CI ${low} to ${high})`,
    dispersion: (phi: string) => `, over-dispersed φ = ${phi}: interval widened by √φ`,
    required: (g: string, total: string, years: number) => `required ${g}/year (${total} over ${years} years)`,
    observed: (total: string) => `observed change from the base year: ${total}`,
    changeRule: (g: string) =>
      `Achieved when the whole interval lies on the plan's side of ${g}/year; not achieved when it lies wholly on the other side; otherwise not enough evidence.`,
    tooFewYears: (n: number, min: number) => `Only ${n} years with data (at least ${min} needed): not enough evidence.`,
    tooFewEvents: (n: number, min: number) =>
      `Only ${n} events over the period (fewer than ${min}): not enough evidence.`,
    pooled: (years: string, n: string, d: string, share: string, sign: string, t: string) =>
      `Pooled ${years}: ${n}/${d} = ${share} against ${sign} ${t} (complete counts, not a sample)`,
    met: "met",
    short: (k: string) => `not met, ${k} short`,
    missed: (years: number[]) => (years.length ? `Years missed: ${years.join(", ")}.` : "Met every year."),
    noData: "No data in the period."
  }
};

type PartOfYear = NonNullable<ReviewYear["part_of_year"]>;

/** Years as written: a run as "2021–2025", a single year alone, gaps as a list ("2021, 2023"). */
function yearList(years: {year: number}[]): string {
  const ys = years.map((y) => y.year);
  const run = ys.every((y, i) => i === 0 || y === ys[i - 1]! + 1);
  return run && ys.length > 1 ? `${ys[0]}–${ys.at(-1)}` : ys.join(", ");
}

export function explainReview(r: TargetReview, lang: Lang): string {
  const w = words[lang];
  const f = formatters(lang);
  const value = (v: number | null) => formatIndicatorValue(r.indicator, v, lang);
  // Enough digits that a printed change never seems to contradict the verdict beside it.
  const change = (v: number | null) => (v == null ? "–" : `${v > 0 ? "+" : ""}${f.percent(v, 1)}`);
  const partial = r.years.filter((y) => y.excluded === "partial_year");
  const excluded = [...new Set(partial.map((y) => y.part_of_year ?? "old_unit"))].map(
    (part) => ` ${w.excluded(yearList(partial.filter((y) => (y.part_of_year ?? "old_unit") === part)), part)}`
  );
  const unplaced = r.years.flatMap((y) => unplacedSentences(y.unplaced, lang).map((s) => ` ${y.year}: ${s}`));
  const note = excluded.join("") + unplaced.join("");
  if (r.method === "no_data") return `${w.noData}${note}`;
  if (r.rule === "share") {
    const sign = r.comparison === "above" ? ">" : "≥";
    const met = r.shortfall === 0;
    // 49.999 of 50.000 is not 100 %: more digits until the printed share cannot be read as the verdict's opposite.
    let digits = 1;
    const rounded = () => Math.round(r.pooled_value! * 10 ** (digits + 2)) / 10 ** (digits + 2);
    while (digits < 6 && !met && (r.comparison === "above" ? rounded() > r.threshold! : rounded() >= r.threshold!))
      digits++;
    const verdict = met ? w.met : w.short(f.integer(r.shortfall ?? 0));
    return `${w.pooled(yearList(r.years.filter((y) => y.excluded === null)), f.integer(r.pooled_numerator!), f.integer(r.pooled_denominator!), f.percent(r.pooled_value!, digits), sign, f.percent(r.threshold!))}: ${verdict}. ${w.missed(r.years_missed)}${note}`;
  }
  const baseYears =
    r.baseline_first_year != null
      ? `${r.baseline_first_year}–${r.baseline_year} ${w.mean}`
      : `${r.baseline_year ?? "–"}`;
  const path = `${w.base} ${baseYears}: ${value(r.baseline_value)}; ${w.end} ${r.end_year}: ${value(r.end_value)}.`;
  const years = (r.end_year ?? 0) - (r.baseline_year ?? 0);
  const required = w.required(change(r.required_annual_change), change(r.required_total_change), years);
  if (r.method === "too_few_years")
    return `${path} ${w.tooFewYears(r.years.filter((y) => y.excluded === null).length, MIN_REVIEW_YEARS)}${note}`;
  if (r.method === "too_few_events") return `${path} ${w.tooFewEvents(r.events ?? 0, MIN_EVENTS)}${note}`;
  const dispersion = (r.dispersion ?? 1) > 1 ? w.dispersion(f.decimal(r.dispersion!, 1)) : "";
  const used = r.years.filter((y) => y.excluded === null);
  return (
    `${path} ${w.trend(used[0]!.year, used.at(-1)!.year, f.integer(r.events ?? 0), change(r.average_annual_change), change(r.ci_low), change(r.ci_high), dispersion)}; ` +
    `${required}; ${w.observed(change(r.observed_total_change))}. ${w.changeRule(change(r.required_annual_change))}${note}`
  );
}

/** A review's answer in the cells of a table row: the period's value, what was required, the years missed. */
export function reviewCells(r: TargetReview, lang: Lang): {answer: string; required: string; missed: string} {
  const f = formatters(lang);
  const perYear = lang === "vi" ? "/năm" : "/year";
  const change = (v: number | null) => (v == null ? "–" : `${v > 0 ? "+" : ""}${f.percent(v, 1)}`);
  if (r.rule === "share")
    return {
      answer:
        r.pooled_value == null
          ? "–"
          : `${f.percent(r.pooled_value, 1)} (${f.integer(r.pooled_numerator!)}/${f.integer(r.pooled_denominator!)})`,
      required: `${r.comparison === "above" ? ">" : "≥"} ${f.percent(r.threshold!)}`,
      missed: r.years_missed.join(", ") || "–"
    };
  return {
    answer:
      r.average_annual_change == null
        ? "–"
        : `${change(r.average_annual_change)}${perYear} (${change(r.ci_low)} – ${change(r.ci_high)})`,
    required: `${change(r.required_annual_change)}${perYear}`,
    missed: "–"
  };
}

/** A review's years as chart points: each year's value against the plan's path (change) or threshold (share). */
export function reviewPath(r: TargetReview) {
  return r.years.map((y) => ({
    year: y.year,
    value: y.excluded === "partial_year" ? null : y.value,
    ci_low: null,
    ci_high: null,
    target_value:
      r.rule === "share"
        ? r.threshold
        : r.baseline_value == null || r.baseline_year == null
          ? null
          : r.baseline_value * (1 + r.required_annual_change!) ** (y.year - r.baseline_year)
  }));
}
