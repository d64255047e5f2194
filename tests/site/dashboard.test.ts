// The dashboard as a council member uses it: choose a province, read a target's status, open its
// calculation, switch language, open a shared link and see the same view.
import {afterAll, beforeAll, expect, test} from "vitest";
import {chooseUnit, openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

test("choose a province, read a target's status and open how it was computed", async () => {
  const {page, problems} = await visit(site, "/index.html");
  await chooseUnit(page, "Kon Tum", /^Tỉnh Kon Tum — cấp tỉnh · địa giới cũ/);
  await page.getByLabel("Năm").selectOption("2024");
  await expect.poll(() => page.getByRole("heading", {level: 2}).first().textContent()).toBe("Tỉnh Kon Tum · 2024");
  expect(new URL(page.url()).searchParams.get("unit")).toBe("62|pre2025");
  const row = page.getByRole("row", {name: /Tỷ lệ chết người do TNLĐ/});
  await expect(row.locator(".status-badge").textContent()).resolves.toMatch(
    /Đúng tiến độ|Có nguy cơ|Không đạt|Chưa đủ bằng chứng|Không có số liệu/
  );
  await row.getByText("Cách tính").click();
  const calculation = row.locator("details p");
  await expect(calculation.isVisible()).resolves.toBe(true);
  // Kon Tum's plan names no base year: the mean of the three years ending with 2023, the year before the
  // plan (issue 12: one base year invites regression to the mean); Vietnamese numbers
  await expect(calculation.textContent()).resolves.toMatch(
    /^Năm gốc 2021–2023 \(trung bình 3 năm\): \d+,\d+ \(\d+ \/ [\d.]+ LĐ\)\. Mục tiêu 2024: .* × 0,96\^1 = /
  );
  await expect(row.locator("blockquote").textContent()).resolves.toContain("giảm ít nhất 4%/năm");
  expect(problems).toEqual([]);
  await page.close();
});

test("switch to English and keep the same view", async () => {
  const {page} = await visit(site, "/index.html?unit=063%7Cpre2025&year=2024");
  await page.getByRole("link", {name: "English"}).click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", {level: 1}).textContent()).resolves.toBe(
    "Overview: progress on the plan's targets"
  );
  await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
  await expect(page.getByRole("combobox", {name: "Unit"}).inputValue()).resolves.toBe("Bạch Thông District");
  expect(new URL(page.url()).searchParams.get("unit")).toBe("063|pre2025");
  await expect(page.getByRole("row", {name: /Share of exposed workers examined/}).textContent()).resolves.toContain(
    "share > 50%"
  );
  await page.close();
});

test("a shared link opens the same unit and year", async () => {
  const {page} = await visit(site, "/index.html?unit=063%7Cpre2025&year=2022");
  await expect(page.getByRole("combobox", {name: "Địa bàn"}).inputValue()).resolves.toBe("Huyện Bạch Thông");
  await expect(page.getByLabel("Năm").inputValue()).resolves.toBe("2022");
  await expect(page.getByRole("heading", {level: 2}).first().textContent()).resolves.toBe("Huyện Bạch Thông · 2022");
  // the plan's own sentence, quoted under each calculation
  await expect(
    page.getByText("Trên 50% người lao động làm việc tại các cơ sở", {exact: false}).count()
  ).resolves.toBeGreaterThan(0);
  await page.close();
});

test("every page that shows demo data says so", async () => {
  for (const path of ["/index.html", "/trends.html"]) {
    const {page} = await visit(site, path);
    await expect(page.getByText("Dữ liệu minh họa", {exact: true}).count()).resolves.toBe(1);
    await page.close();
  }
});

test("the scorecard says which plan applies in the year and why", async () => {
  const {page} = await visit(site, "/index.html?unit=62%7Cpre2025&year=2024");
  const planLine = page.locator(".plan-line");
  await expect
    .poll(() => planLine.textContent())
    .toContain("Kế hoạch của chính địa bàn (giai đoạn 2024–2025 bao gồm năm 2024)");
  // Kon Tum's own plan starts in 2024: in 2022 the national programme applies, and the line says why.
  await page.getByLabel("Năm").selectOption("2022");
  await expect
    .poll(() => planLine.textContent())
    .toContain(
      "Kế hoạch cấp trên của Chính phủ, vì địa bàn không có kế hoạch riêng cho năm 2022; giai đoạn 2021–2025 bao gồm năm 2022"
    );
  await page.close();
});
