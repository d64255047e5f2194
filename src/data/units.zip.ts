// Every unit's scorecard, one file per province on each map, in one archive written by one process:
// Framework serves its files as data/units/<name>.json (src/lib/unit-files.ts names them).
import {unitArchive} from "../../loaders/export/unit-shards.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";
import {zipArchive} from "../../loaders/export/zip.js";

process.stdout.write(zipArchive(await withWarehouse(unitArchive)));
