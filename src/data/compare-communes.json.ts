// Fatal rates of the communes within each new province, with funnel limits, from 2025 (the new map).
import {communeComparisons, dataYears} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(async (connection) => communeComparisons(connection, await dataYears(connection)))));
