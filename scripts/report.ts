// npm run report -- --unit CODE --year YYYY [--lang vi|en] [--out FILE.pdf]
// The annual report of a unit's plan as an A4 PDF: the built report page, printed by headless Chromium.
// Builds the site first when dist/ has no report page.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {parseArgs} from "node:util";
import {projectRoot} from "../loaders/paths.js";
import {openSite} from "./headless-site.js";

const usage = "Cách dùng / usage: npm run report -- --unit CODE --year YYYY [--lang vi|en] [--out FILE.pdf]";
let values: {unit?: string; year?: string; lang?: string; out?: string};
try {
  ({values} = parseArgs({
    options: {
      unit: {type: "string"},
      year: {type: "string"},
      lang: {type: "string", default: "vi"},
      out: {type: "string"}
    }
  }));
} catch {
  console.error(usage);
  process.exit(2);
}
if (!values.unit || !/^\d{4}$/.test(values.year ?? "") || !["vi", "en"].includes(values.lang!)) {
  console.error(usage);
  process.exit(2);
}
const dist = join(projectRoot, "dist");
if (!existsSync(join(dist, "report.html"))) {
  console.error("dist/ has no report page: building the site first");
  const build = spawnSync("npm", ["run", "build"], {cwd: projectRoot, stdio: "inherit"});
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const out = values.out ?? join(projectRoot, "reports", `bao-cao-${values.unit}-${values.year}-${values.lang}.pdf`);
mkdirSync(dirname(out), {recursive: true});
const started = performance.now();
const site = await openSite(dist);
try {
  const page = await site.browser.newPage();
  const query = new URLSearchParams({unit: values.unit, year: values.year!, lang: values.lang!});
  await page.goto(`${site.server.url}/report.html?${query}`, {waitUntil: "networkidle"});
  const errors = await page.locator(".observablehq--error").allInnerTexts();
  if (errors.length) throw new Error(`the report page failed: ${errors.join("; ")}`);
  await page.pdf({
    path: out,
    format: "A4",
    printBackground: true,
    margin: {top: "16mm", bottom: "16mm", left: "14mm", right: "14mm"}
  });
  console.log(`${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await site.close();
}
