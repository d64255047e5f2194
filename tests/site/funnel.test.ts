// The comparison pages say how a unit is placed (exact tails, the p column) and, for the new map's first
// half year, over what exposure the annual rates are computed.
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** The ranked table's rows as {position, p} (p as shown: "0,095", "< 0,001"). */
async function positions(page: import("playwright-core").Page) {
  const table = page.getByRole("table").filter({has: page.getByRole("columnheader", {name: "p", exact: true})});
  const headers = await table.getByRole("columnheader").allTextContents();
  const [position, p] = [headers.indexOf("Vị trí trên phễu"), headers.indexOf("p")];
  return (
    await table
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? "")))
  ).map((cells) => ({
    position: cells[position]!,
    p: cells[p]!.startsWith("<") ? 0 : Number(cells[p]!.replace(",", "."))
  }));
}

test("each province's colour is its exact tail: within the limits exactly when p ≥ 0,025, and the page says so", async () => {
  const {page, problems} = await visit(site, "/provinces.html?year=2022");
  await expect(page.getByText(/^Cách xếp vị trí: một địa bàn cao hơn khi xác suất/).count()).resolves.toBe(1);
  const rows = await positions(page);
  expect(rows).toHaveLength(63);
  for (const {position, p} of rows) expect(position === "Trong giới hạn").toBe(p >= 0.025);
  expect(rows.filter((r) => r.position !== "Trong giới hạn").length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("the communes of a new province in 2025: annual rates over workers × 184/365 years, said under the chart", async () => {
  const {page, problems} = await visit(site, "/districts.html?map=2025&province=01&year=2025");
  await expect(
    page.getByText("Phơi nhiễm: lao động × 184/365 năm (01/07/2025–31/12/2025)", {exact: false}).count()
  ).resolves.toBeGreaterThan(0);
  const rows = await positions(page);
  expect(rows.length).toBeGreaterThan(0);
  for (const {position, p} of rows) expect(position === "Trong giới hạn").toBe(p >= 0.025);
  expect(problems).toEqual([]);
  await page.close();
});

test("2025 asked on the old map: the select and the note say the 34 new provinces, as the chart and table draw", async () => {
  const {page, problems} = await visit(site, "/provinces.html?year=2025&geo=reported");
  const select = page.getByLabel("Địa giới", {exact: true});
  await expect(select.locator("option").allTextContents()).resolves.toEqual([
    "34 tỉnh (từ 01/07/2025, cộng dồn tỉnh cũ)"
  ]);
  await expect(
    page.getByRole("note").filter({hasText: "địa giới cũ (63 tỉnh) chỉ có số liệu nửa năm 2025"}).count()
  ).resolves.toBe(1);
  await expect(positions(page)).resolves.toHaveLength(34);
  expect(problems).toEqual([]);
  await page.close();
});
