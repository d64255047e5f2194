// Every piece of interface text, in Vietnamese and English, in one place. Pages and components ask
// for text by key; nothing user-facing is written inline elsewhere.
import type {Lang} from "./locale.js";

const messages = {
  siteTitle: {vi: "Giám sát kế hoạch ATVSLĐ", en: "OSH plan monitor"},
  nationalTitle: {vi: "Tai nạn lao động toàn quốc 2018–2024", en: "Labour accidents nationwide, 2018–2024"},
  nationalLead: {
    vi: "Số liệu do Bộ Lao động – Thương binh và Xã hội công bố hằng năm; mỗi con số kèm nguồn.",
    en: "Figures published yearly by the Ministry of Labour, Invalids and Social Affairs; every figure with its source."
  },
  year: {vi: "Năm", en: "Year"},
  scope: {vi: "Khu vực", en: "Scope"},
  metric: {vi: "Chỉ tiêu", en: "Measure"},
  value: {vi: "Giá trị", en: "Value"},
  status: {vi: "Tình trạng số liệu", en: "Value status"},
  source: {vi: "Nguồn", en: "Source"},
  sourceLine: {
    vi: "Nguồn: Thông báo tình hình tai nạn lao động hằng năm của Bộ LĐTBXH",
    en: "Source: MOLISA annual notices on labour accidents"
  },
  count: {vi: "Số", en: "Count"},
  dataTable: {vi: "Bảng số liệu", en: "Data table"},
  scope_all: {vi: "Toàn quốc", en: "All workers"},
  scope_labour_relations: {vi: "Khu vực có quan hệ lao động", en: "With labour relations"},
  scope_no_labour_contract: {vi: "Người lao động không theo hợp đồng", en: "Without labour contract"},
  metric_accidents: {vi: "Số vụ tai nạn lao động", en: "Accidents"},
  metric_victims: {vi: "Số người bị nạn", en: "Victims"},
  metric_fatal_accidents: {vi: "Số vụ có người chết", en: "Fatal accidents"},
  metric_deaths: {vi: "Số người chết", en: "Deaths"},
  metric_serious_injuries: {vi: "Số người bị thương nặng", en: "Serious injuries"},
  metric_female_victims: {vi: "Số lao động nữ bị nạn", en: "Female victims"},
  exploreTitle: {vi: "Truy vấn dữ liệu", en: "Query the data"},
  exploreLead: {
    vi: "Trang này nạp DuckDB ngay trong trình duyệt (không cần internet) để trả lời câu hỏi bằng SQL.",
    en: "This page runs DuckDB inside the browser (no internet needed) to answer questions in SQL."
  },
  exploreQuestion: {
    vi: "Năm nào có số người chết vì tai nạn lao động cao nhất?",
    en: "Which year had the most labour-accident deaths?"
  },
  runQuery: {vi: "Chạy truy vấn", en: "Run query"},
  queryLabel: {vi: "Câu lệnh SQL (bảng: national_osh_annual)", en: "SQL statement (table: national_osh_annual)"},
  queryError: {vi: "Lỗi truy vấn", en: "Query error"},
  loading: {vi: "Đang tải…", en: "Loading…"},
  rows: {vi: "dòng", en: "rows"},
  uploadTitle: {vi: "Nạp số liệu", en: "Loading data"},
  uploadLead: {
    vi: "Tải mẫu Excel, điền số liệu (mỗi trang tính là một bộ số liệu), rồi nạp bằng lệnh dưới đây. Dòng sai không bị mất: chúng được giữ lại kèm lý do để sửa.",
    en: "Download the Excel template, fill it in (one sheet per dataset), then load it with the commands below. Wrong rows are not lost: they are kept with their reason, to be corrected."
  },
  downloadTemplate: {vi: "Tải mẫu nhập liệu (.xlsx)", en: "Download the data template (.xlsx)"},
  commandsTitle: {vi: "Lệnh nạp và kiểm tra", en: "Commands to load and check"},
  columnsTitle: {vi: "Các cột của từng bộ số liệu", en: "The columns of each dataset"},
  column: {vi: "Cột", en: "Column"},
  canonicalName: {vi: "Tên chuẩn", en: "Canonical name"},
  required: {vi: "Bắt buộc", en: "Required"},
  yes: {vi: "có", en: "yes"},
  personalDataNote: {
    vi: "Các cột họ tên, số CMND/CCCD, ngày sinh, điện thoại, địa chỉ của người bị nạn bị bỏ ngay khi đọc tệp và không bao giờ được lưu.",
    en: "Columns with victims' names, ID numbers, birth dates, phone numbers or addresses are dropped on reading and never stored."
  }
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function translator(lang: Lang): (key: MessageKey) => string {
  return (key) => messages[key][lang];
}

/** Text for a key built from data (e.g. `metric_${metric}`), falling back to the raw value. */
export function translateDynamic(lang: Lang, prefix: string, value: string): string {
  const entry = (messages as Record<string, Record<Lang, string>>)[`${prefix}_${value}`];
  return entry ? entry[lang] : value;
}
