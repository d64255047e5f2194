// npm run bench:site — the site's budgets on a warehouse of every commune: workforce (two sectors, ~160,000
// rows) and incidents (~70,000) for every old commune 2018–2024 and every new commune 2025–2026, written as ordinary input
// files and loaded through the ingest. Then it builds the site from that warehouse (into its own folder:
// the demo warehouse and dist/ the tests use are left alone) and measures in headless Chromium:
//   build ≤ 3 min · overview first chart ≤ 1.0 s and ≤ 0.8 MB transferred (gzip), no DuckDB-wasm ·
//   a unit change in the picker ≤ 200 ms · a commune's scorecard address opened cold ≤ 1.5 s.
// Prints the figures; nothing asserts timings.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {Random} from "../loaders/demo/random.js";
import {ingestFile} from "../loaders/ingest/load-file.js";
import {projectRoot} from "../loaders/paths.js";
import {adminUnits} from "../loaders/reference/admin-units.js";
import {openWarehouse} from "../loaders/open-warehouse.js";
import {headerLabels, requiredColumns} from "../contract/ingest/datasets.js";
import {openSite} from "./headless-site.js";

const dir = join(projectRoot, "tmp/bench-site");
const warehouseFile = join(dir, "warehouse.duckdb");
const output = "tmp/bench-site/dist";
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (!existsSync(warehouseFile) || process.argv.includes("--fresh")) {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const random = new Random(20251);
  const communes = adminUnits().filter((u) => u.level === "commune");
  const spans = [
    {geography: "pre2025", years: [2018, 2019, 2020, 2021, 2022, 2023, 2024]},
    {geography: "2025", years: [2025, 2026]}
  ];
  const workforce: (string | number)[][] = [headerLabels("workforce", ["year", "unit_code", "sector_code", "workers"])];
  const incidents: (string | number)[][] = [
    // the columns every incident file must have, in contract order (the rows below fill them so)
    headerLabels("incidents", requiredColumns("incidents"))
  ];
  for (const {geography, years} of spans)
    for (const commune of communes.filter((c) => c.geography === geography))
      for (const year of years) {
        const workers = random.integer(800, 12_000);
        workforce.push(
          [year, commune.unit_code, "C", Math.round(workers * 0.6)],
          [year, commune.unit_code, "F", Math.round(workers * 0.4)]
        );
        // 0, 1 or 2 incidents per commune-year (about 70,000 in all), in the months of its map (the new map from 1 July 2025)
        const first = geography === "2025" && year === 2025 ? 7 : 1;
        for (let n = Math.floor(random.next() * 2.7); n > 0; n--) {
          // nothing dated in the future (the ingest rejects it): this year's up to last month
          const month = random.integer(first, year === new Date().getFullYear() ? new Date().getMonth() : 12);
          incidents.push([
            `${year}-${n}`,
            `${String(random.integer(1, 28)).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`,
            commune.unit_code,
            random.pick(["C", "F"]),
            "có",
            1,
            random.next() < 0.08 ? 1 : 0,
            0
          ]);
        }
      }
  const warehouse = await openWarehouse(warehouseFile);
  const started = performance.now();
  for (const [name, rows] of [
    ["lao-dong.csv", workforce],
    ["tai-nan.csv", incidents]
  ] as const) {
    // no cell holds a separator or a quote: plain joins are the CSV
    const file = join(dir, name);
    writeFileSync(file, rows.map((row) => row.join(";")).join("\n") + "\n");
    const report = await ingestFile(warehouse.connection, file);
    if (report.refused) throw new Error(report.refused.en);
    const sum = (field: "added" | "rejected") => report.sheets.reduce((total, sheet) => total + sheet[field], 0);
    console.log(`${name}: ${sum("added")} rows added, ${sum("rejected")} rejected`);
    const reject = report.sheets.flatMap((sheet) => sheet.firstRejects)[0];
    if (reject) throw new Error(`${name}: a generated row was rejected: ${JSON.stringify(reject)}`);
  }
  warehouse.close();
  console.log(
    `loaded ${workforce.length - 1} workforce rows and ${incidents.length - 1} incidents in ${seconds(performance.now() - started)}`
  );
}

const env = {...process.env, OSH_WAREHOUSE: warehouseFile, OSH_SITE_OUTPUT: output};
const buildStarted = performance.now();
const build = spawnSync("npm", ["run", "build"], {cwd: projectRoot, env, encoding: "utf8", maxBuffer: 1 << 28});
const buildTime = performance.now() - buildStarted;
// the loader cache now holds the bench's data: the next build of the demo recomputes it anyway, this clears it for `npm run dev`
rmSync(join(projectRoot, "src/.observablehq/cache/data"), {recursive: true, force: true});
writeFileSync(join(dir, "build.log"), build.stdout + build.stderr);
if (build.status !== 0) throw new Error(`the build failed: ${join(dir, "build.log")}`);
console.log(`npm run build: ${seconds(buildTime)} (budget 3 min); the slowest data loaders:`);
const loaderTimes = [...build.stdout.matchAll(/load (\/\S+) → (?:\[\w+\] )+success \S+ \S+ in (\d+)ms/g)].map(
  ([, file, ms]) => [file!, Number(ms)] as const
);
for (const [file, ms] of loaderTimes.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${file}: ${seconds(ms)}`);

const site = await openSite(output);
try {
  // The overview, cold: time to its first chart, bytes as sent (the server gzips), and whether DuckDB-wasm came.
  {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    const urls: string[] = [];
    page.on("response", async (response) => {
      urls.push(response.url());
      bytes +=
        Number((await response.allHeaders())["content-length"] ?? 0) ||
        (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = Date.now();
    await page.goto(`${site.server.url}/index.html`);
    await page.waitForSelector("figure svg", {timeout: 30_000});
    const chart = Date.now() - started;
    await page.waitForLoadState("networkidle");
    const duckdb = urls.filter((u) => /duckdb/i.test(u)).length;
    console.log(
      `overview, cold: first chart ${chart} ms (budget 1,000), ${(bytes / 1e6).toFixed(2)} MB transferred in ${urls.length} requests (budget 0.8 MB), DuckDB-wasm requests: ${duckdb}`
    );
    // A unit change in the picker (names already loaded by the first keystrokes): from the choice to the new heading.
    for (const [typed, option, heading] of [
      ["Bạch Thông", /^Huyện Bạch Thông — cấp huyện/, "Huyện Bạch Thông"],
      ["Ea Ly", /^Xã Ea Ly — cấp xã · Đắk Lắk/, "Xã Ea Ly"],
      ["Phúc Xá", /^Phường Phúc Xá — cấp xã/, "Phường Phúc Xá"],
      ["Kon Tum", /^Tỉnh Kon Tum — cấp tỉnh/, "Tỉnh Kon Tum"]
    ] as const) {
      await page.getByRole("combobox", {name: "Địa bàn"}).fill(typed);
      const choice = page.getByRole("option", {name: option});
      await choice.waitFor();
      const before = await page.evaluate(() => performance.now());
      await choice.click();
      await page.waitForFunction((h) => document.querySelector("h2")?.textContent?.startsWith(`${h} ·`), heading);
      const elapsed = (await page.evaluate(() => performance.now())) - before;
      console.log(`unit change to ${heading}: ${elapsed.toFixed(0)} ms (budget 200, includes the click)`);
    }
    await context.close();
  }
  // A commune's scorecard address, cold: names list, its province's file, the scorecard drawn.
  for (const [key, name] of [
    ["02014|2025", "Xã Bạch Thông"],
    ["00001|pre2025", "Phường Phúc Xá"]
  ] as const) {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(
      `${site.server.url}/index.html?unit=${encodeURIComponent(key)}&year=${key.endsWith("|2025") ? 2025 : 2024}`
    );
    // 2025 for the new commune: the last year a plan covers (the national programme's 2021–2025)
    await page.waitForSelector("table.scorecard, p.no-data", {timeout: 30_000});
    const shown = Date.now() - started;
    const heading = await page.locator("h2").first().textContent();
    console.log(`${name} (${key}) opened cold: scorecard in ${shown} ms (budget 1,500) — “${heading}”`);
    await context.close();
  }
} finally {
  await site.close();
}
