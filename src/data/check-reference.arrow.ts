// The reference codes the ingest's checks join (units: unit_code, geography, level — the level names the
// reason a code is refused on the new map; sectors: sector_code, section_code), as one Arrow stream for the check page's DuckDB-wasm, which splits it back into the two tables.
import {toArrowStream, withWarehouse} from "../../loaders/export/warehouse-query.js";

const rows = await withWarehouse(
  async (connection) =>
    (
      await connection.runAndReadAll(`
        SELECT 'units' AS "table", unit_code AS code, geography AS attribute, level FROM units
        UNION ALL SELECT 'sectors', sector_code, section_code, NULL FROM sectors`)
    ).getRowObjectsJS()
);
process.stdout.write(toArrowStream(rows as Record<string, unknown>[]));
