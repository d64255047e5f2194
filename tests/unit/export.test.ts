// @vitest-environment jsdom
// Charts and tables taken out of the site: the SVG carries title, source line, date and demo mark with
// Vietnamese letters intact; CSV opens in Excel (BOM); XLSX is a real workbook.
import ExcelJS from "exceljs";
import {describe, expect, test} from "vitest";
import {trendChart} from "../../src/components/trendChart.js";
import {chartSvgFile} from "../../src/lib/export/chart-svg.js";
import {toCsv, YEAR_FORMAT} from "../../src/lib/export/csv.js";
import {toXlsx} from "../../src/lib/export/xlsx.js";

const points = [
  {year: 2022, value: 4.1, ci_low: 3.6, ci_high: 4.6, target_value: null},
  {year: 2023, value: 3.9, ci_low: 3.4, ci_high: 4.4, target_value: 3.94},
  {year: 2024, value: 3.3, ci_low: 2.9, ci_high: 3.7, target_value: 3.78}
];
const columns = [
  {label: "Năm", value: (p: (typeof points)[number]) => p.year},
  {label: 'Tỷ lệ, "chết"', value: (p: (typeof points)[number]) => p.value}
];

describe("SVG file", () => {
  const chart = trendChart(points, {indicator: "fatal_rate", lang: "vi", document});
  const svg = chartSvgFile(
    chart,
    {
      title: "Tỷ lệ chết người do TNLĐ",
      subtitle: "Tỉnh Kon Tum · 2022–2024",
      source: "Nguồn: Bộ LĐTBXH",
      date: "Tạo ngày 23/11/2026",
      demo: "DỮ LIỆU MINH HỌA"
    },
    {fontCss: '@font-face{font-family:"Be Vietnam Pro";src:url(data:font/woff2;base64,AAAA)}'}
  );
  test("is well-formed XML", () => {
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(parsed.documentElement.tagName).toBe("svg");
  });
  test("burns in title, unit and years, source, date and the demo mark, with diacritics", () => {
    for (const text of [
      "Tỷ lệ chết người do TNLĐ",
      "Tỉnh Kon Tum · 2022–2024",
      "Nguồn: Bộ LĐTBXH",
      "Tạo ngày 23/11/2026",
      "DỮ LIỆU MINH HỌA"
    ])
      expect(svg).toContain(text);
  });
  test("embeds the font and the chart's legend", () => {
    expect(svg).toContain("@font-face");
    expect(svg).toContain("Lộ trình kế hoạch");
  });
});

test("a share chart in Vietnamese (30,5\u00a0%) is well-formed XML too", () => {
  const shares = points.map((p) => ({
    ...p,
    value: p.value / 10,
    ci_low: p.ci_low / 10,
    ci_high: p.ci_high / 10,
    target_value: null
  }));
  const svg = chartSvgFile(trendChart(shares, {indicator: "exam_coverage", lang: "vi", document}), {
    title: "Tỷ lệ người lao động được khám",
    subtitle: "Tỉnh Kon Tum · 2022–2024",
    source: "Nguồn",
    date: "Tạo ngày 23/11/2026"
  });
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(parsed.documentElement.textContent).toContain("40\u00a0%");
});

test("a source line longer than the chart is wide wraps onto lines that fit, losing no word", () => {
  const source =
    "Nguồn: dữ liệu minh họa của công cụ Giám sát kế hoạch ATVSLĐ (tổng toàn quốc theo Thông báo TNLĐ hằng năm của Bộ LĐTBXH)";
  const svg = chartSvgFile(trendChart(points, {indicator: "fatal_rate", lang: "vi", document}), {
    title: "T",
    subtitle: "S",
    source,
    date: "Tạo ngày 23/11/2026"
  });
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  const lines = [...parsed.documentElement.children]
    .filter((e) => e.tagName === "text" && e.getAttribute("font-size") === "11")
    .map((e) => e.textContent!);
  // 640 px at about 6 px a letter: 106 letters a line at most; the date comes last, on its own line.
  expect(lines.length).toBe(3);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(106);
  expect(lines.slice(0, -1).join(" ")).toBe(source);
  expect(lines.at(-1)).toBe("Tạo ngày 23/11/2026");
});

test("CSV starts with a BOM and quotes what needs quoting", () => {
  const csv = toCsv(points, columns);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toBe('\ufeffNăm,"Tỷ lệ, ""chết"""');
  expect(csv.split("\r\n")[3]).toBe("2024,3.3");
});

test("XLSX opens as a workbook with the title, headers and numbers", async () => {
  const bytes = toXlsx(points, columns, {title: "Tỷ lệ chết người — Kon Tum", sheetName: "Số liệu"});
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet("Số liệu")!;
  expect(sheet.getCell("A1").value).toBe("Tỷ lệ chết người — Kon Tum");
  expect(sheet.getCell("B3").value).toBe('Tỷ lệ, "chết"');
  expect(sheet.getCell("A6").value).toBe(2024);
  expect(sheet.getCell("B6").value).toBe(3.3);
});

test("XLSX carries the source under the table and shows real numbers with formats: years plain, counts grouped", async () => {
  const rows = [{year: 2025, workers: 1_763_908, rate: 0.1 + 0.2}];
  const bytes = toXlsx(
    rows,
    [
      {label: "Năm", value: (r) => r.year, numberFormat: YEAR_FORMAT},
      {label: "Số lao động", value: (r) => r.workers},
      {label: "Tỷ lệ", value: (r) => r.rate}
    ],
    {title: "T", notes: ["Nguồn: Bộ LĐTBXH", "Tạo ngày 23/11/2026"]}
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(4).values).toEqual([undefined, 2025, 1_763_908, 0.1 + 0.2]); // exactly, every digit
  expect([sheet.getCell("A4").numFmt, sheet.getCell("B4").numFmt, sheet.getCell("C4").numFmt]).toEqual([
    "0",
    "#,##0",
    "#,##0.0##"
  ]);
  expect([sheet.getCell("A6").value, sheet.getCell("A7").value]).toEqual(["Nguồn: Bộ LĐTBXH", "Tạo ngày 23/11/2026"]);
});

test("CSV numbers read back exactly as the numbers written", () => {
  const values = [0.1 + 0.2, 1 / 3, 1_763_908, -4.5e-7, 12345.678901234];
  const csv = toCsv(values, [{label: "x", value: (x) => x}]);
  expect(csv.slice(1).trim().split("\r\n").slice(1).map(Number)).toEqual(values);
});

test("CSV cells that Excel would run as formulas get an apostrophe; numbers stay numbers", () => {
  const cells = ["=1+1", "@SUM(1+1)", '=HYPERLINK("http://x","y")', "+1+2", "-2+3", "\t=1", "-5", "+84", "3.5", "a=b"];
  const csv = toCsv(cells, [{label: "=label", value: (cell) => cell}]);
  expect(csv.slice(1).split("\r\n").slice(0, -1)).toEqual([
    "'=label",
    "'=1+1",
    "'@SUM(1+1)",
    `"'=HYPERLINK(""http://x"",""y"")"`,
    "'+1+2",
    "'-2+3",
    "'\t=1",
    "-5",
    "+84",
    "3.5",
    "a=b"
  ]);
  expect(toCsv([-5], [{label: "n", value: (n) => n}])).toBe("\ufeffn\r\n-5\r\n");
});
