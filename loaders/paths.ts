// Where things live on disk, resolved from the project root so loaders work from any working directory.
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const referenceDir = join(projectRoot, "data/reference");
export const demoDir = join(projectRoot, "data/demo");

/** The warehouse file: `--warehouse`, else $OSH_WAREHOUSE, else data/warehouse.duckdb. */
export function warehousePath(explicit?: string): string {
  return explicit ?? process.env.OSH_WAREHOUSE ?? join(projectRoot, "data/warehouse.duckdb");
}
