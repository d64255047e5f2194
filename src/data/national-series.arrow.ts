import {nationalSeries} from "../../loaders/indicators/national-series.js";
import {toArrowStream, withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(toArrowStream((await withWarehouse(nationalSeries)) as unknown as Record<string, unknown>[]));
