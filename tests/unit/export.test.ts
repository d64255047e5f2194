// @vitest-environment jsdom
// Charts and tables taken out of the site: the SVG carries title, source line, date and demo mark with
// Vietnamese letters intact; CSV opens in Excel (BOM); XLSX is a real workbook.
import ExcelJS from "exceljs";
import {describe, expect, test} from "vitest";
import {trendChart} from "../../src/components/trendChart.js";
import {chartSvgFile} from "../../src/lib/export/chart-svg.js";
import {toCsv} from "../../src/lib/export/csv.js";
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
