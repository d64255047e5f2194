// The check page as an officer uses it before sending a file: pick a CSV or XLSX, see what the loader
// would do with it — the same rules run by DuckDB-wasm in this browser — and nothing leaves the computer.
import {execFileSync} from "node:child_process";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, expect, test} from "vitest";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv, writeIncidentsCsv, writeXlsx} from "../fixtures/files.js";
import {openSite, visit, wcagViolations, type Site} from "./browser.js";

const dir = tempDir("osh-check-");
const goodCsv = writeIncidentsCsv(join(dir, "tot.csv"), [
  {"Mã vụ": "V-1"},
  {"Mã vụ": "V-2", "Mã địa bàn": "79", "Ngày xảy ra": "2024-05-02"},
  {"Mã vụ": "V-3", "Có quan hệ lao động": "không"}
]);
// A title row, a personal column, an Excel date cell, and four rows the loader rejects (rows 4, 5, 6, 9 as
// Excel numbers them), the last a totals row.
const rejectsXlsx = join(dir, "co-dong-sai.xlsx");
const examsCsv = join(dir, "kham-bnn.csv");
let site: Site;

beforeAll(async () => {
  await writeXlsx(rejectsXlsx, [
    {
      name: "Báo cáo",
      rows: [
        ["BÁO CÁO TAI NẠN LAO ĐỘNG NĂM 2024"],
        ["STT", "Họ và tên người bị nạn", ...INCIDENT_HEADER],
        [1, "Nguyễn Văn A", ...incidentRow({"Mã vụ": "V-1", "Ngày xảy ra": new Date(Date.UTC(2024, 2, 15)) as never})],
        [2, "Trần Thị B", ...incidentRow({"Mã vụ": "V-2", "Số người chết": 2})],
        [3, "Lê Văn C", ...incidentRow({"Mã vụ": "V-3", "Mã địa bàn": "X9"})],
        [4, "Phạm Thị D", ...incidentRow({"Mã vụ": "V-4", "Ngày xảy ra": "31/02/2024"})],
        [5, "Hồ Văn E", ...incidentRow({"Mã vụ": "V-5", "Số người bị nạn": 3, "Số người chết": 1})],
        [6, "Đỗ Thị G", ...incidentRow({"Mã vụ": "V-6", "Mã ngành": 41})],
        ["Tổng cộng", "", ...incidentRow({"Mã vụ": "", "Số người bị nạn": 6})]
      ]
    }
  ]);
  // Two units' exams, one examining more workers than are exposed: a warning, and the row still loads.
  writeCsv(examsCsv, [
    ["Năm", "Mã địa bàn", "Số lao động tiếp xúc yếu tố có hại", "Số được khám phát hiện BNN"],
    [2024, "01", 100, 80],
    [2024, "79", 50, 60],
    [2024, "79", 10, 5]
  ]);
  site = await openSite();
});
afterAll(() => site?.close());

/** What `npm run validate` says of a file: its counts, and its rejected rows with their columns and reasons. */
function validate(file: string) {
  let output: string;
  try {
    output = execFileSync("npx", ["tsx", "cli/ingest.ts", "--validate-only", file], {encoding: "utf8"});
  } catch (error) {
    output = (error as {stdout: string}).stdout; // exit 3: some rows rejected
  }
  const counts = /rows read (\d+) · accepted (\d+) · rejected (\d+)/.exec(output)!;
  return {
    rowsRead: Number(counts[1]),
    accepted: Number(counts[2]),
    rejected: Number(counts[3]),
    rejects: [...output.matchAll(/dòng \/ row (\d+) \[(\w+)\]: (.*) \/ /g)].map((m) => ({row: Number(m[1]), vi: m[3]}))
  };
}

/** Picks a file on the page and waits until it is checked; every request the page made meanwhile. */
async function check(page: Page, file: string) {
  const requests: {method: string; url: string}[] = [];
  page.on("request", (request) => requests.push({method: request.method(), url: request.url()}));
  await page.locator("#check-file").setInputFiles(file);
  await page.locator("#check-result[data-seconds]").waitFor({timeout: 60_000});
  const cell = async (className: string) => page.locator(`tr.${className} td`).innerText();
  const rows = await page.locator("#check-result table.data-table").first().locator("tbody tr").all();
  const rejects = await Promise.all(
    rows.map(async (row) => {
      const [number, column, reason] = await row.locator("td").allInnerTexts();
      return {row: Number(number), column: column!, vi: reason!};
    })
  );
  return {
    requests,
    dataset: await cell("check-dataset"),
    rowsRead: Number(await cell("check-read")),
    accepted: Number(await cell("check-accepted")),
    rejected: Number(await cell("check-rejected")),
    personal: await cell("check-personal"),
    rejects,
    text: await page.locator("#check-result").innerText()
  };
}

test("a good CSV: the dataset recognised, every row accepted, as the loader says", async () => {
  const {page, problems, outsideRequests} = await visit(site, "/check.html");
  const seen = await check(page, goodCsv);
  expect(seen.dataset).toBe("Vụ tai nạn lao động (incidents)");
  expect([seen.rowsRead, seen.accepted, seen.rejected]).toEqual([3, 3, 0]);
  expect(seen.personal).toBe("không có");
  const cli = validate(goodCsv);
  expect([seen.rowsRead, seen.accepted, seen.rejected]).toEqual([cli.rowsRead, cli.accepted, cli.rejected]);
  // Nothing left the computer: every request went to the page's own server, and none sent anything.
  const origin = new URL(site.server.url).origin;
  expect(seen.requests.length).toBeGreaterThan(0); // DuckDB-wasm and the reference codes, loaded on the pick
  expect(seen.requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith("blob:"))).toEqual([]);
  expect(seen.requests.filter((r) => r.method !== "GET")).toEqual([]);
  expect(seen.requests.some((r) => r.url.includes("check-reference"))).toBe(true);
  expect(outsideRequests).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test("an XLSX with rejects: each rejected row with its number and reason in Vietnamese, the personal column named", async () => {
  const {page, problems} = await visit(site, "/check.html");
  const seen = await check(page, rejectsXlsx);
  expect(seen.dataset).toBe("Vụ tai nạn lao động (incidents)");
  // Rows 3–9 under the header in row 2: V-1 (an Excel date), V-3 and V-6 (sector 41 → F) are accepted.
  expect([seen.rowsRead, seen.accepted, seen.rejected]).toEqual([7, 3, 4]);
  expect(seen.personal).toBe("Họ và tên người bị nạn");
  expect(seen.rejects).toEqual([
    {row: 4, column: "Số người bị nạn", vi: "Số người chết cộng số bị thương nặng lớn hơn số người bị nạn"},
    {
      row: 5,
      column: "Mã địa bàn",
      vi: `"Mã địa bàn" không phải mã tỉnh/huyện/xã của Tổng cục Thống kê theo địa giới cũ (63 tỉnh), áp dụng cho số liệu trước 01/07/2025`
    },
    {
      row: 6,
      column: "Ngày xảy ra",
      vi: `"Ngày xảy ra" không phải ngày hợp lệ (dùng NNNN-TT-NN, NN/TT/NNNN hoặc ô ngày của Excel)`
    },
    {row: 9, column: "Mã vụ", vi: "Dòng tổng cộng, không phải số liệu chi tiết"}
  ]);
  // The victims' names are read by the page (they are in the file) but never shown.
  expect(seen.text).not.toContain("Nguyễn Văn A");
  // Same rules, same answer as the loader's own check of the same file.
  const cli = validate(rejectsXlsx);
  expect({rowsRead: seen.rowsRead, accepted: seen.accepted, rejected: seen.rejected}).toEqual({
    rowsRead: cli.rowsRead,
    accepted: cli.accepted,
    rejected: cli.rejected
  });
  expect(seen.rejects.map(({row, vi}) => ({row, vi}))).toEqual(cli.rejects);
  expect(await wcagViolations(page)).toEqual([]);
  expect(seen.requests.filter((r) => r.method !== "GET")).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

test("plausibility warnings and duplicates in a yearly dataset, in English too", async () => {
  const {page, problems} = await visit(site, "/check.html?lang=en");
  const seen = await check(page, examsCsv);
  expect(seen.dataset).toBe("Occupational disease examinations (disease_exams)");
  // The third row repeats the second's key (year, unit, no sector): rejected; the second warns (60 > 50).
  expect([seen.rowsRead, seen.accepted, seen.rejected]).toEqual([3, 2, 1]);
  expect(seen.rejects).toEqual([
    {row: 4, column: "year", vi: `Same key as a row above (row 3) in this file (key: year, unit_code, sector_code)`}
  ]);
  expect(seen.text).toContain("Workers examined exceed workers exposed\t1");
  expect(problems).toEqual([]);
  await page.close();
});

test("a file the loader refuses is refused with its reason, no stack trace", async () => {
  const {page, problems} = await visit(site, "/check.html");
  const notData = writeCsv(join(dir, "ghi-chu.csv"), [["Ghi chú"], ["không phải bảng số liệu"]]);
  await page.locator("#check-file").setInputFiles(notData);
  await page.locator("#check-result[data-seconds]").waitFor({timeout: 60_000});
  const refusal = await page.locator(".check-refused").innerText();
  expect(refusal).toContain("Không tìm thấy dòng tiêu đề có tên cột theo mẫu");
  expect(refusal).not.toMatch(/\bat \w+ \(|Error:/);
  expect(problems).toEqual([]);
  await page.close();
});
