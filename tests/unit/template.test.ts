// The Excel template: every dataset has its sheet with the contract's headers, the example rows are
// skipped, and a filled-in template loads as it is.
import {join} from "node:path";
import {expect, test} from "vitest";
import {DATASETS, DATASET_NAMES} from "../../contract/ingest/datasets.js";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {templateWorkbook} from "../../loaders/templates/workbook.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows} from "../../loaders/warehouse/connection.js";
import {tempDir} from "../fixtures/files.js";

test("one sheet per dataset, headed with the Vietnamese labels, after an instructions sheet", () => {
  const workbook = templateWorkbook();
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    "Hướng dẫn",
    ...DATASET_NAMES.map((n) => DATASETS[n].label.vi)
  ]);
  for (const name of DATASET_NAMES) {
    const header = (workbook.getWorksheet(DATASETS[name].label.vi)!.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(["STT", ...DATASETS[name].columns.map((c) => c.label)]);
  }
});

test("the untouched template loads nothing; a filled-in one loads its rows, every sheet by its name", async () => {
  const dir = tempDir();
  const warehouse = await openWarehouse(join(dir, "w.duckdb"));
  const empty = join(dir, "empty.xlsx");
  await templateWorkbook().xlsx.writeFile(empty);
  expect((await ingestFile(warehouse.connection, empty)).sheets).toEqual([]);

  const workbook = templateWorkbook();
  workbook
    .getWorksheet(DATASETS.incidents.label.vi)!
    .addRow([1, "BT-2024-07", "02/07/2024", "063", "F", "có", 2, 1, 1, 0, "Sập giàn giáo", "có"]);
  workbook.getWorksheet(DATASETS.workforce.label.vi)!.addRow([1, 2024, "063", "F", 900, "social_insurance"]);
  const filled = join(dir, "filled.xlsx");
  await workbook.xlsx.writeFile(filled);
  const report = await ingestFile(warehouse.connection, filled);
  expect(report.sheets.map((s) => [s.dataset, s.accepted, s.rejected])).toEqual([
    ["incidents", 1, 0],
    ["workforce", 1, 0]
  ]);
  expect(await queryRows(warehouse.connection, "SELECT incident_id, unit_code FROM incidents")).toEqual([
    {incident_id: "BT-2024-07", unit_code: "063"}
  ]);
  warehouse.close();
});
