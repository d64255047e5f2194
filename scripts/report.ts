// npm run report -- --unit CODE --year YYYY [--lang vi|en] [--format pdf|docx] [--from YYYY --to YYYY] [--out FILE]
// The annual report of a unit's plan from the built report page in headless Chromium: printed to an A4 PDF,
// or saved through the page's own Word button as .docx (one way of making the file, for people and scripts).
// Builds the site first when dist/ has no report page.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {choiceOption, parseCommandLine, periodOption, usageError, yearOption} from "../cli/args.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {projectRoot, warehousePath} from "../loaders/paths.js";
import {resolveUnit} from "../loaders/units/units.js";
import {openSite} from "./headless-site.js";

const usage =
  "Cách dùng / usage: npm run report -- --unit CODE --year YYYY [--lang vi|en] [--format pdf|docx] [--from YYYY --to YYYY] [--out FILE]";
const {values} = parseCommandLine(
  {
    unit: {type: "string"},
    year: {type: "string"},
    lang: {type: "string", default: "vi"},
    format: {type: "string", default: "pdf"},
    from: {type: "string"},
    to: {type: "string"},
    out: {type: "string"}
  },
  usage
);
if (!values.unit) usageError({vi: "Thiếu --unit", en: "--unit is missing"}, usage);
const year = yearOption("year", values.year, usage);
choiceOption("lang", values.lang, ["vi", "en"], usage);
choiceOption("format", values.format, ["pdf", "docx"], usage);
// A period is both ends, in order.
if (values.from !== undefined || values.to !== undefined) periodOption(values.from, values.to, usage);
const dist = join(projectRoot, "dist");
if (!existsSync(join(dist, "report.html"))) {
  console.error("dist/ has no report page: building the site first");
  const build = spawnSync("npm", ["run", "build"], {cwd: projectRoot, stdio: "inherit"});
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The unit as the commands read a code (the page reads it the same way): a bare code on both maps is said,
// an old unit after the reform is refused with where its territory went (after what the page says is wrong).
const warehouse = await openWarehouse(warehousePath(), {readOnly: true});
// The report has no --geography: the advice names only --unit.
const unit = await resolveUnit(warehouse.connection, values.unit, year, "reported", {geographyOption: false}).finally(
  () => warehouse.close()
);
if (unit?.note) console.error(unit.note);
const out =
  values.out ??
  join(
    projectRoot,
    "reports",
    `bao-cao-${values.unit}-${values.from ? `${values.from}-${values.to}` : values.year}-${values.lang}.${values.format}`
  );
mkdirSync(dirname(out), {recursive: true});
const started = performance.now();
const site = await openSite(dist);
let exitCode = 0;
try {
  const page = await site.browser.newPage();
  const query = new URLSearchParams({unit: values.unit, year: values.year!, lang: values.lang!});
  if (values.from) {
    query.set("from", values.from);
    query.set("to", values.to!);
  }
  await page.goto(`${site.server.url}/report.html?${query}`, {waitUntil: "networkidle"});
  // The page says what is wrong (an unknown unit, a year without data) or failed: a sentence and an exit
  // code, no stack trace — never a report of the page's default year in place of the one asked for.
  const unknown = await page.locator(".report-error").allInnerTexts();
  const invalid = await page.locator(".param-notice").allInnerTexts();
  const errors = await page.locator(".observablehq--error").allInnerTexts();
  if (invalid.length) {
    console.error(invalid.join("; "));
    exitCode = 2;
  } else if (unit?.gone) {
    // an old unit after the old map ended: the command's sentence in both languages, naming the new province
    console.error(`${unit.gone.vi} / ${unit.gone.en}`);
    exitCode = 2;
  } else if (unknown.length) {
    console.error(`${unknown.join("; ")} / No unit has this code: ${values.unit}`);
    exitCode = 2;
  } else if (errors.length) {
    console.error(`Trang báo cáo bị lỗi / The report page failed: ${errors.join("; ").slice(0, 300)}`);
    exitCode = 1;
  } else if (values.format === "docx") {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", {name: /\.docx/}).click()
    ]);
    await file.saveAs(out);
  } else {
    // The margins Nghị định 30/2020/NĐ-CP sets: top and bottom 20 mm, left 30 mm, right 15 mm.
    await page.pdf({
      path: out,
      format: "A4",
      printBackground: true,
      margin: {top: "20mm", bottom: "20mm", left: "30mm", right: "15mm"}
    });
  }
  if (exitCode === 0) console.log(`${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await site.close();
}
process.exit(exitCode);
