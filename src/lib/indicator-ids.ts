// The indicator ids of the data contract that a plan's target may name (the engine computes each of them;
// a unit test checks the two lists agree). Here, below the loaders, so the check page reads the same list.

/** Training groups of Decree 44/2016 (1–6) and the two the plans add. */
export const TRAINING_GROUPS = ["1", "2", "3", "4", "5", "6", "first_aid", "state_officials"];

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
