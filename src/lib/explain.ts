// Every status in plain words: the base year, the value required on the plan's path, what was
// observed, and the method — built from the numbers the engine returns, in the reader's language.
import {
  AT_RISK_MIN_EVENTS,
  MIN_EVENTS,
  PROBABILITY_RULE,
  PROGRESS_RATIO_RULE,
  type Calculation
} from "../contract/indicators.js";
import {DATASETS, type DatasetName} from "../contract/ingest/datasets.js";
import type {ExplainableResult} from "../contract/site.js";
import {translateDynamic} from "./i18n.js";
import {formatters, type Lang} from "./locale.js";

/**
 * Decimals enough that a printed number lies on the same side of every threshold as the number itself
 * (P = 0.8995 next to "on track if P ≥ 0.9" prints 0.8995, never 0.9); at least `min`.
 */
export function decisiveDigits(x: number, thresholds: readonly number[], min = 2): number {
  for (let digits = min; digits < 12; digits++) {
    const printed = Number(x.toFixed(digits));
    if (thresholds.every((t) => Math.sign(printed - t) === Math.sign(x - t))) return digits;
  }
  return 12;
}

/** The pieces of a share target's calculation, formatted. */
interface CountThreshold {
  share: string;
  sign: string;
  t: string;
  needed: string;
  n: string;
  short: string;
  lo: string;
  hi: string;
}

/** What a share target's shortfall counts, by indicator. */
const shortfallNoun = {
  vi: (indicator: string) =>
    indicator.startsWith("training_coverage")
      ? "người cần được huấn luyện"
      : ({
          exam_coverage: "người lao động cần được khám",
          monitoring_coverage: "cơ sở cần được quan trắc",
          fatal_investigated: "vụ chết người cần được điều tra",
          report_timeliness: "đơn vị cần báo cáo đúng hạn"
        }[indicator] ?? ""),
  en: (indicator: string) =>
    indicator.startsWith("training_coverage")
      ? "people to train"
      : ({
          exam_coverage: "workers to examine",
          monitoring_coverage: "facilities to monitor",
          fatal_investigated: "fatal accidents to investigate",
          report_timeliness: "units to report on time"
        }[indicator] ?? "")
};

const words = {
  vi: {
    base: "Năm gốc",
    target: "Mục tiêu",
    now: "Hiện tại",
    workers: "LĐ",
    noBase: (y: number) => `Không có số liệu năm gốc ${y}.`,
    noCurrent: (y: number) => `Không có số liệu năm ${y}.`,
    noData: "Không có số liệu (thiếu hoặc mẫu số bằng 0).",
    partialYear: {
      old_unit:
        "Địa bàn theo địa giới cũ: năm 2025 chỉ có số liệu đến 30/06/2025 (sau đó là 34 tỉnh mới), không so được với cả năm.",
      new_unit:
        "Địa bàn theo địa giới mới: số vụ tai nạn năm 2025 chỉ tính từ 01/07/2025 (trước đó là địa giới cũ), không so được với cả năm.",
      in_progress: "Năm chưa kết thúc: số liệu chưa đủ cả năm, không so được với cả năm."
    },
    personYears: (workers: string, days: number, yearDays: number, exposure: string) =>
      `Tỷ lệ tính trên số người-năm: ${workers} lao động × ${days}/${yearDays} năm = ${exposure} người-năm.`,
    noTarget: "Kế hoạch không đặt chỉ tiêu cho chỉ số này.",
    beforePlan: (y: number, b: number | null) => `Năm ${y} không sau năm gốc ${b ?? "–"}: chưa đánh giá.`,
    trend: (b: number, y: number, c: string, lo: string, hi: string, model: string) =>
      `Xu hướng Poisson log-tuyến tính ${b}–${y}: ${c}/năm (KTC 95%: ${lo} đến ${hi}; ${model})`,
    poissonModel: "Poisson, phân phối chuẩn",
    quasiModel: (phi: string, df: number) => `quasi-Poisson φ = ${phi}, phân phối t với ${df} bậc tự do`,
    ratio: (g: string, r: string, worse: string, better: string) =>
      `tỷ số tốc độ theo xu hướng ước lượng (thay đổi ÷ yêu cầu ${g}) = ${r}, từ ${worse} đến ${better} trong khoảng tin cậy`,
    trendRule:
      "đúng tiến độ nếu tỷ số ≥ 0,95 và khoảng tin cậy loại trừ 'không thay đổi'; không đạt nếu cả đầu tốt của khoảng < 0,5; có nguy cơ nếu đầu tốt < 0,95; còn lại chưa đủ bằng chứng",
    endpoint: (r: string) => `Tỷ số tiến độ SDG của LHQ (từ hai điểm đầu–cuối) để tham khảo: ${r}.`,
    probability: (p: string) => `Xác suất đi đúng lộ trình P = ${p}`,
    fewEvents: (n: number) => `chỉ có ${n} sự kiện trong năm gốc và năm nay (dưới ${MIN_EVENTS}): không kết luận`,
    probabilityRule: `đạt nếu P ≥ 0,9; không đạt nếu P ≤ 0,1; có nguy cơ nếu P < 0,5 với ít nhất ${AT_RISK_MIN_EVENTS} sự kiện; nếu không: chưa đủ bằng chứng`,
    pooledBase: (k: number) => `trung bình ${k} năm`,
    overdispersed: (phi: string, from: number, to: number) =>
      `Số đếm được chia cho φ = ${phi}, độ phân tán thừa của chuỗi ${from}–${to} của chính địa bàn (kiểm định χ², mức 5%).`,
    singleYear: (b: number, v: string, status: string, p: string) =>
      `Nếu chỉ lấy năm gốc ${b} (${v}): ${status}, P = ${p}.`,
    census: (n: number, d: number, m: number) =>
      `Mục tiêu 100% (đếm toàn bộ): ${n}/${d}, còn ${m} trường hợp chưa đạt.`,
    countThreshold: ({share, sign, t, needed, n, short, lo, hi}: CountThreshold) =>
      `${share} so với ngưỡng ${sign} ${t}: cần ${needed}/${n}; ${short}. Đây là số đếm toàn bộ (không phải mẫu) nên so trực tiếp; KTC 95% Wilson ${lo} – ${hi} chỉ mô tả tỷ lệ.`,
    met: "đạt",
    shortfall: (n: string, indicator: string) => `còn thiếu ${n} ${shortfallNoun.vi(indicator)}`,
    // accidents are dated (the half year from 01/07/2025); a yearly row is the new unit's whole year 2025
    unplaced: (n: string, dataset: string, level: string) =>
      `${n} ${dataset === "incidents" ? "vụ tai nạn báo cáo theo địa giới mới trong 6 tháng cuối năm 2025" : `dòng số liệu cả năm 2025 của bộ “${datasetLabel(dataset, "vi")}” báo cáo theo địa giới mới`} không xác định được thuộc ${level === "province" ? "tỉnh" : "huyện"} cũ nào, nên không được tính vào đây.`
  },
  en: {
    base: "Base year",
    target: "Target",
    now: "Now",
    workers: "workers",
    noBase: (y: number) => `No data for the base year ${y}.`,
    noCurrent: (y: number) => `No data for ${y}.`,
    noData: "No data (missing, or a zero denominator).",
    partialYear: {
      old_unit:
        "An old unit: its 2025 data ends on 30/06/2025 (the 34 new provinces follow), not comparable with a whole year.",
      new_unit:
        "A new-map unit: its 2025 accidents start on 01/07/2025 (the old map before), not comparable with a whole year.",
      in_progress: "The year is not over: its data are not a whole year's, not comparable with a whole one."
    },
    personYears: (workers: string, days: number, yearDays: number, exposure: string) =>
      `The rate is over person-years: ${workers} workers × ${days}/${yearDays} of a year = ${exposure} person-years.`,
    noTarget: "The plan sets no target for this indicator.",
    beforePlan: (y: number, b: number | null) => `${y} is not after the base year ${b ?? "–"}: not judged.`,
    trend: (b: number, y: number, c: string, lo: string, hi: string, model: string) =>
      `Poisson log-linear trend ${b}–${y}: ${c}/year (95% CI ${lo} to ${hi}; ${model})`,
    poissonModel: "Poisson, normal quantile",
    quasiModel: (phi: string, df: number) => `quasi-Poisson φ = ${phi}, Student's t with ${df} df`,
    ratio: (g: string, r: string, worse: string, better: string) =>
      `pace ratio on the fitted trend (change ÷ required ${g}) = ${r}, ${worse} to ${better} across the interval`,
    trendRule:
      "on track if the ratio is ≥ 0.95 and the interval excludes no change; off track if even its better end is < 0.5; at risk if its better end is < 0.95; otherwise not enough evidence",
    endpoint: (r: string) => `For reference, the UN SDG progress ratio from the two end points: ${r}.`,
    probability: (p: string) => `Probability of being on the path P = ${p}`,
    fewEvents: (n: number) => `only ${n} events in the base year and this year (fewer than ${MIN_EVENTS}): no verdict`,
    probabilityRule: `on track if P ≥ 0.9, off track if P ≤ 0.1, at risk if P < 0.5 with at least ${AT_RISK_MIN_EVENTS} events, otherwise not enough evidence`,
    pooledBase: (k: number) => `mean of ${k} years`,
    overdispersed: (phi: string, from: number, to: number) =>
      `Counts divided by φ = ${phi}, the over-dispersion of the unit's own ${from}–${to} history (χ² test at 5%).`,
    singleYear: (b: number, v: string, status: string, p: string) =>
      `With the single base year ${b} (${v}): ${status}, P = ${p}.`,
    census: (n: number, d: number, m: number) => `100% target (a census): ${n}/${d}, ${m} missed.`,
    countThreshold: ({share, sign, t, needed, n, short, lo, hi}: CountThreshold) =>
      `${share} against ${sign} ${t}: ${needed} of ${n} needed; ${short}. A count of all of them, not a sample, so it is compared directly; the 95% Wilson interval ${lo} – ${hi} only describes the rate.`,
    met: "met",
    shortfall: (n: string, indicator: string) => `${n} more ${shortfallNoun.en(indicator)}`,
    unplaced: (n: string, dataset: string, level: string) =>
      `${n} ${dataset === "incidents" ? "accidents reported on the new map in H2 2025" : `whole-year 2025 row(s) of “${datasetLabel(dataset, "en")}” reported on the new map`} could not be placed in an old ${level} and are not counted here.`
  }
};

/** A dataset by the name the upload page gives it ("Lực lượng lao động (mẫu số)"), else its id. */
function datasetLabel(dataset: string, lang: Lang): string {
  return DATASETS[dataset as DatasetName]?.label[lang] ?? dataset;
}

/** What could not be brought back to an old unit, a sentence per dataset and level. */
export function unplacedSentences(unplaced: Calculation["unplaced"], lang: Lang): string[] {
  return (unplaced ?? []).map((u) => words[lang].unplaced(formatters(lang).integer(u.records), u.dataset, u.level));
}

export function explain(result: ExplainableResult, lang: Lang): string {
  return [explainMethod(result, lang), ...unplacedSentences(result.calculation.unplaced, lang)].join(" ");
}

function explainMethod(result: ExplainableResult, lang: Lang): string {
  const w = words[lang];
  const f = formatters(lang);
  const number = (x: number | null | undefined, digits = 2) => (x == null ? "–" : f.decimal(x, digits));
  const against = (x: number | null, rule: Record<string, number>) =>
    number(x, x == null ? 2 : decisiveDigits(x, Object.values(rule)));
  const percent = (x: number | null | undefined) => (x == null ? "–" : f.percent(x));
  const c = result.calculation;
  switch (result.method) {
    case "wilson_interval":
    case "garwood_exact_poisson":
      return w.noTarget;
    case "before_plan":
      return w.beforePlan(result.year, result.baseline_year);
    case "no_baseline":
      return w.noBase(result.baseline_year ?? result.year);
    case "no_current_data":
      return w.noCurrent(result.year);
    case "partial_year":
      return [
        w.partialYear[c.part_of_year ?? "old_unit"],
        ...(c.person_years == null
          ? []
          : [
              w.personYears(f.integer(c.workers ?? 0), c.covered_days ?? 0, c.year_days ?? 0, number(c.person_years, 0))
            ])
      ].join(" ");
    case "no_data":
      return w.noData;
    case "census_misses":
      return w.census(result.numerator ?? 0, result.denominator ?? 0, c.shortfall ?? 0);
    case "count_vs_threshold":
      return w.countThreshold({
        share: `${f.integer(result.numerator ?? 0)}/${f.integer(result.denominator ?? 0)} = ${percent(result.value)}`,
        sign: c.comparison === "above" ? ">" : "≥",
        t: percent(c.threshold),
        needed: f.integer(c.needed ?? 0),
        n: f.integer(result.denominator ?? 0),
        short: c.shortfall ? w.shortfall(f.integer(c.shortfall), result.indicator) : w.met,
        lo: percent(result.ci_low),
        hi: percent(result.ci_high)
      });
  }
  // Annual-change targets: the path first, then the method.
  const g = c.required_change ?? 0;
  const years = result.year - (result.baseline_year ?? result.year);
  const counts = (n: number | null | undefined, d: number | null | undefined) =>
    n == null ? "" : d ? ` (${f.integer(n)} / ${f.integer(d)} ${w.workers})` : ` (${f.integer(n)})`;
  const pooledYears = c.baseline_first_year == null ? 0 : (result.baseline_year ?? 0) - c.baseline_first_year + 1;
  const baseLabel = pooledYears
    ? `${c.baseline_first_year}–${result.baseline_year} (${w.pooledBase(pooledYears)})`
    : `${result.baseline_year}`;
  const path =
    `${w.base} ${baseLabel}: ${number(result.baseline_value)}${counts(c.baseline_numerator, c.baseline_denominator)}. ` +
    `${w.target} ${result.year}: ${number(result.baseline_value)} × ${number(1 + g, 2)}^${years} = ${number(result.target_value)}. ` +
    `${w.now}: ${number(result.value)}${counts(result.numerator, result.denominator)}.`;
  if (result.method === "poisson_trend_interval") {
    const rule = Object.values(PROGRESS_RATIO_RULE);
    const model =
      c.degrees_of_freedom != null ? w.quasiModel(number(c.dispersion), c.degrees_of_freedom) : w.poissonModel;
    const trend = w.trend(
      result.baseline_year!,
      result.year,
      percent(c.trend_change),
      percent(c.trend_low),
      percent(c.trend_high),
      model
    );
    const ratio = w.ratio(
      percent(g),
      against(result.progress_ratio, PROGRESS_RATIO_RULE),
      number(c.ratio_worse, decisiveDigits(c.ratio_worse ?? 0, [0, ...rule])),
      number(c.ratio_better, decisiveDigits(c.ratio_better ?? 0, rule))
    );
    const endpoint = c.endpoint_ratio == null ? "" : ` ${w.endpoint(against(c.endpoint_ratio, PROGRESS_RATIO_RULE))}`;
    return `${path} ${trend}; ${ratio}; ${w.trendRule}.${endpoint}`;
  }
  const events = c.events ?? 0;
  const dispersion =
    c.dispersion == null
      ? ""
      : ` ${w.overdispersed(number(c.dispersion), c.history_first_year ?? result.year, result.year)}`;
  const single =
    c.single_year_status == null
      ? ""
      : ` ${w.singleYear(
          result.baseline_year ?? result.year,
          number(c.single_year_baseline),
          translateDynamic(lang, "status", c.single_year_status),
          against(c.single_year_probability ?? null, PROBABILITY_RULE)
        )}`;
  return `${path} ${w.probability(against(result.probability, PROBABILITY_RULE))}; ${events < MIN_EVENTS ? w.fewEvents(events) : w.probabilityRule}.${dispersion}${single}`;
}
