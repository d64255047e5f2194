// The data-quality page's unit × year matrix of one dataset: has the unit sent it, and on time?
//   missing   — no row of the dataset for the unit (or the units inside it) that year, while others sent
//               some; for accidents (where none can be the true answer) only when the unit sent no report either;
//   late      — rows arrived, and the unit's annual report was submitted after its plan's deadline;
//   received  — rows arrived, and the report was on time or its date is not known.
// Only years in which some unit of the map sent the dataset are shown: before that nothing was asked.

import {parseUnitKey, unitKey, type UnitMap} from "../contract/units.js";

export type CellStatus = "received" | "late" | "missing";

/** Per dataset and unit ("code|map"), the row count of each of `years`. */
export interface ReceivedCounts {
  years: number[];
  counts: Record<string, Record<string, number[]>>;
}

/** Datasets of events: a unit with no row may have had none, so its report says whether it answered. */
const EVENT_DATASETS = new Set(["incidents"]);

export interface MatrixUnit {
  unit_code: string;
  geography: UnitMap;
  level: string;
  name: string;
  province_code: string;
}

export interface Submission {
  unit_code: string;
  geography: UnitMap;
  year: number;
  submitted_on: string;
  due: string;
  on_time: boolean;
}

export interface MatrixCell {
  year: number;
  status: CellStatus;
  rows: number;
  submission?: Submission;
}

export interface MatrixRow {
  unit: MatrixUnit;
  cells: MatrixCell[];
}

export interface MatrixFilter {
  dataset: string;
  geography: UnitMap;
  /** Blank: the provinces; a province code: that province and its districts. */
  province: string;
}

const key = (code: string, geography: UnitMap, year: number) => `${unitKey({code, geography})}|${year}`;

export function receivedMatrix(
  units: MatrixUnit[],
  received: ReceivedCounts,
  submissions: Submission[],
  {dataset, geography, province}: MatrixFilter
) {
  const ofDataset = Object.entries(received.counts[dataset] ?? {}).filter(
    ([unit]) => parseUnitKey(unit)?.geography === geography
  );
  const yearIndexes = received.years.map((_, i) => i).filter((i) => ofDataset.some(([, counts]) => counts[i]! > 0));
  const years = yearIndexes.map((i) => received.years[i]!);
  const rowsBy = new Map<string, number>(
    ofDataset.flatMap(([unit, counts]) => yearIndexes.map((i) => [`${unit}|${received.years[i]}`, counts[i]!]))
  );
  const submissionBy = new Map(submissions.map((s) => [key(s.unit_code, s.geography, s.year), s]));
  const shown = units.filter(
    (u) => u.geography === geography && (province === "" ? u.level === "province" : u.province_code === province)
  );
  const totals: Record<CellStatus, number> = {received: 0, late: 0, missing: 0};
  const rows: MatrixRow[] = shown.map((unit) => ({
    unit,
    cells: years.map((year) => {
      const count = rowsBy.get(key(unit.unit_code, geography, year)) ?? 0;
      const submission = submissionBy.get(key(unit.unit_code, geography, year));
      const answered = count > 0 || (EVENT_DATASETS.has(dataset) && submission !== undefined);
      const status: CellStatus = !answered ? "missing" : submission && !submission.on_time ? "late" : "received";
      totals[status]++;
      return {year, status, rows: count, submission};
    })
  }));
  return {years, rows, totals};
}
