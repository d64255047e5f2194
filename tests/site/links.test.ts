// A link with a wrong parameter (a mistyped year, a unit that does not exist) opens the page's default view
// with a sentence that says what was wrong, never a blank chart; and an embedded chart is the page's chart.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const alertText = (page: Page) => page.getByRole("alert").textContent();

test.each([
  ["/index.html?year=abc", "year=“abc”: “abc” không phải là một năm — đang hiển thị 2024"],
  [
    "/index.html?year=1800",
    "year=“1800”: không có số liệu năm 1800 (số liệu có từ 2018 đến 2026) — đang hiển thị 2024"
  ],
  ["/index.html?unit=XYZ", "unit=“XYZ”: Không có địa bàn nào mang mã này — đang hiển thị Toàn quốc"]
])("%s: the overview says what is wrong and shows the country in 2024 with its chart", async (path, message) => {
  const {page, problems} = await visit(site, path);
  await expect(alertText(page)).resolves.toBe(`Liên kết có tham số không hợp lệ: ${message}.`);
  await expect(page.getByRole("heading", {level: 2}).first().textContent()).resolves.toBe("Toàn quốc · 2024");
  await expect(page.locator("figure.card svg[role=img]").count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test("in English, the message is English", async () => {
  const {page} = await visit(site, "/trends.html?unit=XYZ&lang=en");
  await expect(alertText(page)).resolves.toBe(
    "The link has an invalid parameter: unit=“XYZ”: No unit has this code — showing Whole country."
  );
  await page.locator("figure.trend svg[role=img]").first().waitFor();
  await page.close();
});

test.each([
  ["/sectors.html?year=abc", "figure.card svg[role=img]"],
  ["/provinces.html?year=1800&geo=moon", "figure.card svg[role=img]"],
  ["/districts.html?province=XYZ", "figure.card svg[role=img]"],
  ["/embed.html?chart=sectors&year=abc", "figure.embed svg[role=img]"],
  ["/embed.html?chart=trend&unit=XYZ", "figure.embed svg[role=img]"],
  ["/embed.html?chart=pie", "figure.embed svg[role=img]"],
  ["/embed.html?chart=funnel&year=1800", "figure.embed svg[role=img]"],
  ["/report.html?unit=62&year=abc", "article.report"]
])("%s: an alert, and the default chart", async (path, chart) => {
  const {page, problems} = await visit(site, path);
  await expect(alertText(page)).resolves.toMatch(/^Liên kết có tham số không hợp lệ: .+ — đang hiển thị .+\.$/);
  await page.locator(chart).first().waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

// What a page shows instead is named as the page names it, never by an internal id (pre2025, reported, ALL…).
test.each([
  ["/districts.html?map=moon", "đang hiển thị Cũ: các huyện trong tỉnh (đến 30/06/2025)."],
  // an old province's code on the new map: the province it merged into, said as such
  [
    "/districts.html?map=2025&province=62&year=2025",
    "province=“62”: Tỉnh Kon Tum đã sáp nhập vào Quảng Ngãi (51) từ 01/07/2025 — đang hiển thị Quảng Ngãi."
  ],
  ["/quality.html?map=moon", "đang hiển thị 63 tỉnh, huyện (trước 01/07/2025)."],
  ["/provinces.html?geo=moon", "đang hiển thị 63 tỉnh (địa giới trước 01/07/2025)."],
  ["/embed.html?chart=map&geo=moon", "đang hiển thị 63 tỉnh (địa giới trước 01/07/2025)."],
  ["/embed.html?chart=pie", "đang hiển thị biểu đồ xu hướng."],
  [
    "/embed.html?chart=trend&indicator=x&sector=y",
    "đang hiển thị Tỷ lệ chết người do TNLĐ (/100.000 LĐ); sector=“y”: “y” không phải là một lựa chọn của trang này — đang hiển thị mọi ngành."
  ],
  ["/embed.html?chart=national&metrics=cats", "đang hiển thị Số người chết, Số vụ có người chết."],
  ["/embed.html?chart=district-funnel&province=XYZ", "đang hiển thị Tỉnh Bắc Kạn."],
  ["/review.html?unit=XYZ", "đang hiển thị Toàn quốc."],
  ["/tasks.html?year=1800", "đang hiển thị 2026."]
])("%s: the alert says what is shown in words", async (path, ending) => {
  const {page} = await visit(site, path);
  const text = (await alertText(page))!;
  expect(text.endsWith(ending)).toBe(true);
  expect(text.split("đang hiển thị").at(-1)).not.toMatch(/pre2025|reported|fatal_rate|\bALL\b|_|\|/);
  await page.close();
});

test("a valid link has no alert", async () => {
  const {page} = await visit(site, "/index.html?unit=62%7Cpre2025&year=2023");
  await expect(page.locator("figure.card svg[role=img]").count()).resolves.toBe(1);
  await expect(page.getByRole("alert").count()).resolves.toBe(0);
  await page.close();
});

/** The labels of a chart's bars as drawn (the y axis), top to bottom. */
const barLabels = (page: Page, chart: string) =>
  page.locator(`${chart} svg[role=img] g[text-anchor=end]`).first().locator("text").allTextContents();

test("the embedded sectors chart draws the page's bars in the page's order (ties included)", async () => {
  // Hà Nội 2024: sector P ties with I–L on rate 0 with one fatal accident more, and goes before them
  for (const unit of ["VN%7Cany", "62%7Cpre2025", "01%7Cpre2025"]) {
    const onPage = await visit(site, `/sectors.html?unit=${unit}&year=2024`);
    const embedded = await visit(site, `/embed.html?chart=sectors&unit=${unit}&year=2024`);
    const bars = await barLabels(onPage.page, "figure.card");
    expect(bars.length).toBeGreaterThan(3);
    await expect(barLabels(embedded.page, "figure.embed")).resolves.toEqual(bars);
    await onPage.page.close();
    await embedded.page.close();
  }
});

test.each([
  [
    "/sectors.html?unit=01&year=2025",
    "Hà Nội (01) · địa giới mới (từ 01/07/2025)",
    "Hà Nội · địa giới mới (từ 01/07/2025) · 2025"
  ],
  [
    "/sectors.html?unit=01&year=2024",
    "Thành phố Hà Nội (01) · địa giới cũ (đến 30/06/2025)",
    "Thành phố Hà Nội · địa giới cũ (đến 30/06/2025) · 2024"
  ],
  // a new province's key without a year: its first year, not "unknown unit"
  [
    "/sectors.html?unit=01%7C2025",
    "Hà Nội (01) · địa giới mới (từ 01/07/2025)",
    "Hà Nội · địa giới mới (từ 01/07/2025) · 2025"
  ]
])("%s: a code on both maps is the unit on the map of the link's year", async (path, option, caption) => {
  const {page, problems} = await visit(site, path);
  await expect(page.getByRole("combobox", {name: "Địa bàn"}).locator("option:checked").textContent()).resolves.toBe(
    option
  );
  await expect(page.getByRole("figure", {name: caption}).locator("svg[role=img]").count()).resolves.toBe(1);
  await expect(page.getByRole("alert").count()).resolves.toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("sectors: changing the year keeps the province, on the year's map (old Hà Nội in 2024 → new Hà Nội in 2026)", async () => {
  const {page, problems} = await visit(site, "/sectors.html?unit=01%7Cpre2025&year=2024");
  await page.getByRole("combobox", {name: "Năm"}).selectOption("2026");
  // the unit select is redrawn after the year's cell runs: wait for the new chart before reading it
  await page.getByRole("figure", {name: "Hà Nội · địa giới mới (từ 01/07/2025) · 2026"}).waitFor();
  const unit = page.getByRole("combobox", {name: "Địa bàn"});
  await expect(unit.locator("option:checked").textContent()).resolves.toBe(
    "Hà Nội (01) · địa giới mới (từ 01/07/2025)"
  );
  // 2026 is on the new map only: no old province to choose
  await expect(unit.locator("option", {hasText: "Kon Tum"}).count()).resolves.toBe(0);
  expect(new URL(page.url()).searchParams.get("unit")).toBe("01|2025");
  expect(problems).toEqual([]);
  await page.close();
});

test("a page opened without .html works as with it, and every link the site writes resolves", async () => {
  const {page, problems} = await visit(site, "/trends?unit=62%7Cpre2025&lang=en");
  await page.locator("figure.trend svg[role=img]").first().waitFor();
  // the language link keeps the address as it was opened
  const language = await page.locator(".page-tools a").first().getAttribute("href");
  expect(language).toMatch(/^\/trends\?/);
  expect(problems).toEqual([]);
  await page.close();

  const pages = ["/index.html", "/trends.html", "/review.html", "/report.html?unit=62&year=2024", "/quality.html"];
  const links = new Set<string>();
  for (const path of pages) {
    const visited = await visit(site, path);
    for (const href of await visited.page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
      if (new URL(href).origin === new URL(site.server.url).origin) links.add(href.split("#")[0]!);
    await visited.page.close();
  }
  expect(links.size).toBeGreaterThan(15);
  const checker = await visit(site, "/index.html");
  const broken: string[] = [];
  for (const link of links) if (!(await checker.page.request.get(link)).ok()) broken.push(link);
  expect(broken).toEqual([]);
  await checker.page.close();
});

test.each([
  [
    "/report.html?unit=62&year=2026",
    "Tỉnh Kon Tum (62) thuộc địa giới cũ, không còn từ 01/07/2025 — đã sáp nhập vào Quảng Ngãi (51); năm 2026 chỉ có địa giới mới"
  ],
  [
    "/report.html?unit=01%7C2025&year=2020&lang=en",
    "Hà Nội (01) is a unit of the new map, which begins on 1 July 2025; 2020 is on the old map only"
  ]
])("%s: no report of a unit in a year it did not exist in, and why", async (path, why) => {
  const {page, problems} = await visit(site, path);
  await expect(alertText(page)).resolves.toBe(why);
  await expect(page.locator("article.report").count()).resolves.toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test.each([
  [
    "/index.html?unit=62&year=2026",
    "đã sáp nhập vào Quảng Ngãi (51); năm 2026 chỉ có địa giới mới — đang hiển thị Toàn quốc."
  ],
  [
    "/embed.html?chart=sectors&unit=62&year=2026",
    "đã sáp nhập vào Quảng Ngãi (51); năm 2026 chỉ có địa giới mới — đang hiển thị Toàn quốc."
  ],
  [
    "/sectors.html?unit=62%7Cpre2025&year=2026",
    "đã sáp nhập vào Quảng Ngãi (51); năm 2026 chỉ có địa giới mới — đang hiển thị Toàn quốc."
  ],
  ["/report.html?unit=62&from=2025&to=2021", "to=“2021”: năm cuối 2021 đứng trước năm đầu 2025 — đang hiển thị 2024."],
  [
    "/trends.html?unit=001%7C2025",
    "unit=“001|2025”: Mã 001 không có trên địa giới mới (từ 01/07/2025); trên địa giới cũ (đến 30/06/2025) là Quận Ba Đình (001) — đang hiển thị Toàn quốc."
  ],
  [
    "/trends.html?unit=03980%7Cpre2025",
    "Mã 03980 không có trên địa giới cũ (đến 30/06/2025); trên địa giới mới (từ 01/07/2025) là Phường Mộc Châu (03980) — đang hiển thị Toàn quốc."
  ]
])("%s: a unit outside the year or map the link asks says why and where it is", async (path, ending) => {
  const {page, problems} = await visit(site, path);
  const text = (await alertText(page))!;
  expect(text.slice(-ending.length)).toBe(ending);
  await page.locator("svg[role=img], article.report, .no-data").first().waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

test("a year no plan covers says so plainly and links to the unit's figures on the trends page", async () => {
  const {page, problems} = await visit(site, "/index.html?year=2026");
  const message = page.locator(".no-data");
  await expect(message.textContent()).resolves.toContain(
    "Chưa có kế hoạch nào áp dụng cho năm 2026: các kế hoạch của địa bàn này và cấp trên chạy 2021–2025"
  );
  await expect(page.getByText("không có chỉ tiêu đo được").count()).resolves.toBe(0);
  await expect(message.getByRole("link", {name: "Xem xu hướng"}).getAttribute("href")).resolves.toBe(
    "./trends.html?unit=VN%7Cany&lang=vi"
  );
  expect(problems).toEqual([]);
  await page.close();
});

test.each([
  ["/sectors.html?year=2026", "Toàn quốc · 2026 · Phơi nhiễm: lao động × 181/365 năm (01/01/2026–30/06/2026)"],
  [
    "/sectors.html?unit=01&year=2025",
    "Hà Nội · địa giới mới (từ 01/07/2025) · 2025 · Phơi nhiễm: lao động × 184/365 năm (01/07/2025–31/12/2025)"
  ],
  [
    "/embed.html?chart=sectors&unit=01&year=2025",
    "Hà Nội · địa giới mới (từ 01/07/2025) · 2025 · Phơi nhiễm: lao động × 184/365 năm (01/07/2025–31/12/2025)"
  ]
])("%s: sector rates of part of a year are per person-year, and say so", async (path, subtitle) => {
  const {page, problems} = await visit(site, path);
  await expect(page.getByText(subtitle, {exact: true}).count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test("new Hà Nội's construction rate in its first half year is over 184/365 of its workers, not the whole year", async () => {
  const {page, problems} = await visit(site, "/sectors.html?unit=01&year=2025");
  // 13 deaths / (99,677 workers × 184/365) = 25.87 per 100,000 person-years (13.04 over the whole year)
  await expect(
    page
      .getByRole("row", {name: /^F · Xây dựng/})
      .getByRole("cell")
      .last()
      .textContent()
  ).resolves.toBe("25,87 (13,78 – 44,24)");
  expect(problems).toEqual([]);
  await page.close();
});
