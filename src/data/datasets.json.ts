// The input datasets' columns (labels, canonical names, required), for the data-loading help page;
// a plan's indicator column lists the ids it accepts.
import {DATASETS, DATASET_NAMES} from "../contract/ingest/datasets.js";
import {INDICATOR_IDS} from "../contract/indicators.js";

process.stdout.write(
  JSON.stringify(
    DATASET_NAMES.map((name) => ({
      name,
      label: DATASETS[name].label,
      columns: DATASETS[name].columns.map(({name: column, label, required}) => ({
        name: column,
        label,
        required,
        ...(name === "plans" && column === "indicator" ? {values: INDICATOR_IDS} : {})
      }))
    }))
  )
);
