// The frame of a command about one unit (npm run indicators, npm run review): the options they share, their
// check, and the run itself — the warehouse opened read-only (a missing one refused, exit 1), the code resolved
// to a unit (an unknown one is a usage error), the body, the warehouse closed.
import type {DuckDBConnection} from "@duckdb/node-api";
import {resolveUnit, type GeographyMode, type ResolvedUnit} from "../loaders/units/units.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {warehousePath} from "../loaders/paths.js";
import {EXIT} from "./args.js";
import {runCommand} from "./failure.js";

export const UNIT_OPTIONS = {
  unit: {type: "string"},
  geography: {type: "string", default: "reported"},
  warehouse: {type: "string"},
  format: {type: "string", default: "table"}
} as const;

export interface UnitOptionValues {
  unit?: string;
  geography?: string;
  warehouse?: string;
  format?: string;
}

export function validUnitOptions(values: UnitOptionValues): boolean {
  return (
    Boolean(values.unit) &&
    ["reported", "2025"].includes(values.geography ?? "") &&
    ["json", "table"].includes(values.format ?? "")
  );
}

/** Runs `body` for the unit the code names in `year`, and exits with its code. */
export function runUnitCommand(
  values: UnitOptionValues,
  year: number,
  body: (connection: DuckDBConnection, unit: ResolvedUnit, mode: GeographyMode) => Promise<void>
): Promise<never> {
  return runCommand(async () => {
    const warehouse = await openWarehouse(warehousePath(values.warehouse), {readOnly: true});
    try {
      const mode = values.geography as GeographyMode;
      const unit = await resolveUnit(warehouse.connection, values.unit!, year, mode);
      if (!unit) {
        console.error(`Không có đơn vị / unknown unit: ${values.unit}`);
        return EXIT.usage;
      }
      if (unit.note) console.error(unit.note);
      await body(warehouse.connection, unit, mode);
      return EXIT.ok;
    } finally {
      warehouse.close();
    }
  });
}
