// What a person reads after a load: per file and sheet, the counts and why rows were rejected.
import {DATASETS} from "../contract/ingest/datasets.js";
import type {FileReport} from "../loaders/ingest/load-file.js";

export function formatFileReport(report: FileReport, validateOnly: boolean): string {
  const lines = [report.file];
  if (report.refused) {
    lines.push(`  TỪ CHỐI CẢ TỆP / FILE REFUSED: ${report.refused.vi} / ${report.refused.en}`);
    return lines.join("\n");
  }
  if (report.sheets.length === 0) lines.push("  Không có trang tính nào có số liệu / no sheet with data rows");
  for (const sheet of report.sheets) {
    const where = sheet.sheet === null ? "" : `trang / sheet "${sheet.sheet}" · `;
    lines.push(
      `  ${where}bộ dữ liệu / dataset: ${sheet.dataset} (${DATASETS[sheet.dataset].label.vi}) · dòng tiêu đề / header row ${sheet.headerRow}`
    );
    const counts = [
      `rows read ${sheet.rowsRead}`,
      `accepted ${sheet.accepted}`,
      `rejected ${sheet.rejected}`,
      ...(validateOnly ? [] : [`added ${sheet.added}`, `replaced ${sheet.replaced}`, `unchanged ${sheet.unchanged}`]),
      `skipped (blank or column-number rows) ${sheet.skippedRows}`,
      `personal columns dropped ${sheet.personalColumnsDropped.length}`,
      `values masked ${sheet.maskedValues}`
    ];
    lines.push(`  ${counts.join(" · ")}`);
    if (sheet.personalColumnsDropped.length > 0)
      lines.push(
        `  Cột dữ liệu cá nhân đã bỏ, không lưu / personal columns dropped, not stored: ${sheet.personalColumnsDropped.join(", ")}`
      );
    if (sheet.maskedValues > 0)
      lines.push(
        `  Đã che ${sheet.maskedValues} giá trị có dữ liệu cá nhân (số CCCD/CMND, điện thoại, e-mail, tên sau ông/bà/anh/chị) / ${sheet.maskedValues} values with personal data masked (ID numbers, phones, e-mails, names after a title)`
      );
    if (sheet.ignoredColumns.length > 0)
      lines.push(`  Cột không dùng / columns ignored: ${sheet.ignoredColumns.join(", ")}`);
    if (sheet.missingRequiredColumns.length > 0)
      lines.push(`  Thiếu cột bắt buộc / required columns missing: ${sheet.missingRequiredColumns.join(", ")}`);
    for (const reject of sheet.firstRejects)
      lines.push(`  dòng / row ${reject.src_row} [${reject.column_name}]: ${reject.reason_vi} / ${reject.reason_en}`);
    if (sheet.rejected > sheet.firstRejects.length)
      lines.push(
        `  … và ${sheet.rejected - sheet.firstRejects.length} dòng nữa / and ${sheet.rejected - sheet.firstRejects.length} more (npm run rejects)`
      );
    for (const warning of sheet.warnings)
      lines.push(`  Cảnh báo / warning (${warning.count}): ${warning.vi} / ${warning.en}`);
  }
  return lines.join("\n");
}

export function printFileReport(report: FileReport, validateOnly: boolean): void {
  console.log(formatFileReport(report, validateOnly));
}
