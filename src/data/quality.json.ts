// What was loaded from which file, rejected rows and why, warnings, roll-up gaps.
import {qualityReport} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(qualityReport)));
