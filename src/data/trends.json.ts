// Every indicator of the site's units over the years (all sectors together): the trends page.
import {columnar, siteResults, siteUnits} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(
  JSON.stringify(columnar(await withWarehouse(async (connection) => siteResults(connection, await siteUnits(connection), {targetsOnly: false}))))
);
