// Accidents, deaths and fatal rates by sector, for the country and the provinces as reported: the 63 old
// ones to 2025, the 34 new ones from 2025.
import {sectorFacts} from "../../loaders/export/site-data.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(sectorFacts)));
