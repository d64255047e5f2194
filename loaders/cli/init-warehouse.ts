// Creates the warehouse (schema and reference data) if it does not exist yet; prints where it is.
import {openWarehouse} from "../warehouse/connection.js";

const warehouse = await openWarehouse();
warehouse.close();
console.error(`warehouse ready: ${warehouse.path}`);
