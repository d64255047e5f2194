// Units, plans and the plan scorecards (every target of every unit's plan, every year): the overview.
import {columnar, isDemo, siteResults, sitePlans, siteUnits} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

const data = await withWarehouse(async (connection) => {
  const units = await siteUnits(connection);
  return {
    demo: await isDemo(connection),
    units,
    plans: sitePlans(),
    scorecards: columnar(await siteResults(connection, units, {targetsOnly: true}))
  };
});
process.stdout.write(JSON.stringify(data));
