// The frame of a command about one unit (npm run indicators, npm run review): the options they share, their
// check, and the run itself — the warehouse opened read-only (a missing one refused, exit 1), years outside
// the warehouse's data refused (a usage error, not a table of nulls), the code resolved to a unit (an unknown
// one is a usage error), the body, the warehouse closed.
import type {DuckDBConnection} from "@duckdb/node-api";
import {resolveUnit, unitMode, type GeographyMode, type ResolvedUnit} from "../loaders/units/units.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {queryRows} from "../loaders/warehouse/connection.js";
import {warehousePath} from "../loaders/paths.js";
import {choiceOption, EXIT, usageError} from "./args.js";
import {runCommand} from "./failure.js";

export const UNIT_OPTIONS = {
  unit: {type: "string"},
  geography: {type: "string"},
  warehouse: {type: "string"},
  format: {type: "string", default: "table"}
} as const;

export interface UnitOptionValues {
  unit?: string;
  geography?: string;
  warehouse?: string;
  format?: string;
}

/** Checks the shared options; a missing unit or a value off the list is a usage error naming it (exit 2). */
export function checkUnitOptions(values: UnitOptionValues, usage: string): void {
  if (!values.unit) usageError({vi: "Thiếu --unit", en: "--unit is missing"}, usage);
  if (values.geography !== undefined) choiceOption("geography", values.geography, ["reported", "2025"], usage);
  choiceOption("format", values.format, ["json", "table"], usage);
}

/** The first and last year of the warehouse's dated and yearly data (null when it holds none). */
async function dataYears(connection: DuckDBConnection): Promise<{first: number | null; last: number | null}> {
  const [years] = await queryRows<{first: number | null; last: number | null}>(
    connection,
    `SELECT min("year") AS first, max("year") AS last FROM (${["incidents", "workforce", "disease_exams", "environment_monitoring", "training", "submissions"].map((d) => `SELECT "year" FROM ${d}`).join(" UNION ALL ")})`
  );
  return years!;
}

/**
 * Runs `body` for the unit the code names in the first year of `years`, and exits with its code (the body's,
 * else 0); a period that holds no year of the warehouse's data is refused, and so is an old unit asked for a
 * year after the reform (it says which new unit holds its territory), and a new one asked only for years before.
 */
export function runUnitCommand(
  values: UnitOptionValues,
  years: {from: number; to: number},
  body: (connection: DuckDBConnection, unit: ResolvedUnit, mode: GeographyMode) => Promise<number | void>
): Promise<never> {
  return runCommand(async () => {
    const warehouse = await openWarehouse(warehousePath(values.warehouse), {readOnly: true});
    try {
      const {first, last} = await dataYears(warehouse.connection);
      const asked = years.from === years.to ? `${years.from}` : `${years.from}–${years.to}`;
      if (first === null || last === null) {
        console.error(`Kho chưa có số liệu nào / the warehouse holds no data yet`);
        return EXIT.usage;
      }
      if (years.to < first || years.from > last) {
        console.error(
          `Không có số liệu năm ${asked}: số liệu trong kho từ năm ${first} đến ${last} / no data for ${asked}: the warehouse's data cover ${first}–${last}`
        );
        return EXIT.usage;
      }
      const askedMode = values.geography as GeographyMode | undefined;
      const unit = await resolveUnit(warehouse.connection, values.unit!, years.from, askedMode ?? "reported", {
        through: years.to
      });
      if (!unit) {
        console.error(`Không có đơn vị / unknown unit: ${values.unit}`);
        return EXIT.usage;
      }
      if (unit.gone) {
        console.error(`${unit.gone.vi} / ${unit.gone.en}`);
        return EXIT.usage;
      }
      if (unit.note) console.error(unit.note);
      return (await body(warehouse.connection, unit, unitMode(unit, askedMode))) ?? EXIT.ok;
    } finally {
      warehouse.close();
    }
  });
}
