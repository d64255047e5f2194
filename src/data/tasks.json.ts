// The plans' task lists (Đắk Lắk's appendix) with each task's yearly status.
import {planTasks} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse((connection) => planTasks(connection))));
