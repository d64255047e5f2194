// The year's report, with one command, for the plans of Kon Tum, Hải Dương and Bạch Thông: an A4 PDF
// whose text (pdftotext, from poppler-utils) has the Vietnamese title with its diacritics, and the same
// report as a Word document, made by the report page's own Word button.
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {strFromU8, unzipSync} from "fflate";
import {expect, test} from "vitest";
import {openSite, visit} from "./browser.js";
import {tempDir} from "../fixtures/files.js";

const dir = tempDir("osh-report-");

test.each([
  ["62", "Tỉnh Kon Tum"],
  ["30", "Tỉnh Hải Dương"],
  ["063", "Huyện Bạch Thông"]
])("npm run report -- --unit %s --year 2024 writes the report of %s", (unit, name) => {
  const out = join(dir, `${unit}.pdf`);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/report.ts", "--unit", unit, "--year", "2024", "--out", out],
    {encoding: "utf8"}
  );
  expect(run.status, run.stderr).toBe(0);
  const info = spawnSync("pdfinfo", [out], {encoding: "utf8"}).stdout;
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
  const text = spawnSync("pdftotext", ["-layout", out, "-"], {encoding: "utf8"}).stdout.replace(/\s+/g, " ");
  expect(text).toContain("Báo cáo kết quả thực hiện kế hoạch an toàn, vệ sinh lao động");
  expect(text).toContain(`${name} · Năm 2024`);
  expect(text).toContain("1. Kết quả thực hiện các chỉ tiêu");
  expect(text).toContain("Dữ liệu minh họa");
  // The parts of an administrative document (abbreviations: the Word test below, where cells do not wrap).
  for (const words of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "CHỦ TỊCH"])
    expect(text).toContain(words);
});

const report = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/report.ts", ...args], {encoding: "utf8"});

test("npm run report -- --format docx: a Word document with the decree's parts, Word tables and every chart as PNG", () => {
  const out = join(dir, "62.docx");
  const run = report("--unit", "62", "--year", "2024", "--format", "docx", "--out", out);
  expect(run.status, run.stderr).toBe(0);
  const files = unzipSync(new Uint8Array(readFileSync(out)));
  const xml = strFromU8(files["word/document.xml"]!);
  const text = xml.replace(/<[^>]+>/g, "");
  for (const words of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN",
    "TỈNH\u00a0KON\u00a0TUM",
    "Tỉnh Kon Tum · Năm 2024",
    "1. Kết quả thực hiện các chỉ tiêu",
    "tai nạn lao động (TNLĐ)",
    "Nơi nhận:"
  ])
    expect(text).toContain(words);
  expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3);
  // Kon Tum's plan has three targets on three indicators: three charts, each a PNG image in the file.
  const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
  expect(media).toHaveLength(3);
  for (const name of media) expect([...files[name]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test("the 2025 report of an old unit says its map and what came back from the new map; in English, the committee after its province", () => {
  const text = (lang: string) => {
    const out = join(dir, `62-2025-${lang}.docx`);
    const run = report("--unit", "62", "--year", "2025", "--lang", lang, "--format", "docx", "--out", out);
    expect(run.status, run.stderr).toBe(0);
    return strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"]!)
      .replace(/<[^>]+>/g, " ")
      .replaceAll("&apos;", "'")
      .replaceAll("\u00a0", " ")
      .replace(/\s+/g, " ");
  };
  const vi = text("vi");
  expect(vi).toContain("ỦY BAN NHÂN DÂN TỈNH KON TUM");
  expect(vi).toContain("Địa bàn theo địa giới cũ (63 tỉnh, trước 01/07/2025)");
  expect(vi).toContain("được đưa về địa bàn này qua bảng chuyển đổi xã");
  const en = text("en");
  expect(en).toContain("KON TUM PROVINCE PEOPLE'S COMMITTEE");
  expect(en).toContain("Kon Tum Province People's Committee (Plan 2024)");
  expect(en).toContain("brought back to this unit through the commune mapping");
  expect(en).not.toMatch(/People's Committee of|Tỉnh Kon Tum/);
});

test("English version", () => {
  const out = join(dir, "en.pdf");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/report.ts", "--unit", "VN", "--year", "2024", "--lang", "en", "--out", out],
    {encoding: "utf8"}
  );
  expect(run.status, run.stderr).toBe(0);
  const text = spawnSync("pdftotext", [out, "-"], {encoding: "utf8"}).stdout.replace(/\s+/g, " ");
  // "OSH" is written out at its first use, in the title.
  expect(text).toContain("Report on the implementation of the occupational safety and health (OSH) plan");
});

test("a usage error exits 2", () => {
  expect(report("--year", "24").status).toBe(2);
  expect(report("--unit", "62", "--year", "2024", "--format", "odt").status).toBe(2);
  expect(report("--unit", "62", "--year", "1800").status).toBe(2);
  const year = report("--unit", "62", "--year", "20x4");
  expect(year.status).toBe(2);
  expect(year.stderr).toContain("--year: “20x4” không phải là một năm / --year: “20x4” is not a year");
  // Kon Tum merged into Quảng Ngãi on 01/07/2025: 2026 is refused naming the new province, no file.
  const gone = report("--unit", "62", "--year", "2026", "--out", join(dir, "62-2026.pdf"));
  expect(gone.status).toBe(2);
  expect(gone.stderr).toContain("merged into Quảng Ngãi (51");
  // The report has no --geography: its advice names only --unit.
  expect(gone.stderr).toContain("Dùng --unit 51; năm 2026 chỉ có địa giới mới");
  expect(gone.stderr).not.toContain("--geography");
  expect(existsSync(join(dir, "62-2026.pdf"))).toBe(false);
  // A unit the site does not know: a sentence in both languages, no stack trace, no file.
  const unknown = report("--unit", "ZZ", "--year", "2024", "--out", join(dir, "zz.pdf"));
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("không có báo cáo cho mã này (xem bảng chỉ tiêu của địa bàn ở trang Tổng quan): ZZ");
  expect(unknown.stderr).not.toMatch(/\n\s+at /);
  // A district without a plan of its own has a scorecard on the overview, not an annual report: said so, not "no such unit"
  const district = report("--unit", "002", "--year", "2024", "--out", join(dir, "002.pdf"));
  expect(district.status).toBe(2);
  expect(district.stderr).toContain("Báo cáo năm có cho toàn quốc, các tỉnh và các địa bàn có kế hoạch riêng");
  // A year the data do not hold: the page would show its default year; the command refuses instead.
  const noData = report("--unit", "62", "--year", "2031", "--out", join(dir, "2031.pdf"));
  expect(noData.status).toBe(2);
  expect(noData.stderr).toContain("không có số liệu năm 2031");
  expect(existsSync(join(dir, "2031.pdf"))).toBe(false);
});

test("--from 2021 --to 2025: the report carries the period review as a section, with its Word table", () => {
  const out = join(dir, "vn-review.docx");
  const run = report(
    "--unit",
    "VN",
    "--year",
    "2025",
    "--from",
    "2021",
    "--to",
    "2025",
    "--format",
    "docx",
    "--out",
    out
  );
  expect(run.status, run.stderr).toBe(0);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"]!);
  const text = xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  expect(text).toContain("2. Tổng kết giai đoạn 2021–2025");
  expect(text).toContain("xu hướng Poisson log-tuyến tính 2020–2025");
  expect(report("--unit", "VN", "--year", "2025", "--from", "2025", "--to", "2021").status).toBe(2);
});

test("the report page loads the Word library only when its Word button is pressed", async () => {
  const site = await openSite();
  try {
    const {page, problems} = await visit(site, "/report.html?unit=62&year=2024");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    expect(await page.locator("script[src*='docx'], link[href*='docx']").count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", {name: "Tải về bản Word (.docx)"}).click()
    ]);
    expect(download.suggestedFilename()).toBe("bao-cao-62-2024-vi.docx");
    expect(requested.some((url) => /\/_node\/docx@/.test(url))).toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await site.close();
  }
});
