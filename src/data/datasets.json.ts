// The input datasets' columns (labels, canonical names, required), for the data-loading help page.
import {DATASETS, DATASET_NAMES} from "../lib/ingest/datasets.js";

process.stdout.write(
  JSON.stringify(
    DATASET_NAMES.map((name) => ({
      name,
      label: DATASETS[name].label,
      columns: DATASETS[name].columns.map(({name, label, required}) => ({name, label, required}))
    }))
  )
);
