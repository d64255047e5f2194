// Why a row was rejected or flagged, in Vietnamese and English. Codes are stored with each reject; the
// text is rendered from them here, in one place.
import {trainingGroupsText} from "../indicators.js";
import {DATASETS, type DatasetName} from "./datasets.js";

type Text = {vi: string; en: string};

/** A reason from its column and, for the codes that take one, the other row it names. */
const PROBLEMS: Record<string, (column: Text, detail?: string) => Text> = {
  required: (c) => ({vi: `Thiếu giá trị bắt buộc ở cột "${c.vi}"`, en: `Missing required value in "${c.en}"`}),
  invalid_date: (c) => ({
    vi: `"${c.vi}" không phải ngày hợp lệ (dùng NNNN-TT-NN, NN/TT/NNNN hoặc ô ngày của Excel)`,
    en: `"${c.en}" is not a valid date (use YYYY-MM-DD, DD/MM/YYYY or an Excel date)`
  }),
  date_month_first: (c) => ({
    vi: `"${c.vi}" có vẻ viết tháng trước ngày (06/30/2025): ngày phải viết ngày/tháng/năm (30/06/2025)`,
    en: `"${c.en}" looks like month/day (06/30/2025): dates are day/month/year (30/06/2025)`
  }),
  leading_apostrophe: (c) => ({
    vi: `"${c.vi}" bắt đầu bằng dấu nháy đơn ('01), dấu Excel dùng để giữ số 0 ở đầu: hãy xóa dấu nháy (viết 01)`,
    en: `"${c.en}" starts with an apostrophe ('01), Excel's mark for keeping a leading zero: remove it (write 01)`
  }),
  date_before_1990: (c) => ({
    vi: `"${c.vi}" có năm trước 1990 hoặc năm viết 2 chữ số (15/03/24): hãy ghi đủ 4 chữ số của năm (15/03/2024)`,
    en: `"${c.en}" has a year before 1990 or a two-digit year (15/03/24): write the year with four digits (15/03/2024)`
  }),
  future_date: (c) => ({vi: `"${c.vi}" là ngày trong tương lai`, en: `"${c.en}" is in the future`}),
  invalid_year: (c) => ({
    vi: `"${c.vi}" phải là năm 4 chữ số (1990–2100)`,
    en: `"${c.en}" must be a four-digit year (1990–2100)`
  }),
  invalid_integer: (c) => ({
    vi: `"${c.vi}" phải là số nguyên (có thể viết 1.234)`,
    en: `"${c.en}" must be a whole number (1.234 is accepted)`
  }),
  out_of_range: (c) => ({
    vi: `"${c.vi}" quá lớn để là một số đếm (có thể đã gõ nhầm một mã số vào cột này)`,
    en: `"${c.en}" is too large for a count (perhaps an ID number typed into this column)`
  }),
  excel_error: (c) => ({
    vi: `Ô "${c.vi}" chứa lỗi của Excel (#REF!, #VALUE!, #DIV/0!…): hãy sửa công thức trong tệp`,
    en: `"${c.en}" holds an Excel error (#REF!, #VALUE!, #DIV/0!…): fix the formula in the file`
  }),
  formula_without_value: (c) => ({
    vi: `Ô "${c.vi}" là công thức chưa có giá trị tính sẵn: hãy mở tệp trong Excel, tính lại và lưu`,
    en: `"${c.en}" is a formula without a computed value: open the file in Excel, recalculate and save`
  }),
  below_minimum: (c) => ({
    vi: `"${c.vi}" nhỏ hơn giá trị tối thiểu cho phép`,
    en: `"${c.en}" is below the allowed minimum`
  }),
  invalid_boolean: (c) => ({
    vi: `"${c.vi}" phải là có/không, 1/0, true/false hoặc x/để trống`,
    en: `"${c.en}" must be yes/no (có/không, 1/0, true/false, x/blank)`
  }),
  unknown_unit: (c) => ({
    vi: `"${c.vi}" không phải mã tỉnh/huyện/xã của Tổng cục Thống kê theo địa giới cũ (63 tỉnh), áp dụng cho số liệu trước 01/07/2025`,
    en: `"${c.en}" is not a GSO province/district/commune code of the old map (63 provinces), which applies before 01/07/2025`
  }),
  unknown_unit_new_map: (c) => ({
    vi: `"${c.vi}" không phải mã tỉnh/xã theo địa giới mới (34 tỉnh, 3.321 xã), áp dụng từ 01/07/2025`,
    en: `"${c.en}" is not a province/commune code of the new map (34 provinces, 3,321 communes), which applies from 01/07/2025`
  }),
  unknown_unit_either_map: (c) => ({
    vi: `"${c.vi}" không phải mã đơn vị hành chính theo địa giới cũ hay địa giới mới (năm 2025 dùng được cả hai)`,
    en: `"${c.en}" is a unit code of neither the old nor the new map (the year 2025 may use either)`
  }),
  old_unit_after_merger: (c, into) => ({
    vi: `"${c.vi}" là mã một tỉnh cũ đã sáp nhập${into ? ` vào ${into}` : ""} từ 01/07/2025; từ ngày đó phải dùng mã 34 tỉnh mới`,
    en: `"${c.en}" is the code of an old province merged ${into ? `into ${into}` : "away"} on 01/07/2025; from that date the 34 new province codes apply`
  }),
  old_district_after_reform: (c) => ({
    vi: `"${c.vi}" là mã cấp huyện; từ 01/07/2025 không còn cấp huyện: hãy dùng mã xã hoặc tỉnh theo địa giới mới`,
    en: `"${c.en}" is a district code; there are no districts from 01/07/2025: use a commune or province code of the new map`
  }),
  old_commune_after_reform: (c) => ({
    vi: `"${c.vi}" là mã xã theo địa giới cũ, không còn từ 01/07/2025: hãy dùng mã xã theo địa giới mới`,
    en: `"${c.en}" is a commune code of the old map, gone from 01/07/2025: use the commune's code on the new map`
  }),
  new_unit_before_reform: (c) => ({
    vi: `"${c.vi}" chỉ có theo địa giới mới (từ 01/07/2025); số liệu trước ngày đó phải dùng mã theo địa giới cũ`,
    en: `"${c.en}" exists only on the new map (from 01/07/2025); records before that date use the old map's codes`
  }),
  invalid_map: (c) => ({
    vi: `"${c.vi}" phải là "cũ" hoặc "mới" (hoặc để trống)`,
    en: `"${c.en}" must be "old" or "new" (cũ/mới), or blank`
  }),
  map_contradicts_year: (c) => ({
    vi: `"${c.vi}" trái với năm: trước 2025 chỉ có địa giới cũ, từ 2026 chỉ có địa giới mới`,
    en: `"${c.en}" contradicts the year: before 2025 only the old map applies, from 2026 only the new one`
  }),
  map_contradicts_date: (c) => ({
    vi: `"${c.vi}" trái với ngày xảy ra: trước 01/07/2025 chỉ có địa giới cũ, từ 01/07/2025 chỉ có địa giới mới`,
    en: `"${c.en}" contradicts the date: before 01/07/2025 only the old map applies, from 01/07/2025 only the new one`
  }),
  personal_data_in_id: (c) => ({
    vi: `"${c.vi}" chứa dữ liệu cá nhân (số CCCD/CMND, điện thoại, e-mail hoặc tên sau ông/bà/anh/chị), đã được che: hãy dùng số hiệu vụ, không dùng tên hay số điện thoại`,
    en: `"${c.en}" held personal data (an ID or phone number, an e-mail, or a name after a title), now masked: use the incident's number, not a name or phone`
  }),
  unknown_sector: (c) => ({
    vi: `"${c.vi}" không phải mã ngành VSIC 2018 (chữ A–U hoặc 2 chữ số)`,
    en: `"${c.en}" is not a VSIC 2018 code (a letter A–U or two digits)`
  }),
  unknown_training_group: (c) => ({
    vi: `"${c.vi}" phải là nhóm ${trainingGroupsText("vi", {glossed: true})}`,
    en: `"${c.en}" must be group ${trainingGroupsText("en")}`
  }),
  unknown_task_status: (c) => ({
    vi: `"${c.vi}" phải là hoàn thành, đang thực hiện hoặc chưa thực hiện`,
    en: `"${c.en}" must be done, in progress or not started (hoàn thành / đang thực hiện / chưa thực hiện)`
  }),
  duplicate_key: (c, row) => ({
    vi: `Trùng khóa với một dòng phía trên${row ? ` (dòng ${row})` : ""} trong cùng tệp (khóa: ${c.vi})`,
    en: `Same key as a row above${row ? ` (row ${row})` : ""} in this file (key: ${c.en})`
  }),
  unknown_indicator: (c) => ({
    vi: `"${c.vi}" không phải mã chỉ số của hệ thống (xem trang Nạp số liệu)`,
    en: `"${c.en}" is not an indicator id of the system (see the upload page)`
  }),
  unknown_rule: (c) => ({
    vi: `"${c.vi}" phải là annual_change (thay đổi hằng năm) hoặc share (tỷ lệ)`,
    en: `"${c.en}" must be annual_change or share`
  }),
  unknown_comparison: (c) => ({
    vi: `"${c.vi}" phải là decrease/increase cho annual_change, at_least/above/equals cho share`,
    en: `"${c.en}" must be decrease/increase for annual_change, at_least/above/equals for share`
  }),
  invalid_percentage: (c) => ({
    vi: `"${c.vi}" phải là số phần trăm (4 = 4%/năm; 80 = 80%, tối đa 100 cho tỷ lệ)`,
    en: `"${c.en}" must be a percentage (4 = 4%/year; 80 = 80%, at most 100 for a share)`
  }),
  equals_not_100: (c) => ({
    vi: `"${c.vi}": so sánh equals chỉ dùng cho chỉ tiêu 100%`,
    en: `"${c.en}": the comparison equals is only for a 100% target`
  }),
  plan_cell_differs: (c) => ({
    vi: `"${c.vi}" khác với dòng đầu của kế hoạch cùng mã (để trống để dùng giá trị ở trên)`,
    en: `"${c.en}" differs from the first row of the same plan (leave it blank to use the value above)`
  }),
  period_reversed: () => ({vi: "Đến năm nhỏ hơn Từ năm", en: "The period ends before it starts"}),
  baseline_after_start: () => ({
    vi: "Năm gốc nằm sau năm đầu của giai đoạn kế hoạch",
    en: "The base year is after the first year of the plan's period"
  }),
  invalid_deadline: (c) => ({
    vi: `"${c.vi}" phải là ngày/tháng NN/TT (ví dụ 15/12)`,
    en: `"${c.en}" must be a day/month DD/MM (e.g. 15/12)`
  }),
  total_row: () => ({vi: "Dòng tổng cộng, không phải số liệu chi tiết", en: "A totals row, not a data row"}),
  deaths_and_injuries_exceed_victims: () => ({
    vi: "Số người chết cộng số bị thương nặng lớn hơn số người bị nạn",
    en: "Deaths plus serious injuries exceed victims"
  }),
  female_exceed_victims: () => ({
    vi: "Số lao động nữ bị nạn lớn hơn số người bị nạn",
    en: "Female victims exceed victims"
  }),
  diagnosed_exceed_examined: () => ({
    vi: "Số ca mắc BNN lớn hơn số được khám",
    en: "Diagnosed cases exceed workers examined"
  }),
  exceeding_exceed_samples: () => ({
    vi: "Số mẫu vượt tiêu chuẩn lớn hơn tổng số mẫu",
    en: "Samples exceeding limits exceed samples"
  }),
  examined_exceed_exposed: () => ({
    vi: "Số được khám lớn hơn số lao động tiếp xúc yếu tố có hại",
    en: "Workers examined exceed workers exposed"
  }),
  monitored_exceed_hazardous: () => ({
    vi: "Số cơ sở được quan trắc lớn hơn số cơ sở phát sinh yếu tố có hại",
    en: "Facilities monitored exceed facilities with hazards"
  }),
  trained_exceed_required: () => ({vi: "Số đã huấn luyện lớn hơn số phải huấn luyện", en: "Trained exceed required"}),
  deaths_far_above_history: () => ({
    vi: "Số người chết năm nay cao bất thường so với các năm trước của địa bàn",
    en: "Deaths this year are far above the unit's history"
  }),
  missing_year: () => ({
    vi: "Địa bàn đã báo cáo các năm trước nhưng không có số liệu năm này",
    en: "The unit reported in earlier years but has no data for this year"
  }),
  predecessors_in_two_provinces: () => ({
    vi: "Xã mới này có xã tiền thân ở hai tỉnh cũ (theo bảng chuyển đổi): số liệu của nó không quy được về một tỉnh cũ",
    en: "This new commune has predecessors in two old provinces (per the mapping): its figures cannot be placed in one old province"
  }),
  mixed_geography: () => ({
    vi: "Tệp có cả số liệu theo địa giới cũ (trước 01/07/2025) và 34 tỉnh mới; mỗi dòng được xếp theo ngày hoặc năm của nó",
    en: "The file mixes the old units (before 01/07/2025) and the 34 new provinces; each row is placed by its own date or year"
  })
};

/**
 * A problem of a row: its column and code, and for some codes a detail: the row a duplicate repeats, the
 * new province an old one merged into. Written in the checks' SQL as "column:code" or "column:code:row"
 * (parseProblems).
 */
export interface Problem {
  column: string;
  code: string;
  row?: string;
}

/** The problems of a row from the checks' text "column:code[:row];…". */
export function parseProblems(text: string): Problem[] {
  return text.split(";").map((p) => {
    const [column, code, row] = p.split(":");
    return {column: column!, code: code!, ...(row && {row})};
  });
}

/** A column as a person reads it: its Vietnamese header label, its canonical name in English. */
export function columnText(dataset: DatasetName, column: string): Text {
  const spec = DATASETS[dataset].columns.find((c) => c.name === column);
  return {vi: spec?.label ?? column, en: column};
}

export function problemText(dataset: DatasetName, {column, code, row}: Problem): Text {
  const render = PROBLEMS[code];
  // A duplicate is one of the whole key, not of the column the reason is filed under.
  const columns = code === "duplicate_key" ? DATASETS[dataset].key : [column];
  const texts = columns.map((c) => columnText(dataset, c));
  const named = {vi: texts.map((t) => t.vi).join(", "), en: texts.map((t) => t.en).join(", ")};
  return render ? render(named, row) : {vi: code, en: code};
}

export function problemsText(dataset: DatasetName, problems: Problem[]): Text {
  const texts = problems.map((p) => problemText(dataset, p));
  return {vi: texts.map((t) => t.vi).join("; "), en: texts.map((t) => t.en).join("; ")};
}

export const PROBLEM_CODES = Object.keys(PROBLEMS);
