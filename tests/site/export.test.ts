// Taking a chart out of the site in a real browser: the downloaded SVG and PNG carry the title and the
// source line, the CSV has its BOM, and the embed page shows the chart alone.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import ExcelJS from "exceljs";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

async function downloadFrom(
  page: import("playwright-core").Page,
  figure: import("playwright-core").Locator,
  label: string
) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", {name: label, exact: true}).click()
  ]);
  return {name: download.suggestedFilename(), bytes: readFileSync((await download.path())!)};
}

test("a trend chart downloads as SVG and PNG with title and source, its table as CSV and XLSX", async () => {
  const {page, problems} = await visit(site, "/trends.html?unit=62%7Cpre2025");
  const figure = page.locator("figure.trend").first();
  const svg = await downloadFrom(page, figure, "SVG");
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString("utf8");
  expect(text).toContain("Tỷ lệ chết người do TNLĐ");
  expect(text).toContain("Tỉnh Kon Tum");
  expect(text).toContain("Nguồn:");
  expect(text).toContain("DỮ LIỆU MINH HỌA");
  expect(text).toContain("@font-face");
  const png = await downloadFrom(page, figure, "PNG");
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  const csv = await downloadFrom(page, figure, "CSV");
  expect(csv.bytes.subarray(0, 3).toString("hex")).toBe("efbbbf");
  expect(csv.bytes.toString("utf8")).toContain("Năm");
  const xlsx = await downloadFrom(page, figure, "XLSX");
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe("PK");
  expect(problems).toEqual([]);
  await page.close();
});

/** The rows of a built data file (the columnar form the loaders write), exactly as the page reads them. */
function builtData(name: string): Record<string, unknown>[] {
  const file = readdirSync("dist/_file/data").find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"))!;
  const {columns, rows} = JSON.parse(readFileSync(join("dist/_file/data", file), "utf8"));
  return rows.map((row: unknown[]) => Object.fromEntries(columns.map((c: string, i: number) => [c, row[i]])));
}

test("the table downloads carry the source line, and their numbers are the data's, every digit", async () => {
  const {page} = await visit(site, "/trends.html?unit=62%7Cpre2025");
  const figure = page.locator("figure.trend").first();
  const expected = builtData("trends")
    .filter((r) => r.unit === "62|pre2025" && r.indicator === "fatal_rate" && r.sector === "ALL")
    .sort((a, b) => Number(a.year) - Number(b.year))
    .map((r) => [r.year, r.value, r.ci_low, r.ci_high, r.target_value].map((v) => v ?? null));
  expect(expected.length).toBeGreaterThan(5);

  // CSV: the header first, every row as long as the header, the source and notes in the last column.
  const csv = (await downloadFrom(page, figure, "CSV")).bytes.toString("utf8").slice(1);
  // RFC 4180 fields: quoted (with "" inside) or plain; no field of this table spans lines
  const fields = (line: string) =>
    [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, f]) =>
      f!.startsWith('"') ? f!.slice(1, -1).replaceAll('""', '"') : f!
    );
  const lines = csv.trimEnd().split("\r\n").map(fields);
  expect(lines[0]!.at(-1)).toBe("Nguồn và ghi chú");
  for (const line of lines) expect(line).toHaveLength(lines[0]!.length);
  const number = (cell: string) => (cell === "" ? null : Number(cell));
  expect(lines.slice(1).map((line) => line.slice(0, 5).map(number))).toEqual(expected);
  for (const line of lines.slice(1)) {
    expect(line.at(-1)).toContain("Nguồn:");
    expect(line.at(-1)).toContain("DỮ LIỆU MINH HỌA");
  }

  // XLSX: real numbers (the same ones), shown with number formats; the source under the table.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await downloadFrom(page, figure, "XLSX")).bytes as never);
  const sheet = workbook.worksheets[0]!;
  const values = (r: number) => [1, 2, 3, 4, 5].map((c) => sheet.getRow(r).getCell(c).value ?? null);
  expect(expected.map((_, i) => values(4 + i))).toEqual(expected);
  expect(sheet.getRow(4).getCell(1).numFmt).toBe("0");
  expect(sheet.getRow(4).getCell(2).numFmt).toBe("#,##0.0##");
  const below = [1, 2, 3].map((i) => String(sheet.getRow(4 + expected.length + i).getCell(1).value));
  expect(below[0]).toMatch(/^Nguồn:/);
  expect(below).toContain("DỮ LIỆU MINH HỌA");
  await page.close();
});

test("the embed snippet points at an embed page that shows the chart alone, from this site only", async () => {
  const {page} = await visit(site, "/trends.html?unit=VN%7Cany");
  const figure = page.locator("figure.trend").first();
  await figure.getByText("Nhúng (iframe)").click();
  const snippet = await figure.getByLabel("Mã nhúng").inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!;
  expect(src).toContain("/embed.html?chart=trend");
  await page.close();
  const embed = await visit(site, new URL(src).pathname + new URL(src).search);
  expect(embed.outsideRequests).toEqual([]);
  expect(embed.problems).toEqual([]);
  await expect(embed.page.locator("#observablehq-sidebar").count()).resolves.toBe(0);
  await expect(embed.page.getByRole("heading", {level: 1}).textContent()).resolves.toBe(
    "Tỷ lệ chết người do TNLĐ (/100.000 LĐ)"
  );
  await expect(embed.page.locator("figure.embed svg").count()).resolves.toBeGreaterThan(0);
  await expect(embed.page.getByText("Nguồn:", {exact: false}).count()).resolves.toBe(1);
  await embed.page.close();
});

test("the province map downloads as SVG with its colour ramp and the archipelagos named", async () => {
  const {page} = await visit(site, "/provinces.html?year=2024&geo=2025");
  const figure = page
    .locator("figure.card")
    .filter({has: page.locator(".export-toolbar")})
    .nth(1);
  const svg = (await downloadFrom(page, figure, "SVG")).bytes.toString("utf8");
  const words = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "); // labels wrap over several <tspan>s
  expect(words).toContain("Quần đảo Hoàng Sa (Đà Nẵng)");
  expect(words).toContain("Quần đảo Trường Sa (Khánh Hòa)");
  expect(svg.match(/<svg/g)!.length).toBeGreaterThanOrEqual(3); // the file, the colour ramp, the map
  await page.close();
});
