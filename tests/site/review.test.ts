// The period review page shows, for a unit, the same answers `npm run review` gives from the same
// warehouse: one engine path for the site and the command line.
import {spawnSync} from "node:child_process";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, visit, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

test("the national programme 2021–2025: the page's verdicts are the command line's, with the calculation one click away", async () => {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "cli/review.ts", "--unit", "VN", "--from", "2021", "--to", "2025", "--format", "json"],
    {encoding: "utf8"}
  );
  expect(run.status, run.stderr).toBe(0);
  const expected = JSON.parse(run.stdout) as {target_id: string; status: string}[];
  expect(expected).toHaveLength(6);
  const words: Record<string, string> = {
    achieved: "Đạt",
    not_achieved: "Không đạt",
    not_enough_evidence: "Chưa đủ bằng chứng",
    no_data: "Không có số liệu"
  };

  const {page, problems} = await visit(site, "/review.html?unit=VN%7Cany");
  await expect(page.getByRole("heading", {level: 1}).textContent()).resolves.toBe("Tổng kết giai đoạn");
  const rows = page.getByRole("table", {name: /Tổng kết giai đoạn 2021–2025/}).locator("tbody tr");
  await expect(rows.count()).resolves.toBe(6);
  for (let i = 0; i < expected.length; i++) {
    const status = await rows.nth(i).locator(".status-badge").textContent();
    expect(status?.replace(/^\S+\s/, ""), expected[i]!.target_id).toBe(words[expected[i]!.status]);
  }
  // "Cách tính" opens the calculation and the plan's own sentence.
  await rows.first().getByText("Cách tính").click();
  await expect(rows.first().textContent()).resolves.toContain("xu hướng Poisson log-tuyến tính 2020–2025");
  await expect(rows.first().textContent()).resolves.toContain(
    "Giảm tần suất tai nạn lao động chết người trung bình 4%/năm."
  );
  // One small multiple per target.
  await expect(page.locator(".small-multiples > figure").count()).resolves.toBe(6);
  expect(problems).toEqual([]);
  await page.close();
});

test.each(["62%7Cpre2025", "063%7Cpre2025"])(
  "in English every sentence of the review of %s is English; the plan's own words are quoted as Vietnamese",
  async (unit) => {
    const {page, problems} = await visit(site, `/review.html?lang=en&unit=${unit}`);
    await page.getByRole("table", {name: /Period review/}).waitFor();
    for (const summary of await page.getByText("How this was computed").all()) await summary.click();
    // The page's words: without the unit list (place names), the plan's quoted words and its quoted title.
    const text = await page.locator("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll("select, [lang=vi]")) element.remove();
      return copy.textContent!.replace(/“[^”]*”/g, "");
    });
    expect(text).not.toMatch(/\b(Tỉnh|Huyện|Ủy ban|UBND|Kế hoạch|Chính phủ|của|các|năm|được|không)\b/u);
    expect(text).toMatch(/(Kon Tum Province|Bạch Thông District) · Period/);
    expect(text).toMatch(/People's Committee \(.*Plan 2024|People's Committee \(Bắc Kạn Province\) \(Plan 2022\)/);
    await expect(page.locator("blockquote q[lang=vi]").count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  }
);

test("a new-map ward: its half year is the new map's (from 01/07/2025) and the pooled years are the years it has", async () => {
  const {page, problems} = await visit(site, "/review.html?unit=00070%7C2025");
  await page.getByRole("table", {name: /Tổng kết giai đoạn/}).waitFor();
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).toContain("Không tính năm 2025: địa giới mới chỉ có số liệu nửa năm (từ 01/07/2025).");
  expect(text).not.toContain("địa giới cũ chỉ có số liệu nửa năm");
  expect(text).toContain("Gộp 2025:");
  expect(text).not.toContain("Gộp 2021–2025");
  expect(problems).toEqual([]);
  await page.close();
});
