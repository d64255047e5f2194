// The receipt an officer opens in Excel after dropping a file in the inbox: what was read, accepted and
// rejected (every rejected row with its row number, column and reason), which personal columns were
// dropped, and the plausibility warnings. Vietnamese first, English beside it.
import ExcelJS from "exceljs";
import {DATASETS} from "../../contract/ingest/datasets.js";
import type {FileReport} from "../ingest/load-file.js";

export interface ReceiptReject {
  sheet: string | null;
  src_row: number;
  column_name: string;
  reason_vi: string;
  reason_en: string;
  /** The row's cells as written, JSON (personal columns were never read). */
  raw: string;
}

export type Outcome = "loaded" | "loaded_with_rejects" | "refused";

export const OUTCOME_TEXT: Record<Outcome, {vi: string; en: string}> = {
  loaded: {vi: "Đã nạp toàn bộ", en: "Loaded in full"},
  loaded_with_rejects: {
    vi: "Đã nạp; một số dòng bị từ chối (xem trang Dòng bị từ chối)",
    en: "Loaded; some rows were rejected (see the rejected rows sheet)"
  },
  refused: {vi: "Bị từ chối cả tệp: không nạp gì", en: "Refused whole: nothing loaded"}
};

export function outcomeOf(report: FileReport): Outcome {
  if (report.refused || report.sheets.length === 0) return "refused";
  return report.sheets.some((s) => s.rejected > 0) ? "loaded_with_rejects" : "loaded";
}

const SUMMARY_SHEET = "Kết quả";
export const REJECTS_SHEET = "Dòng bị từ chối";

function heading(row: ExcelJS.Row) {
  row.font = {bold: true};
}

export async function writeReceipt(
  path: string,
  {fileName, report, rejects, at}: {fileName: string; report: FileReport; rejects: ReceiptReject[]; at: Date}
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [{width: 34}, {width: 70}];
  const outcome = OUTCOME_TEXT[outcomeOf(report)];
  summary.addRow(["Biên nhận nạp số liệu · Load receipt"]).font = {bold: true, size: 14};
  summary.addRow(["Tệp / File", fileName]);
  summary.addRow(["Thời điểm / At", at.toLocaleString("vi-VN", {timeZone: "Asia/Ho_Chi_Minh"})]);
  summary.addRow(["Kết quả / Outcome", `${outcome.vi} / ${outcome.en}`]);
  if (report.refused) summary.addRow(["Lý do / Reason", `${report.refused.vi} / ${report.refused.en}`]);
  else if (report.sheets.length === 0)
    summary.addRow(["Lý do / Reason", "Không có trang tính nào có số liệu / No sheet with data rows"]);

  const counts: [string, (s: FileReport["sheets"][number]) => string | number][] = [
    ["Bộ dữ liệu / Dataset", (s) => `${DATASETS[s.dataset].label.vi} (${s.dataset})`],
    ["Dòng tiêu đề / Header row", (s) => s.headerRow],
    ["Số dòng đọc / Rows read", (s) => s.rowsRead],
    ["Dòng trống, dòng đánh số cột bỏ qua / Blank or column-number rows skipped", (s) => s.skippedRows],
    ["Dòng được chấp nhận / Rows accepted", (s) => s.accepted],
    ["Dòng bị từ chối / Rows rejected", (s) => s.rejected],
    ["Thêm mới / Added", (s) => s.added],
    ["Thay thế dòng cũ cùng mã / Replaced", (s) => s.replaced],
    ["Đã có, không đổi / Already loaded, unchanged", (s) => s.unchanged],
    [
      "Cột dữ liệu cá nhân đã bỏ, không lưu / Personal columns dropped, not stored",
      (s) => s.personalColumnsDropped.join(", ") || "–"
    ],
    [
      "Giá trị có dữ liệu cá nhân đã che (số CCCD/CMND, điện thoại, e-mail, tên sau ông/bà/anh/chị) / Values with personal data masked",
      (s) => s.maskedValues
    ],
    ["Cột không dùng / Columns ignored", (s) => s.ignoredColumns.join(", ") || "–"],
    ["Thiếu cột bắt buộc / Required columns missing", (s) => s.missingRequiredColumns.join(", ") || "–"]
  ];
  for (const sheet of report.sheets) {
    summary.addRow([]);
    heading(summary.addRow([`Trang tính / Sheet: ${sheet.sheet ?? "(CSV)"}`]));
    for (const [label, value] of counts) summary.addRow([label, value(sheet)]);
    for (const warning of sheet.warnings)
      summary.addRow([`Cảnh báo / Warning (${warning.count})`, `${warning.vi} / ${warning.en}`]);
  }

  const sheet = workbook.addWorksheet(REJECTS_SHEET);
  sheet.columns = [
    {header: "Trang tính / Sheet", width: 18},
    {header: "Dòng / Row", width: 10},
    {header: "Cột / Column", width: 18},
    {header: "Lý do", width: 60},
    {header: "Reason", width: 60},
    {header: "Giá trị trong tệp / Values in the file", width: 80}
  ];
  heading(sheet.getRow(1));
  sheet.views = [{state: "frozen", ySplit: 1}];
  for (const r of rejects) {
    const values = Object.entries(JSON.parse(r.raw) as Record<string, string | null>)
      .filter(([, v]) => v !== null && v !== "")
      .map(([k, v]) => `${k}=${v}`)
      .join("; ");
    sheet.addRow([r.sheet ?? "", r.src_row, r.column_name, r.reason_vi, r.reason_en, values]);
  }
  await workbook.xlsx.writeFile(path);
}
