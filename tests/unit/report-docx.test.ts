// The annual report as an administrative document: abbreviations written out at first use, the parts
// Nghị định 30/2020/NĐ-CP requires, and a .docx that Word reads (its XML read back here).
import {crc32, deflateSync} from "node:zlib";
import {Packer} from "docx";
// fflate is docx's own zip library: reading the file back needs no other dependency.
import {strFromU8, unzipSync} from "fflate";
import {JSDOM} from "jsdom";
import {expect, test} from "vitest";
import {reportDocument} from "../../src/components/reportDocument.js";
import {abbreviationSpeller} from "../../src/lib/report/abbreviations.js";
import {reportDocx} from "../../src/lib/report/report-docx.js";
import {issuerLineScale, reportModel, type ReportInputs, type ReportResult} from "../../src/lib/report/report-model.js";
import type {SiteUnit} from "../../contract/site.js";
import {resultRow, type ResultRow} from "../fixtures/results.js";

test("an abbreviation is written out at its first use only, never inside a document number", () => {
  const spell = abbreviationSpeller("vi");
  expect(spell("Kế hoạch 149-KH/TU thực hiện Nghị quyết 19/NQ-CP về ATVSLĐ")).toBe(
    "Kế hoạch 149-KH/TU thực hiện Nghị quyết 19/NQ-CP về an toàn, vệ sinh lao động (ATVSLĐ)"
  );
  expect(spell("Tỷ lệ chết người do TNLĐ (/100.000 LĐ); ATVSLĐ")).toBe(
    "Tỷ lệ chết người do tai nạn lao động (TNLĐ) (/100.000 lao động (LĐ)); ATVSLĐ"
  );
  expect(spell("TNLĐ, BNN")).toBe("TNLĐ, bệnh nghề nghiệp (BNN)");
  // "NLĐ" is its own abbreviation, not "LĐ" again.
  expect(spell("NLĐ")).toBe("người lao động (NLĐ)");
  // Already written out by its author: left as it is.
  expect(abbreviationSpeller("vi")("tai nạn lao động (TNLĐ) và TNLĐ")).toBe("tai nạn lao động (TNLĐ) và TNLĐ");
  expect(abbreviationSpeller("en")("the OSH plan; OSH")).toBe("the occupational safety and health (OSH) plan; OSH");
});

const kontum: SiteUnit = {
  key: "62|pre2025",
  code: "62",
  geography: "pre2025",
  mode: "reported",
  name: "Tỉnh Kon Tum",
  level: "province",
  parent: null,
  province_2025: "51",
  plan_id: "kon-tum-2024",
  plan_years: [2024, 2025].map((year) => ({
    year,
    plan_id: "kon-tum-2024",
    reason: {vi: `Kế hoạch của chính địa bàn (${year})`, en: `The unit's own plan (${year})`}
  }))
};

/** Kon Tum's fatal rate in a year under its own plan, with counts and an interval. */
const result = (year: number, value: number, fields: Partial<ResultRow> = {}): ReportResult =>
  resultRow("fatal_rate", year, value, {
    plan_id: "kon-tum-2024",
    numerator: Math.round(value),
    denominator: 100_000,
    ci_low: value / 2,
    ci_high: value * 2,
    ...fields
  });

const inputs: ReportInputs = {
  site: {
    demo: true,
    units: [kontum],
    plans: [
      {
        id: "kon-tum-2024",
        title: "Kế hoạch triển khai Kế hoạch số 149-KH/TU",
        issuer: "UBND tỉnh Kon Tum",
        document: "Kế hoạch 2024",
        targets: [{id: "fatal", rule: {vi: "giảm ít nhất 4%/năm", en: "down at least 4%/year"}}]
      }
    ]
  },
  results: [
    result(2022, 5.4),
    result(2023, 5.15),
    result(2024, 1.03, {target_id: "fatal", target_value: 4.95, status: "not_enough_evidence", method: "no_data"})
  ],
  quality: {
    loads: [{rejected: 2}, {rejected: 1}],
    warnings: [
      {unit_code: "62", year: 2024, dataset: "incidents", message_vi: "Số chết cao", message_en: "Deaths high"}
    ]
  },
  tasks: []
};
const model = reportModel(inputs, {unit: kontum, year: 2024, lang: "vi", today: new Date(2026, 10, 30)});

test("the report has the parts of an administrative document, for the unit it is about", () => {
  expect(model.frame).toMatchObject({
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    issuingBody: ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"],
    placeDate: "Kon Tum, ngày ...... tháng ...... năm 2026",
    recipientsLabel: "Nơi nhận:",
    signatureAuthority: "TM. ỦY BAN NHÂN DÂN",
    signatureRole: "CHỦ TỊCH"
  });
  expect(model.frame.number).toMatch(/^Số: \.+\/BC-/);
  expect(model.subtitle).toBe("Tỉnh Kon Tum · Năm 2024");
});

test("the issuer's lines keep a unit's name whole: a long one is set smaller, never broken", async () => {
  const frame = (name: string, lang: "vi" | "en" = "vi") =>
    reportModel(inputs, {unit: {...kontum, name}, year: 2024, lang}).frame.issuingBody;
  expect(frame("Thành phố Hồ Chí Minh")).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]);
  expect(issuerLineScale("TỈNH KON TUM")).toBe(1);
  expect(issuerLineScale("THÀNH PHỐ HỒ CHÍ MINH")).toBe(1);
  const long = "Xã Đắk Rơ Nga Thượng Hạ Đông Tây"; // 32 letters: beyond the column at 12 pt
  expect(issuerLineScale(long)).toBeCloseTo(22 / 32);
  const xml = async (name: string) => {
    const model = reportModel(inputs, {unit: {...kontum, name}, year: 2024, lang: "vi"});
    const bytes = await Packer.toBuffer(reportDocx(model, []));
    return strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]!);
  };
  // Word breaks lines at spaces only: the name's spaces are no-break spaces, and the long one is 8 pt, not 12.
  const run = (size: number, text: string) =>
    new RegExp(`<w:sz w:val="${size}"/>(?:(?!</w:r>).)*<w:t xml:space="preserve">${text}`);
  expect(await xml("Tỉnh Kon Tum")).toMatch(run(24, "TỈNH\u00a0KON\u00a0TUM</w:t>"));
  expect(await xml(long)).toMatch(run(16, "XÃ\u00a0ĐẮK\u00a0RƠ"));
  // In English the level word is translated and follows the place, as English names a committee.
  expect(frame("Tỉnh Kon Tum", "en")).toEqual(["KON TUM PROVINCE", "PEOPLE'S COMMITTEE"]);
  const en = reportModel(inputs, {unit: kontum, year: 2024, lang: "en"});
  expect(en.subtitle).toBe("Kon Tum Province · Year 2024");
  expect(en.planLine).toContain("— Kon Tum Province People's Committee (Plan 2024)");
  expect(en.planLine).not.toContain("Tỉnh");
});

test("a report from 2025 says which map its unit is on, and an old unit's 2025 what came back from the new map", async () => {
  const mapLine = (unit: SiteUnit, year: number, lang: "vi" | "en" = "vi") =>
    reportModel(inputs, {unit, year, lang}).mapLine;
  expect(mapLine(kontum, 2024)).toBeNull();
  expect(mapLine(kontum, 2025)).toContain("Địa bàn theo địa giới cũ (63 tỉnh, trước 01/07/2025)");
  expect(mapLine(kontum, 2025)).toContain("đưa về địa bàn này qua bảng chuyển đổi xã");
  expect(mapLine(kontum, 2025, "en")).toContain("brought back to this unit through the commune mapping");
  const gialai = {...kontum, key: "52|2025", code: "52", geography: "2025", name: "Gia Lai"} as SiteUnit;
  expect(mapLine(gialai, 2026)).toBe("Địa bàn theo địa giới mới (34 tỉnh, từ 01/07/2025).");
  const country = {...kontum, key: "VN|any", code: "VN", geography: "any", level: "country"} as SiteUnit;
  expect(mapLine(country, 2025, "en")).toMatch(/^The whole country: figures to 30 June 2025 on the old map/);
  // the Word file carries it under the plan line
  const bytes = await Packer.toBuffer(reportDocx(reportModel(inputs, {unit: kontum, year: 2025, lang: "vi"}), []));
  expect(strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]!)).toContain("bảng chuyển đổi xã");
});

test("the first use of each abbreviation in reading order is written out, later ones are not", () => {
  const targets = model.sections[0]!.blocks[0]!;
  expect(targets.kind).toBe("table");
  if (targets.kind !== "table") return;
  // "UBND" first appears in the plan line, "TNLĐ" first in the targets table.
  expect(model.planLine).toContain("Ủy ban nhân dân (UBND) tỉnh Kon Tum");
  expect(targets.table.rows[0]![0]).toBe(
    "Tỷ lệ chết người do tai nạn lao động (TNLĐ) (/100.000 lao động (LĐ)) — giảm ít nhất 4%/năm"
  );
  const later = model.sections
    .at(-1)!
    .blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))
    .join(" ");
  expect(later).toContain("Thông báo TNLĐ");
  // a warning names its dataset as the upload page does, not by its id
  const warning = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === "paragraph" && b.text.startsWith("•"));
  expect(warning).toEqual({kind: "paragraph", text: "• Số chết cao (Vụ tai nạn lao động, 2024)"});
  expect(later).not.toContain("tai nạn lao động (TNLĐ)");
});

test("one chart per target indicator, over the years up to the report's", () => {
  const charts = model.sections[1]!.blocks.filter((b) => b.kind === "chart");
  expect(charts).toHaveLength(1);
  if (charts[0]!.kind !== "chart") return;
  expect(charts[0]!.chart.points.map((p) => p.year)).toEqual([2022, 2023, 2024]);
  expect(charts[0]!.chart.subtitle).toBe("Tỉnh Kon Tum · 2022–2024");
});

test("the .docx: A4 with the decree's margins, Times New Roman 14 pt, title, motto, Word tables and the chart image", async () => {
  // A real (tiny) PNG: the file's image part must be it, byte for byte.
  const png = onePixelPng();
  const bytes = await Packer.toBuffer(reportDocx(model, [{png, width: 640, height: 328}]));
  const files = unzipSync(new Uint8Array(bytes));
  const documentXml = strFromU8(files["word/document.xml"]!);
  const text = documentXml.replace(/<[^>]+>/g, "");
  for (const words of [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN",
    "TỈNH\u00a0KON\u00a0TUM", // one line, never broken inside the name
    "Báo cáo kết quả thực hiện kế hoạch an toàn, vệ sinh lao động",
    "tai nạn lao động (TNLĐ)",
    "Nơi nhận:",
    "TM. ỦY BAN NHÂN DÂN"
  ])
    expect(text).toContain(words);
  // The header and closing (2), the targets table (1); tasks have none here.
  expect(documentXml.match(/<w:tbl>/g)).toHaveLength(3);
  expect(documentXml).toContain("<w:tblHeader/>");
  // A4 is 11906 × 16838 twips; 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
  expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  const styles = strFromU8(files["word/styles.xml"]!);
  expect(styles).toContain('w:ascii="Times New Roman"');
  expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
  expect(media).toHaveLength(1);
  expect(Buffer.from(files[media[0]!]!).equals(png)).toBe(true);
  expect(documentXml).toContain("<a:blip");
});

/** A 1 × 1 white PNG, written chunk by chunk. */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1 × 1, 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", Buffer.alloc(0))
  ]);
}

test("the report page draws its targets with the overview's scorecard, saying what the Word table says", () => {
  const {window} = new JSDOM("");
  const page = reportDocument(model, {
    document: window.document,
    drawChart: () => window.document.createElement("svg")
  });
  const targets = model.sections[0]!.blocks[0]!;
  if (targets.kind !== "table") throw new Error("the targets are a table");
  const scorecard = page.querySelector("table.scorecard")!;
  expect(scorecard.querySelector("caption")!.textContent).toBe(targets.table.caption);
  const [indicator, value, target, status, calculation] = targets.table.rows[0]!;
  const row = scorecard.querySelector<HTMLTableRowElement>("tbody tr")!;
  expect(
    `${row.querySelector("th")!.firstChild!.textContent} — ${row.querySelector(".target-rule")!.textContent}`
  ).toBe(indicator);
  expect(`${row.cells[1]!.firstChild!.textContent} (${row.querySelector(".interval")!.textContent})`).toBe(value);
  expect(row.cells[2]!.textContent).toBe(target);
  expect(row.querySelector(".status-badge")!.textContent).toContain(status);
  // on paper every calculation is open
  const details = row.querySelector("details")!;
  expect(details.open).toBe(true);
  expect(details.querySelector("p")!.textContent).toBe(calculation);
});
