// Rows of each dataset per province, district and year: the data-quality page's "who sent what" matrix.
import {receivedCounts} from "../../loaders/export/received.js";
import {withWarehouse} from "../../loaders/export/warehouse-query.js";

process.stdout.write(JSON.stringify(await withWarehouse(receivedCounts)));
