// A scorecard for every unit of both maps: found by typing its name (with or without diacritics), told
// apart from its namesakes, opened from a shared address, loaded one province at a time.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, expect, test} from "vitest";
import {chooseUnit, openSite, visit, wcagViolations, type Site} from "./browser.js";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const heading = (page: import("playwright-core").Page) => page.getByRole("heading", {level: 2}).first();

test("typing “Bạch Thông” finds the old district and the new commune, each with its level, place and map", async () => {
  const {page, problems} = await visit(site, "/index.html?year=2024");
  const box = page.getByRole("combobox", {name: "Địa bàn"});
  await box.fill("Bạch Thông");
  await expect
    .poll(() => page.getByRole("option", {name: /^Huyện Bạch Thông — cấp huyện · Bắc Kạn · địa giới cũ/}).count())
    .toBe(1);
  await expect
    .poll(() => page.getByRole("option", {name: /^Xã Bạch Thông — cấp xã · Thái Nguyên · địa giới mới/}).count())
    .toBe(1);
  await page.getByRole("option", {name: /^Huyện Bạch Thông — cấp huyện/}).click();
  await expect.poll(() => heading(page).textContent()).toBe("Huyện Bạch Thông · 2024");
  expect(new URL(page.url()).searchParams.get("unit")).toBe("063|pre2025");
  await expect(page.locator(".plan-line").textContent()).resolves.toContain("Kế hoạch của chính địa bàn");
  // without diacritics, the new commune: it has no plan of its own and says whose plan it inherits
  await chooseUnit(page, "bach thong", /^Xã Bạch Thông — cấp xã · Thái Nguyên · địa giới mới/);
  await expect.poll(() => heading(page).textContent()).toBe("Xã Bạch Thông · 2024");
  await expect(page.locator(".plan-line").textContent()).resolves.toContain(
    "Kế hoạch cấp trên của Chính phủ, vì địa bàn không có kế hoạch riêng cho năm 2024"
  );
  expect(problems).toEqual([]);
  await page.close();
});

test("a unit without a chart does not keep the previous unit's chart, nor its trends link", async () => {
  const {page, problems} = await visit(site, "/index.html?unit=063%7Cpre2025&year=2024");
  const captions = () => page.locator("figure.card figcaption").allTextContents();
  await expect.poll(async () => (await captions()).join()).toContain("Huyện Bạch Thông");
  await expect(page.getByRole("link", {name: "Xem xu hướng"}).count()).resolves.toBe(1);
  await chooseUnit(page, "Ea Ly", /^Xã Ea Ly — cấp xã · Đắk Lắk · địa giới mới/);
  await expect.poll(() => heading(page).textContent()).toBe("Xã Ea Ly · 2024");
  await expect.poll(captions).toEqual([]);
  await expect(page.getByRole("link", {name: "Xem xu hướng"}).count()).resolves.toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("the picker works from the keyboard and passes the accessibility checks with its list open", async () => {
  const {page} = await visit(site, "/index.html?year=2024");
  const box = page.getByRole("combobox", {name: "Địa bàn"});
  await box.focus();
  await page.keyboard.type("Ea Ly");
  await expect
    .poll(() => page.getByRole("option", {name: /^Xã Ealy — cấp xã · Huyện Sông Hinh, Phú Yên · địa giới cũ/}).count())
    .toBe(1);
  await expect
    .poll(() => page.getByRole("option", {name: /^Xã Ea Ly — cấp xã · Đắk Lắk · địa giới mới/}).count())
    .toBe(1);
  await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
  expect(await wcagViolations(page)).toEqual([]);
  // down to the old commune (the ranked list puts the new map first among equals), Enter chooses it
  const options = await page.getByRole("listbox", {name: "Các địa bàn khớp"}).getByRole("option").allTextContents();
  const oldCommune = options.findIndex((o) => o.startsWith("Xã Ealy"));
  for (let i = 0; i <= oldCommune; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect.poll(() => heading(page).textContent()).toBe("Xã Ealy · 2024");
  await expect(box.getAttribute("aria-expanded")).resolves.toBe("false");
  await expect(page.locator(".plan-line").textContent()).resolves.toContain("Kế hoạch của chính địa bàn");
  await page.close();
});

test("a new-map commune's address opened directly shows its scorecard, without every unit's results", async () => {
  const {page, problems} = await visit(site, "/index.html?unit=02014%7C2025&year=2025");
  await expect(heading(page).textContent()).resolves.toBe("Xã Bạch Thông · 2025");
  await expect(page.locator(".unit-context").textContent()).resolves.toBe(
    "cấp xã · Thái Nguyên · địa giới mới (từ 01/07/2025)"
  );
  await expect(page.locator(".plan-line").textContent()).resolves.toContain("Kế hoạch cấp trên của Chính phủ");
  // its scorecard, or, where nothing was loaded for it, a sentence that says so (never an empty card)
  await expect(
    page.locator("table.scorecard").or(page.getByText("Kho dữ liệu chưa có số liệu nào của địa bàn này")).count()
  ).resolves.toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("the first view loads the country's file only; a commune's address loads the names and its province's file", async () => {
  const loaded = async (path: string) => {
    const page = await site.browser.newPage();
    const files: string[] = [];
    page.on("request", (r) => {
      const match = /\/_file\/data\/units\/([\w-]+)\.\w+\.json$/.exec(r.url());
      if (match) files.push(match[1]!);
    });
    await page.goto(`${site.server.url}${path}`, {waitUntil: "networkidle"});
    await page.close();
    return files.sort();
  };
  expect(await loaded("/index.html")).toEqual(["VN", "meta"]);
  expect(await loaded("/index.html?unit=02014%7C2025&year=2025")).toEqual(["2025-19", "meta", "names"]);
});

test("a commune with no data says so plainly, under the plan it inherits", async () => {
  // a commune of Hà Nội (old map) for which nothing was loaded, read from the built file
  const file = readdirSync("dist/_file/data/units").find((f) => /^pre2025-01\.\w+\.json$/.test(f))!;
  const hanoi = JSON.parse(readFileSync(join("dist/_file/data/units", file), "utf8"));
  const withData = new Set(
    hanoi.scorecards.rows.map((row: unknown[]) => row[hanoi.scorecards.columns.indexOf("unit")])
  );
  const empty = hanoi.units.find((u: {key: string; level: string}) => u.level === "commune" && !withData.has(u.key));
  const {page} = await visit(site, `/index.html?unit=${encodeURIComponent(empty.key)}&year=2023`);
  await expect(heading(page).textContent()).resolves.toBe(`${empty.name} · 2023`);
  await expect(page.getByText("Kho dữ liệu chưa có số liệu nào của địa bàn này").count()).resolves.toBe(1);
  await expect(page.locator(".plan-line").textContent()).resolves.toContain("Kế hoạch cấp trên của Chính phủ");
  await expect(page.locator("table.scorecard").count()).resolves.toBe(0);
  await page.close();
});

test("a new province says which old provinces it merged", async () => {
  const {page} = await visit(site, "/index.html?unit=19%7C2025&year=2024");
  await expect(page.locator(".merged-from").textContent()).resolves.toContain(
    "hợp nhất từ: Tỉnh Bắc Kạn, Tỉnh Thái Nguyên"
  );
  await page.close();
});

test("an unknown unit in the address gets a clear message and the country's scorecard", async () => {
  const {page} = await visit(site, "/index.html?unit=99999%7Cpre2025&year=2024");
  await expect(page.getByRole("alert").textContent()).resolves.toBe(
    "Liên kết có tham số không hợp lệ: unit=“99999|pre2025”: Không có địa bàn nào mang mã này — đang hiển thị Toàn quốc."
  );
  await expect(page.getByRole("combobox", {name: "Địa bàn"}).inputValue()).resolves.toBe("Toàn quốc");
  await page.close();
});

test("a well-formed key of a province that does not exist says so", async () => {
  const {page} = await visit(site, "/index.html?unit=99%7C2025&year=2025");
  await expect(page.getByText("Không có địa bàn nào mang mã “99|2025” trên địa giới cũ hay mới").count()).resolves.toBe(
    1
  );
  await page.close();
});

test("the comparison page compares the communes of a new province on the new map", async () => {
  const {page, problems} = await visit(site, "/districts.html?map=2025&province=19&year=2025");
  await expect(page.getByRole("heading", {level: 1}).textContent()).resolves.toBe("So sánh các xã trong tỉnh");
  await expect(page.getByLabel("Địa giới").inputValue()).resolves.toBe("2025");
  await expect(page.getByText(/^Các xã, phường trong một tỉnh mới/).count()).resolves.toBe(1);
  await expect(page.getByLabel("Tỉnh").locator("option:checked").textContent()).resolves.toBe("Thái Nguyên (19)");
  // the funnel and ranked table of its communes, or, before any commune data, a sentence that says so
  await expect(
    page
      .getByRole("columnheader", {name: "Xã"})
      .or(page.getByText("Chưa có địa bàn nào trong tỉnh này có cả số lao động và số người chết"))
      .count()
  ).resolves.toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});
