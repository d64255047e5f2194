import {nationalSeries} from "../../loaders/indicators/national-series.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(nationalSeries)));
