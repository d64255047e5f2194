// The reference codes the ingest's checks join (units: unit_code, geography, level — the level names the
// reason a code is refused on the new map —, an old unit's new province and a new province's name, which the
// reason for an old province names; sectors: sector_code, section_code), as one Arrow stream for the check page's DuckDB-wasm, which splits it back into the two tables.
import {toArrowStream, withWarehouse} from "../../loaders/export/warehouse-query.js";

const rows = await withWarehouse(
  async (connection) =>
    (
      await connection.runAndReadAll(`
        SELECT 'units' AS "table", unit_code AS code, geography AS attribute, level, province_2025,
          CASE WHEN level = 'province' AND geography = '2025' THEN name END AS name FROM units
        UNION ALL SELECT 'sectors', sector_code, section_code, NULL, NULL, NULL FROM sectors`)
    ).getRowObjectsJS()
);
process.stdout.write(toArrowStream(rows as Record<string, unknown>[]));
