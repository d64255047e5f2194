// An XLSX whose sheets come before its workbook part (as exceljs writes them) makes exceljs's stream reader
// spill the sheet's cells to a temp file; reading the file leaves none of it behind.
import {readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, expect, test} from "vitest";
import {stageXlsx} from "../../loaders/ingest/read-xlsx.js";
import {INCIDENT_HEADER, incidentRow, openTempWarehouse, writeXlsx} from "../fixtures/files.js";

const {dir, warehouse} = await openTempWarehouse();
afterAll(() => warehouse.close());

/** What this process has in the temp folder: exceljs's spill files carry its pid, our folders their prefix. */
const spilled = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`) || name.startsWith("osh-xlsx-"));

test("a read workbook, with a victims' name column, leaves no spilled sheet", async () => {
  const path = await writeXlsx(join(dir, "bc.xlsx"), [
    {
      name: "Vụ tai nạn lao động",
      rows: [
        [...INCIDENT_HEADER, "Họ tên nạn nhân"],
        [...incidentRow(), "Nguyễn Văn A"]
      ]
    }
  ]);
  const [before, folder] = [spilled(), process.env.TMPDIR];
  const staged = await stageXlsx(warehouse.connection, path, "incidents");
  expect(staged.length).toBe(1);
  expect(spilled()).toEqual(before);
  expect(process.env.TMPDIR).toBe(folder); // given back
});
