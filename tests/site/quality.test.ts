// The data-quality page as the council's secretariat uses it: which unit has sent what (unit × year,
// per dataset, by province), rejected rows grouped by reason, long tables paged, the first view short.
import {readdirSync, readFileSync} from "node:fs";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

const dataFile = (prefix: string) =>
  JSON.parse(
    readFileSync(`dist/_file/data/${readdirSync("dist/_file/data").find((f) => f.startsWith(prefix))!}`, "utf8")
  );
const quality = dataFile("quality.");
const received = dataFile("received.");
const number = (text: string) => Number(text.replace(/\./g, ""));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

test("the first view fits two screens", async () => {
  const {page, problems} = await visit(site, "/quality.html");
  expect(problems).toEqual([]);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(2 * 900);
  await page.screenshot({path: "test-results/quality-first-view.png", fullPage: true});
  await page.close();
});

test("the matrix: 63 provinces × years, paged, its totals adding up to the cells", async () => {
  const {page} = await visit(site, "/quality.html");
  const matrix = page.locator("table.received-matrix");
  const years = (await matrix.locator("thead th").allInnerTexts()).slice(1);
  expect(years.length).toBeGreaterThanOrEqual(7);
  await expect(matrix.locator("tbody tr").count()).resolves.toBe(20);
  const firstUnit = await matrix.locator("tbody tr").first().locator("th").innerText();
  const totals = await page.locator(".received-totals").innerText();
  const [receivedCells, late, missing, all] = [...totals.matchAll(/\d[\d.]*/g)].map((m) => number(m[0]));
  expect(receivedCells! + late! + missing!).toBe(all);
  expect(all).toBe(63 * years.length);
  // the first page's cells, counted from what is shown, are part of those totals
  const shown = await matrix.locator("td .sr-only").allInnerTexts();
  expect(shown).toHaveLength(20 * years.length);
  expect(shown.filter((w) => w === "Muộn").length).toBeLessThanOrEqual(late!);
  const pager = page.locator(".pager").first();
  await expect(pager.locator("span").innerText()).resolves.toBe("1–20 trong số 63");
  await pager.getByRole("button", {name: "Trang sau ›"}).click();
  await expect(pager.locator("span").innerText()).resolves.toBe("21–40 trong số 63");
  await expect(matrix.locator("tbody tr").first().locator("th").innerText()).resolves.not.toBe(firstUnit);
  await page.close();
});

test("a province and a dataset from the link: the province and its districts, each cell in words", async () => {
  const {page, problems} = await visit(site, "/quality.html?dataset=workforce&province=06");
  expect(problems).toEqual([]);
  const units = received.units.rows.map((r: unknown[]) =>
    Object.fromEntries(received.units.columns.map((c: string, i: number) => [c, r[i]]))
  );
  const expected = units.filter(
    (u: {province_code: string; geography: string}) => u.province_code === "06" && u.geography === "pre2025"
  );
  expect(expected.length).toBeGreaterThan(1);
  await expect(page.locator("table.received-matrix tbody tr").count()).resolves.toBe(expected.length);
  await expect(page.locator("table.received-matrix caption").innerText()).resolves.toContain("Lực lượng lao động");
  const words = new Set(await page.locator("table.received-matrix td .sr-only").allInnerTexts());
  for (const word of words) expect(["Đã nhận", "Muộn", "Thiếu"]).toContain(word);
  await page.close();
});

test("rejected rows by reason: the counts add up to every rejected row, and a group opens on its rows", async () => {
  const {page} = await visit(site, "/quality.html");
  const groups = page.locator("details.reject-group > summary");
  const summaries = await groups.allInnerTexts();
  const counts = summaries.map((s) => number(/— (\d[\d.]*) dòng/.exec(s)![1]!));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(quality.rejects.length);
  expect(new Set(summaries).size).toBe(summaries.length);
  await groups.first().click();
  const rows = page.locator("details.reject-group[open] table tbody tr");
  await expect(rows.count()).resolves.toBe(Math.min(20, counts[0]!));
  await page.close();
});
