// Summaries the pages draw from the site's data, grouped with d3-array's rollups. (Not Arquero: its
// aggregates compile expressions with `new Function`, which the site's Content-Security-Policy refuses.)
import {rollups} from "d3";

export interface TimelinessRow {
  year: number;
  level: string;
  name: string;
  /** The province's name: the unit's own for a province, the one it belongs to for a district or commune. */
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
  return rollups(
    rows.filter((r) => r.year === year),
    (reports) => ({onTime: reports.filter((r) => r.on_time).length, total: reports.length}),
    (r) => r.province ?? r.name
  )
    .map(([province, {onTime, total}]) => ({province, onTime, total, share: onTime / total}))
    .sort((a, b) => a.share - b.share);
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
  return rollups(
    tasks,
    (own) => {
      const count = (status: string) => own.filter((task) => task.status[year]?.status === status).length;
      return {
        total: own.length,
        done: count("done"),
        in_progress: count("in_progress"),
        not_started: count("not_started")
      };
    },
    (task) => task.lead
  )
    .map(([agency, progress]) => ({agency, ...progress}))
    .sort((a, b) => a.agency.localeCompare(b.agency, "vi"));
}
