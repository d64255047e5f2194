// Accidents, deaths and fatal rates by sector, for the country and the 63 provinces as reported.
import {sectorFacts} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(sectorFacts)));
