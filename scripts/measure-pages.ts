// npm run measure: for every built page, a cold load from 127.0.0.1 in headless Chromium — bytes
// transferred, requests, and the time until the first chart (an <svg> in a <figure>) or the load event.
// Prints figures; tests never assert timings.
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {openSite} from "./headless-site.js";

const site = await openSite();
const pages = readdirSync("dist", {recursive: true, encoding: "utf8"}).filter((f) => f.endsWith(".html"));
console.log(
  `dist: ${(dirSize("dist") / 1e6).toFixed(1)} MB in ${readdirSync("dist", {recursive: true}).length} entries`
);
for (const file of pages) {
  const context = await site.browser.newContext(); // cold: empty cache
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  page.on("response", async (response) => {
    requests++;
    const length = Number((await response.allHeaders())["content-length"] ?? 0);
    bytes += length || (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  const started = Date.now();
  await page.goto(`${site.server.url}/${file}`, {waitUntil: "load"});
  const loaded = Date.now() - started;
  const chart = await page
    .waitForSelector("figure svg", {timeout: 10_000})
    .then(() => Date.now() - started)
    .catch(() => null);
  await page.waitForLoadState("networkidle");
  console.log(
    `${file}: ${(bytes / 1e6).toFixed(2)} MB in ${requests} requests · load event ${loaded} ms` +
      (chart === null ? "" : ` · first chart ${chart} ms`)
  );
  await context.close();
}
// Changing unit and year on the overview: time until the heading shows the new view.
{
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}/index.html`, {waitUntil: "networkidle"});
  for (const [typed, option, year] of [
    ["Kon Tum", /^Tỉnh Kon Tum — cấp tỉnh · địa giới cũ/, "2023"],
    ["Hải Dương", /^Tỉnh Hải Dương — cấp tỉnh · địa giới cũ/, "2024"],
    ["Hà Nội", /^Thành phố Hà Nội — cấp tỉnh · địa giới cũ/, "2022"]
  ] as const) {
    const started = await page.evaluate(() => performance.now());
    await page.getByRole("combobox", {name: "Địa bàn"}).fill(typed);
    await page.getByRole("option", {name: option}).click();
    await page.getByLabel("Năm").selectOption(year);
    await page.waitForFunction((y) => document.querySelector("h2")?.textContent?.endsWith(`· ${y}`), year);
    const elapsed = (await page.evaluate(() => performance.now())) - started;
    console.log(
      `overview: change to ${typed}, ${year} → updated in ${elapsed.toFixed(0)} ms (typing, choosing, the year)`
    );
  }
  await page.close();
}
await site.close();

function dirSize(path: string): number {
  return readdirSync(path, {recursive: true, encoding: "utf8"})
    .map((f) => statSync(join(path, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}
