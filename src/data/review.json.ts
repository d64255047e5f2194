// The period review of every unit's plan over its period (tổng kết giai đoạn): the review page and report.
import {columnar, siteReviews, siteUnits} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(
  JSON.stringify(columnar(await withWarehouse(async (connection) => siteReviews(connection, await siteUnits(connection)))))
);
