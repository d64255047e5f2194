// The warehouse as every command and data loader opens it: a writable one gets (or keeps up to date)
// its reference tables, its schema and the built-in plans before anything else runs on it.
import {loadBuiltInPlans} from "./indicators/plan-store.js";
import {loadReferenceData} from "./reference/load.js";
import {openDatabase, type Warehouse} from "./warehouse/connection.js";
import {createSchema} from "./warehouse/schema.js";

export function openWarehouse(path: string, {readOnly = false} = {}): Promise<Warehouse> {
  return openDatabase(path, {
    readOnly,
    async prepare(connection) {
      await loadReferenceData(connection);
      await createSchema(connection);
      await loadBuiltInPlans(connection);
    }
  });
}
