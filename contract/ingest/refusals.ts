// Files refused whole, with the reason in Vietnamese and English: shared by the ingest and the check page.

/** Error for a file that cannot be read at all: nothing of it is loaded. */
export class RefusedFile extends Error {
  constructor(
    readonly vi: string,
    readonly en: string
  ) {
    super(en);
  }
}

export const notUtf8 = () =>
  new RefusedFile(
    "Tệp CSV không ở mã UTF-8 (có thể là Windows-1258 hoặc TCVN3): hãy lưu lại với mã UTF-8",
    "The CSV file is not UTF-8 (perhaps Windows-1258 or TCVN3): save it again as UTF-8"
  );

export const noHeaderRow = () =>
  new RefusedFile(
    "Không tìm thấy dòng tiêu đề có tên cột theo mẫu (ví dụ: Mã vụ, Ngày xảy ra, Mã địa bàn…)",
    "No header row with the template's column names was found (e.g. incident_id, occurred_on, unit_code…)"
  );

export const noHeaderInSheet = (name: string) =>
  new RefusedFile(
    `Trang "${name}" không có dòng tiêu đề theo mẫu (ví dụ: Mã vụ, Ngày xảy ra, Mã địa bàn…)`,
    `Sheet "${name}" has no header row with the template's column names (e.g. incident_id, occurred_on, unit_code…)`
  );

export const noWorksheet = () =>
  new RefusedFile("Tệp Excel không có trang tính nào", "The Excel file has no worksheet");

export const damagedXlsx = () =>
  new RefusedFile("Tệp Excel (.xlsx) bị hỏng hoặc không trọn vẹn", "The Excel (.xlsx) file is damaged or incomplete");

/** How a file is read, from its name and whether it is a zip (an .xlsx saved under another name is still read). */
export function fileKind(path: string, zip: boolean): "xlsx" | "csv" {
  const name = path.split(/[\\/]/).pop() ?? path;
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase() ?? "";
  if (extension === ".xlsx" || (zip && extension !== ".csv")) return "xlsx";
  if (extension === ".csv" || extension === ".txt") return "csv";
  if (extension === ".xls")
    throw new RefusedFile(
      "Tệp .xls (Excel 97–2003) không được hỗ trợ: hãy lưu lại thành .xlsx hoặc CSV UTF-8",
      "Old .xls files are not supported: save the file as .xlsx or UTF-8 CSV"
    );
  throw new RefusedFile(`Không phải tệp CSV hoặc XLSX: ${name}`, `Not a CSV or XLSX file: ${name}`);
}
