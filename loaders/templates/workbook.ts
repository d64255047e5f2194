// The Excel template officers fill in: an instructions sheet, then one sheet per dataset with the
// contract's Vietnamese headers and an example row marked "Ví dụ" (skipped on loading). The ingest
// recognises each sheet by its name, so the whole workbook can be loaded as it is.
import ExcelJS from "exceljs";
import {trainingGroupsText} from "../../contract/indicators.js";
import {DATASETS, DATASET_NAMES, type ColumnSpec, type DatasetName} from "../../contract/ingest/datasets.js";

const KIND_HELP: Record<ColumnSpec["kind"], string> = {
  text: "chữ",
  date: "ngày: NN/TT/NNNN, NNNN-TT-NN hoặc ô ngày của Excel",
  year: "năm 4 chữ số",
  integer: "số nguyên (được viết 1.234)",
  boolean: "có/không, 1/0 hoặc x/để trống",
  unit_code: "mã GSO: tỉnh 2 số, huyện 3 số, xã 5 số; từ 01/07/2025 dùng mã 34 tỉnh mới",
  sector_code: "mã ngành VSIC 2018: chữ A–U hoặc 2 chữ số",
  training_group: trainingGroupsText("vi", {decree: true}),
  task_status: "hoàn thành / đang thực hiện / chưa thực hiện",
  map: "chỉ cho năm 2025: cũ (63 tỉnh) hoặc mới (34 tỉnh); để trống thì mã có ở địa giới mới được đọc theo địa giới mới"
};

const EXAMPLES: Record<DatasetName, (string | number)[]> = {
  incidents: ["VD-2024-001", "15/03/2024", "063", "41", "có", 1, 1, 0, 0, "Ngã từ trên cao", "có"],
  workforce: [2024, "063", "", 12500, "social_insurance"],
  disease_exams: [2024, "063", "", 850, 430, 2],
  environment_monitoring: [2024, "063", "", 40, 22, 1500, 60],
  training: [2024, "063", "3", 1200, 1010],
  submissions: [2024, "063", "annual", "08/12/2024"],
  task_status: [2025, "66", "1a", "hoàn thành", "Đã tổ chức hội nghị quán triệt"],
  plans: [
    "kh-atvsld-51-2026",
    "Kế hoạch thực hiện Chương trình ATVSLĐ giai đoạn 2026–2030",
    "51",
    "mới",
    "25/KH-UBND",
    "15/03/2026",
    2026,
    2030,
    2025,
    "15/12",
    "tnld-chet-nguoi",
    "fatal_accidents",
    "annual_change",
    "decrease",
    4,
    "",
    "Giảm ít nhất 4%/năm số vụ tai nạn lao động chết người"
  ]
};

export const EXAMPLE_MARK = "Ví dụ";

export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));
  const help = workbook.addWorksheet("Hướng dẫn");
  help.columns = [{width: 34}, {width: 34}, {width: 10}, {width: 70}];
  help.addRow(["MẪU NHẬP SỐ LIỆU AN TOÀN, VỆ SINH LAO ĐỘNG"]).font = {bold: true, size: 14};
  help.addRow(["Mỗi trang tính là một bộ số liệu. Giữ nguyên dòng tiêu đề; có thể thêm dòng tiêu đề phụ phía trên."]);
  help.addRow([
    "Dòng đánh dấu “Ví dụ” ở cột STT được bỏ qua khi nạp. Không ghi họ tên, số CCCD, ngày sinh, địa chỉ của người bị nạn."
  ]);
  help.addRow([
    "Trang “Kế hoạch”: mỗi dòng một chỉ tiêu; mã, tên, địa bàn, giai đoạn, năm gốc của kế hoạch chỉ cần ghi ở dòng đầu. Nạp lại một kế hoạch thay thế kế hoạch cùng mã."
  ]);
  help.addRow(["Nạp tệp: npm run ingest -- tep.xlsx   ·   Kiểm tra trước: npm run validate -- tep.xlsx"]);
  help.addRow([]);
  help.addRow(["Trang tính", "Cột", "Bắt buộc", "Cách ghi"]).font = {bold: true};
  for (const name of DATASET_NAMES) {
    const dataset = DATASETS[name];
    for (const column of dataset.columns)
      help.addRow([
        dataset.label.vi,
        `${column.label} (${column.name})`,
        column.required ? "có" : "",
        column.help ?? KIND_HELP[column.kind]
      ]);
    const sheet = workbook.addWorksheet(dataset.label.vi);
    const header = ["STT", ...dataset.columns.map((c) => c.label)];
    const headerRow = sheet.addRow(header);
    headerRow.font = {bold: true};
    headerRow.eachCell((cell) => (cell.fill = {type: "pattern", pattern: "solid", fgColor: {argb: "FFDDEBF7"}}));
    const example = sheet.addRow([EXAMPLE_MARK, ...EXAMPLES[name]]);
    example.font = {italic: true, color: {argb: "FF666666"}};
    sheet.columns.forEach((column, i) => (column.width = Math.max(12, (header[i]?.length ?? 10) + 2)));
    // Codes are text, so Excel keeps their leading zeros.
    dataset.columns.forEach((c, i) => {
      if (c.kind === "unit_code" || c.kind === "sector_code" || c.kind === "text") sheet.getColumn(i + 2).numFmt = "@";
    });
    sheet.views = [{state: "frozen", ySplit: 1}];
  }
  return workbook;
}
