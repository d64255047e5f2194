// Summaries the pages draw from the site's data: group, count and pivot with Arquero (the expressions are
// parsed by Arquero, so they use its `op` functions and no optional chaining).
import {from, op} from "npm:arquero";

export interface TimelinessRow {
  year: number;
  level: string;
  name: string;
  /** The province a district or commune belongs to (its name). */
  province: string | null;
  on_time: boolean;
}

export interface ProvinceTimeliness {
  province: string;
  onTime: number;
  total: number;
  share: number;
}

/** Reports on time per province in one year (a province's own report and its units' together), worst first. */
export function timelinessByProvince(rows: TimelinessRow[], year: number): ProvinceTimeliness[] {
  return from(rows)
    .params({year})
    .filter((d: TimelinessRow, $: {year: number}) => d.year === $.year)
    .derive({province: (d: TimelinessRow) => (d.level === "province" ? d.name : d.province == null ? "–" : d.province)})
    .groupby("province")
    .rollup({onTime: (d: TimelinessRow) => op.sum(d.on_time ? 1 : 0), total: () => op.count()})
    .derive({share: (d: ProvinceTimeliness) => d.onTime / d.total})
    .orderby("share")
    .objects() as ProvinceTimeliness[];
}

export interface PlanTask {
  lead: string;
  status: Record<string, {status: string} | undefined>;
}

export interface AgencyProgress {
  agency: string;
  total: number;
  done: number;
  in_progress: number;
  not_started: number;
}

/** Each lead agency's tasks by their status in the year (a task without one counts in the total only). */
export function tasksByAgency(tasks: PlanTask[], year: string): AgencyProgress[] {
  const statuses = tasks.map((task) => ({agency: task.lead, status: task.status[year]?.status ?? "none"}));
  const progress = from(statuses)
    .groupby("agency")
    .rollup({
      total: () => op.count(),
      done: (d: {status: string}) => op.sum(d.status === "done" ? 1 : 0),
      in_progress: (d: {status: string}) => op.sum(d.status === "in_progress" ? 1 : 0),
      not_started: (d: {status: string}) => op.sum(d.status === "not_started" ? 1 : 0)
    })
    .objects() as AgencyProgress[];
  return progress.sort((a, b) => a.agency.localeCompare(b.agency, "vi"));
}
