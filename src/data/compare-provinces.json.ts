// Fatal rates of the provinces with funnel limits and smoothed rates, every year, both geographies.
import {dataYears, provinceComparisons} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(async (connection) => provinceComparisons(connection, await dataYears(connection)))));
