// Every built page loads in a real browser with no error, no request leaving 127.0.0.1, and no WCAG 2
// A/AA violation; and shows what a person came for.
import ExcelJS from "exceljs";
import {readdirSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {openSite, visit, wcagViolations, type Site} from "./browser.js";

const pages = readdirSync("dist", {recursive: true, encoding: "utf8"})
  .filter((file) => file.endsWith(".html"))
  .map((file) => `/${file}`);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

test("the build produced the expected pages", () => {
  expect(pages).toEqual(expect.arrayContaining(["/index.html", "/national.html", "/explore.html", "/upload.html"]));
});

describe.each(pages)("%s", (path) => {
  test("loads without errors, stays on 127.0.0.1 and passes axe WCAG 2 A/AA", async () => {
    const {page, problems, outsideRequests} = await visit(site, path);
    expect(outsideRequests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    const viewport = await page.getAttribute('meta[name="viewport"]', "content");
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});

test("the national page shows the published 2023 deaths, in Vietnamese number format", async () => {
  const {page} = await visit(site, "/national.html");
  await expect(page.getByRole("heading", {level: 1}).textContent()).resolves.toBe(
    "Tai nạn lao động toàn quốc 2018–2024"
  );
  // 2023: 699 deaths, 7.394 accidents (Thông báo 1136/TB-BLĐTBXH)
  const row = page.getByRole("row", {name: /^2023 Toàn quốc Số vụ tai nạn lao động/});
  await expect(row.textContent()).resolves.toContain("7.394");
  expect(await page.locator("figure svg").count()).toBeGreaterThanOrEqual(2);
  await page.close();
});

test("the national table says each value's status in words, never as its id, in both languages", async () => {
  for (const [path, words] of [
    ["/national.html", ["Số công bố", "Các nguồn ghi khác nhau"]],
    ["/national.html?lang=en", ["As published", "Sources disagree"]]
  ] as const) {
    const {page} = await visit(site, path);
    const table = page.getByRole("table").first();
    const status = await table.locator("tbody tr td:nth-child(5)").allTextContents();
    for (const word of words) expect(status).toContain(word);
    expect(status.filter((s) => /^[a-z_A-Z]+$/.test(s) && s.includes("_"))).toEqual([]);
    expect(status).not.toContain("reported");
    await page.close();
  }
});

test("the query page answers with DuckDB-wasm in the browser: 2018 had the most deaths", async () => {
  const {page, problems} = await visit(site, "/explore.html");
  const table = page.getByRole("table");
  await table.waitFor();
  await expect(table.getByRole("row").nth(1).textContent()).resolves.toContain("2018");
  await expect(table.getByRole("row").nth(1).textContent()).resolves.toContain("1039");
  // a new question typed by the user
  await page.getByLabel("Câu lệnh SQL").fill("SELECT count(DISTINCT year) AS years FROM national_osh_annual");
  await page.getByRole("button", {name: "Chạy truy vấn"}).click();
  await expect(page.getByRole("cell", {name: "7", exact: true}).textContent()).resolves.toBe("7");
  expect(problems).toEqual([]);
  await page.close();
});

test("the upload page offers the Excel template, one sheet per dataset", async () => {
  const {page, problems} = await visit(site, "/upload.html");
  const link = page.getByRole("link", {name: "Tải mẫu nhập liệu (.xlsx)"});
  const href = await link.getAttribute("href");
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.body()) as never);
  expect(workbook.worksheets.map((s) => s.name)).toContain("Vụ tai nạn lao động");
  await expect(page.getByRole("table").first().textContent()).resolves.toContain("Mã vụ");
  expect(problems).toEqual([]);
  await page.close();
});

test.each(["/index.html", "/trends.html", "/provinces.html", "/districts.html", "/sectors.html", "/national.html"])(
  "every chart on %s can be downloaded and embedded",
  async (path) => {
    const {page} = await visit(site, path);
    const charts = await page.locator("figure.card:has(svg[role=img])").count();
    expect(charts).toBeGreaterThan(0);
    for (const label of ["SVG", "PNG", "CSV", "XLSX"])
      expect(
        await page
          .locator("figure.card:has(svg[role=img]) .export-toolbar")
          .getByRole("button", {name: label, exact: true})
          .count()
      ).toBe(charts);
    expect(
      await page.locator("figure.card:has(svg[role=img]) .export-toolbar").getByText("Nhúng (iframe)").count()
    ).toBe(charts);
    await page.close();
  }
);
