// Why a row was rejected or flagged, in Vietnamese and English. Codes are stored with each reject; the
// text is rendered from them here, in one place.
import {DATASETS, type DatasetName} from "./datasets.js";

type Text = {vi: string; en: string};

const PROBLEMS: Record<string, (column: Text) => Text> = {
  required: (c) => ({vi: `Thiếu giá trị bắt buộc ở cột "${c.vi}"`, en: `Missing required value in "${c.en}"`}),
  invalid_date: (c) => ({
    vi: `"${c.vi}" không phải ngày hợp lệ (dùng NNNN-TT-NN, NN/TT/NNNN hoặc ô ngày của Excel)`,
    en: `"${c.en}" is not a valid date (use YYYY-MM-DD, DD/MM/YYYY or an Excel date)`
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
    vi: `"${c.vi}" không phải mã tỉnh/huyện/xã của Tổng cục Thống kê`,
    en: `"${c.en}" is not a GSO province/district/commune code`
  }),
  old_unit_after_merger: (c) => ({
    vi: `"${c.vi}" là mã đơn vị trước 01/07/2025; từ ngày đó phải dùng mã 34 tỉnh mới`,
    en: `"${c.en}" is a code from before 01/07/2025; from that date the 34 new province codes apply`
  }),
  unknown_sector: (c) => ({
    vi: `"${c.vi}" không phải mã ngành VSIC 2018 (chữ A–U hoặc 2 chữ số)`,
    en: `"${c.en}" is not a VSIC 2018 code (a letter A–U or two digits)`
  }),
  unknown_training_group: (c) => ({
    vi: `"${c.vi}" phải là nhóm 1–6, first_aid (sơ cứu) hoặc state_officials (cán bộ quản lý nhà nước)`,
    en: `"${c.en}" must be group 1–6, first_aid or state_officials`
  }),
  unknown_task_status: (c) => ({
    vi: `"${c.vi}" phải là hoàn thành, đang thực hiện hoặc chưa thực hiện`,
    en: `"${c.en}" must be done, in progress or not started (hoàn thành / đang thực hiện / chưa thực hiện)`
  }),
  duplicate_key: (c) => ({
    vi: `Trùng khóa với một dòng phía trên trong cùng tệp (cột "${c.vi}")`,
    en: `Same key as a row above in this file ("${c.en}")`
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
  mixed_geography: () => ({
    vi: "Tệp có cả số liệu theo địa giới cũ (trước 01/07/2025) và 34 tỉnh mới; mỗi dòng được xếp theo ngày hoặc năm của nó",
    en: "The file mixes the old units (before 01/07/2025) and the 34 new provinces; each row is placed by its own date or year"
  })
};

export interface Problem {
  column: string;
  code: string;
}

/** A column as a person reads it: its Vietnamese header label, its canonical name in English. */
export function columnText(dataset: DatasetName, column: string): Text {
  const spec = DATASETS[dataset].columns.find((c) => c.name === column);
  return {vi: spec?.label ?? column, en: column};
}

export function problemText(dataset: DatasetName, {column, code}: Problem): Text {
  const render = PROBLEMS[code];
  return render ? render(columnText(dataset, column)) : {vi: code, en: code};
}

export function problemsText(dataset: DatasetName, problems: Problem[]): Text {
  const texts = problems.map((p) => problemText(dataset, p));
  return {vi: texts.map((t) => t.vi).join("; "), en: texts.map((t) => t.en).join("; ")};
}

export const PROBLEM_CODES = Object.keys(PROBLEMS);
