// Units, plans and the plan scorecards (every target of every unit's plan, every year): the overview.
import {columnar, isDemo, siteResults, sitePlans, siteUnits} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";
import {readPlans} from "../../loaders/indicators/plan-store.js";

const data = await withWarehouse(async (connection) => {
  const plans = await readPlans(connection);
  const units = await siteUnits(connection, plans);
  return {
    demo: await isDemo(connection),
    units,
    plans: sitePlans(plans),
    scorecards: columnar(await siteResults(connection, units, {targetsOnly: true}))
  };
});
process.stdout.write(JSON.stringify(data));
