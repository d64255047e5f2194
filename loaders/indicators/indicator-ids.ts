// The indicator ids of the data contract that a plan's target may name (the engine computes each of them;
// a unit test checks the two lists agree).
import {TRAINING_GROUPS} from "./evaluate.js";

export const INDICATOR_IDS = [
  "accidents",
  "fatal_accidents",
  "deaths",
  "serious_injuries",
  "victims",
  "fatal_rate",
  "exams",
  "exam_coverage",
  "monitored_facilities",
  "monitoring_coverage",
  "fatal_investigated",
  ...TRAINING_GROUPS.map((g) => `training_coverage_${g}`),
  "report_timeliness"
];
