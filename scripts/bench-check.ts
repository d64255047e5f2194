// npm run bench:check — the check page's budget: a 5,000-row XLSX of incidents (one row in 20 wrong)
// picked on /check in headless Chromium, timed from the pick to the result shown, the first time (DuckDB-wasm
// and the reference codes loaded) and again (warm). Also times `npm run validate` on the same file, and
// says whether both gave the same counts. Needs a built dist/ (npm run build).
import {execFileSync} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import ExcelJS from "exceljs";
import {headerLabels} from "../contract/ingest/datasets.js";
import {openSite} from "./headless-site.js";

const ROWS = 5000;
const path = join(mkdtempSync(join(tmpdir(), "osh-bench-check-")), "tai-nan-5000.xlsx");
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet("Sheet1");
sheet.addRow(["STT", "Họ và tên", ...headerLabels("incidents")]);
for (let i = 1; i <= ROWS; i++) {
  const wrong = i % 20 === 0; // deaths + serious injuries > victims
  const day = new Date(Date.UTC(2024, i % 12, 1 + (i % 28)));
  sheet.addRow([
    i,
    `Người ${i}`,
    `V-${i}`,
    day,
    i % 2 ? "01" : "79",
    "F",
    "có",
    1,
    wrong ? 2 : 1,
    0,
    0,
    "ngã cao",
    "x"
  ]);
}
await workbook.xlsx.writeFile(path);

const site = await openSite();
try {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}/check.html`, {waitUntil: "networkidle"});
  for (const run of ["first", "again"]) {
    const started = Date.now();
    await page.locator("#check-file").setInputFiles([]);
    await page.locator("#check-file").setInputFiles(path);
    await page.locator("#check-result[data-seconds]").waitFor({timeout: 120_000});
    const seconds = await page.locator("#check-result").getAttribute("data-seconds");
    const counts = await page.locator("tr.check-accepted td, tr.check-rejected td").allInnerTexts();
    console.log(
      `check page, ${run}: ${seconds} s on the page (${((Date.now() - started) / 1000).toFixed(2)} s with the pick); accepted ${counts[0]}, rejected ${counts[1]}`
    );
  }
} finally {
  await site.close();
}
const started = Date.now();
let output: string;
try {
  output = execFileSync("npx", ["tsx", "cli/ingest.ts", "--validate-only", path], {encoding: "utf8"});
} catch (error) {
  output = (error as {stdout: string}).stdout;
}
console.log(`npm run validate: ${((Date.now() - started) / 1000).toFixed(2)} s — ${/rows read.*/.exec(output)?.[0]}`);
