// A path that is no warehouse is refused with its reason before anything is loaded: DuckDB would open a CSV
// given to --warehouse by mistake as an empty in-memory database and every load into it would vanish.
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {expect, test} from "vitest";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {tempDir} from "../fixtures/files.js";

test("a data file, a folder or a missing folder given as the warehouse is refused in both languages", async () => {
  const dir = tempDir();
  const csv = join(dir, "bao-cao.csv");
  writeFileSync(csv, "Mã vụ;Ngày xảy ra\n1;15/03/2024\n");
  await expect(openWarehouse(csv)).rejects.toMatchObject({
    vi: expect.stringContaining("không phải kho dữ liệu DuckDB"),
    en: expect.stringContaining("not a DuckDB warehouse")
  });
  expect(readFileSync(csv, "utf8")).toBe("Mã vụ;Ngày xảy ra\n1;15/03/2024\n");
  mkdirSync(join(dir, "folder"));
  await expect(openWarehouse(join(dir, "folder"))).rejects.toMatchObject({
    en: expect.stringContaining("this is a folder")
  });
  await expect(openWarehouse(join(dir, "no", "such", "w.duckdb"))).rejects.toMatchObject({
    en: expect.stringContaining("folder does not exist")
  });
  // A real warehouse opens again.
  const warehouse = await openWarehouse(join(dir, "w.duckdb"));
  warehouse.close();
  (await openWarehouse(join(dir, "w.duckdb"), {readOnly: true})).close();
});
