// The year's report, with one command, for the plans of Kon Tum, Hải Dương and Bạch Thông: an A4 PDF
// whose text (pdftotext, from poppler-utils) has the Vietnamese title with its diacritics.
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {expect, test} from "vitest";
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
  expect(text).toContain("Report on the implementation of the OSH plan");
});

test("a usage error exits 2", () => {
  expect(spawnSync(process.execPath, ["--import", "tsx", "scripts/report.ts", "--year", "24"]).status).toBe(2);
});
