// Fatal rates of the districts within each province, with funnel limits, for the years before 7/2025.
import {dataYears, districtComparisons} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(async (connection) => districtComparisons(connection, await dataYears(connection)))));
