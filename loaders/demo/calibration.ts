// What the demo must add up to: for 2018–2024 the national totals published by the labour ministry
// (data/reference/national_osh_annual_2018_2024.csv), for 2025 and 2026 a projection marked as such;
// 2026 is the year in progress: its incidents run to 30/06/2026 (a demo loaded later has no future dates).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import {referenceDir} from "../paths.js";

export const DEMO_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
/** The first projected year; from it the yearly data are on the new map (34 provinces, 3,321 communes). */
export const PROJECTED_YEAR = 2025;
/** The year in progress: its incidents end on `until`, its totals are that share of the year's. */
export const YEAR_IN_PROGRESS = {year: 2026, until: "2026-06-30", share: 0.5};

export const CALIBRATED_METRICS = ["accidents", "fatal_accidents", "deaths", "serious_injuries", "victims"] as const;
export type CalibratedMetric = (typeof CALIBRATED_METRICS)[number];
const SPLIT_METRICS = ["fatal_accidents", "deaths", "serious_injuries"] as const;
type SplitMetric = (typeof SPLIT_METRICS)[number];

export interface YearTargets {
  year: number;
  projected: boolean;
  /** The last day of the year's incidents (the year in progress), else the year's end. */
  until: string;
  all: Record<CalibratedMetric, number>;
  /** The part with labour relations (published where the notice gives it, else the prior year's share). */
  labourRelations: Record<SplitMetric, number>;
}

/**
 * Formal workforce (compulsory social-insurance participants, millions), the denominator of the fatal
 * rate: year-end figures from Viet Nam Social Security as collected in the shared reference notes,
 * the nearest published figure where no year-end one exists (2018: 31 Oct; 2022: 30 Sep; 2024: between
 * 16.12 m in Mar 2024 and 17.07 m in Mar 2025); 2025 and 2026 projected.
 */
export const FORMAL_WORKFORCE_MILLIONS: Record<number, number> = {
  2018: 14.19,
  2019: 15.185,
  2020: 15.033,
  2021: 15.05,
  2022: 15.73,
  2023: 16.429,
  2024: 16.8,
  2025: 17.3,
  2026: 17.8
};

function published(): Map<string, number> {
  const rows = csvParse(readFileSync(join(referenceDir, "national_osh_annual_2018_2024.csv"), "utf8"));
  return new Map(rows.map((r) => [`${r.year}|${r.scope}|${r.metric}`, Number(r.value)]));
}

export function yearTargets(): YearTargets[] {
  const values = published();
  const get = (year: number, scope: string, metric: string) => values.get(`${year}|${scope}|${metric}`);
  const targets: YearTargets[] = [];
  for (const year of DEMO_YEARS.filter((y) => y < PROJECTED_YEAR)) {
    const all = Object.fromEntries(CALIBRATED_METRICS.map((m) => [m, get(year, "all", m)!])) as Record<
      CalibratedMetric,
      number
    >;
    const previous = targets.at(-1);
    const labourRelations = Object.fromEntries(
      SPLIT_METRICS.map((m) => {
        const value = get(year, "labour_relations", m);
        if (value !== undefined) return [m, value];
        const share = previous ? previous.labourRelations[m] / previous.all[m] : 0.75;
        return [m, Math.round(all[m] * share)];
      })
    ) as Record<SplitMetric, number>;
    targets.push({year, projected: false, until: `${year}-12-31`, all, labourRelations});
  }
  // 2025 and 2026: each total continues its average yearly change 2018–2024.
  const first = targets[0]!;
  const last = targets.at(-1)!;
  const span = last.year - first.year;
  for (const year of DEMO_YEARS.filter((y) => y >= PROJECTED_YEAR)) {
    const share = year === YEAR_IN_PROGRESS.year ? YEAR_IN_PROGRESS.share : 1;
    const project = (from: number, to: number, value: number) =>
      Math.round(share * value * Math.pow(to / from, (year - last.year) / span));
    const all = Object.fromEntries(
      CALIBRATED_METRICS.map((m) => [m, project(first.all[m], last.all[m], last.all[m])])
    ) as Record<CalibratedMetric, number>;
    const labourRelations = Object.fromEntries(
      SPLIT_METRICS.map((m) => [m, Math.round((all[m] * last.labourRelations[m]) / last.all[m])])
    ) as Record<SplitMetric, number>;
    targets.push({
      year,
      projected: true,
      until: year === YEAR_IN_PROGRESS.year ? YEAR_IN_PROGRESS.until : `${year}-12-31`,
      all,
      labourRelations
    });
  }
  return targets;
}
