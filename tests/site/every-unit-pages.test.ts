// Trends, the period review and embedded charts for every unit of both maps, not only the country, the
// provinces and the plan issuers: a commune or a district opened from a shared address, loaded one
// province at a time; a unit nobody has is said to be unknown.
import type {Page} from "playwright-core";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const heading = (page: Page) => page.getByRole("heading", {level: 2}).first();
const INHERITED = "Kế hoạch cấp trên của Chính phủ, vì địa bàn không có kế hoạch riêng cho năm 2025";

test("a new-map commune's trends address opened cold: its charts with the plan's line, its inherited plan, its embed link", async () => {
  const {page, problems} = await visit(site, "/trends.html?unit=02014%7C2025");
  await expect(heading(page).textContent()).resolves.toBe("Xã Bạch Thông");
  await expect(page.locator(".unit-context").textContent()).resolves.toBe(
    "cấp xã · Thái Nguyên · địa giới mới (từ 01/07/2025)"
  );
  await expect(page.locator(".plan-line").textContent()).resolves.toContain(INHERITED);
  await expect(page.getByRole("combobox", {name: "Địa bàn"}).inputValue()).resolves.toBe("Xã Bạch Thông");
  const figure = page.locator("figure.trend").filter({hasText: "Lộ trình kế hoạch"}).first();
  await expect(figure.locator("svg[role=img]").count()).resolves.toBe(1);
  await figure.getByText("Nhúng (iframe)").click();
  await expect(figure.getByLabel("Mã nhúng").inputValue()).resolves.toContain("unit=02014%7C2025");
  // one province's files, not every unit's results
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  expect(loaded.filter((url) => /\/data\/units\/trends-/.test(url))).toHaveLength(1);
  expect(loaded.some((url) => /\/data\/(trends|site)\./.test(url))).toBe(false);
  expect(problems).toEqual([]);
  await page.close();
});

test("the overview's trends link is there for a commune and leads to its trends", async () => {
  const {page, problems} = await visit(site, "/index.html?unit=02014%7C2025&year=2025");
  await page.getByRole("link", {name: "Xem xu hướng"}).click();
  await page.waitForURL(/trends\.html/);
  await expect.poll(() => heading(page).textContent()).toBe("Xã Bạch Thông");
  expect(problems).toEqual([]);
  await page.close();
});

test("a district of Hà Nội without a plan of its own is reviewed against the plan it inherits", async () => {
  const {page, problems} = await visit(site, "/review.html?unit=001%7Cpre2025");
  await expect(heading(page).textContent()).resolves.toBe("Quận Ba Đình · Giai đoạn 2021–2025");
  await expect(page.locator(".plan-line").textContent()).resolves.toContain(INHERITED);
  const rows = page.getByRole("table", {name: /Tổng kết giai đoạn 2021–2025/}).locator("tbody tr");
  await expect(rows.count()).resolves.toBe(6);
  await expect(page.locator(".small-multiples > figure").count()).resolves.toBe(6);
  expect(problems).toEqual([]);
  await page.close();
});

test("a new-map commune's embedded trend and its province's commune funnel: a figure with its title and source line", async () => {
  for (const [path, title] of [
    ["/embed.html?chart=trend&unit=02014%7C2025&indicator=training_coverage_3", "Xã Bạch Thông"],
    ["/embed.html?chart=district-funnel&map=2025&province=19&year=2025", "Thái Nguyên"]
  ] as const) {
    const {page, problems} = await visit(site, path);
    const figure = page.locator("figure.embed");
    await expect(figure.getByRole("heading", {level: 1}).count()).resolves.toBe(1);
    await expect(figure.locator("p").first().textContent()).resolves.toContain(title);
    await expect(figure.locator("svg[role=img]").count()).resolves.toBeGreaterThan(0);
    await expect(figure.locator(".source-line").textContent()).resolves.toContain("Nguồn:");
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }
});

test.each(["/trends.html?unit=99999", "/review.html?unit=99999", "/embed.html?chart=trend&unit=99999"])(
  "%s: an unknown unit is said to be unknown, and the country is shown",
  async (path) => {
    const {page, problems} = await visit(site, path);
    await expect(page.getByRole("alert").textContent()).resolves.toBe(
      "Liên kết có tham số không hợp lệ: unit=“99999”: Không có địa bàn nào mang mã này — đang hiển thị Toàn quốc."
    );
    await page.locator("svg[role=img]").first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }
);

test("a well-formed key of a province that does not exist says so on the trends and review pages too", async () => {
  for (const path of ["/trends.html?unit=99%7C2025", "/review.html?unit=99%7C2025"]) {
    const {page, problems} = await visit(site, path);
    await expect(
      page.getByText("Không có địa bàn nào mang mã “99|2025” trên địa giới cũ hay mới").count()
    ).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }
});
