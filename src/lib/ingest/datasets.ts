// The input datasets of the data contract (shared design DATA-CONTRACT.md): their columns, Vietnamese
// header labels, value kinds, which columns identify a row (the key a corrected file replaces by), and
// the checks that reject a row or only warn about it.

/** Records dated from this day use the 34 new provinces (yearly data from 2026), earlier ones the old units. */
export const GEOGRAPHY_2025_FROM = "2025-07-01";

/** How a column's text is read. */
export type ValueKind =
  "text" | "date" | "year" | "integer" | "boolean" | "unit_code" | "sector_code" | "training_group" | "task_status";

export interface ColumnSpec {
  name: string;
  /** The Vietnamese header label of the contract. */
  label: string;
  /** Other headers seen in real files that mean the same. */
  aliases?: string[];
  kind: ValueKind;
  required: boolean;
  /** Smallest accepted value for integers. */
  min?: number;
  /** Free text a person writes: personal data in it is masked before it is stored. */
  freeText?: boolean;
}

/** A check across columns, written in SQL over the typed values; `failsWhen` true rejects (or warns). */
export interface RowCheck {
  code: string;
  column: string;
  failsWhen: string;
}

export interface DatasetSpec {
  name: DatasetName;
  label: {vi: string; en: string};
  columns: ColumnSpec[];
  /** Columns that identify a row across files (with the unit's geography). */
  key: string[];
  /** Rejecting checks beyond each column's own. */
  checks: RowCheck[];
  /** Plausibility warnings: the row loads, the summary and the data-quality page say why it looks wrong. */
  warnings: RowCheck[];
  /** The date column that decides the geography, or the year column. */
  timeColumn: "occurred_on" | "year";
}

export type DatasetName =
  "incidents" | "workforce" | "disease_exams" | "environment_monitoring" | "training" | "submissions" | "task_status";

const year: ColumnSpec = {name: "year", label: "Năm", aliases: ["Năm báo cáo", "Year"], kind: "year", required: true};
const unitCode: ColumnSpec = {
  name: "unit_code",
  label: "Mã địa bàn",
  aliases: ["Mã đơn vị hành chính", "Mã ĐVHC", "Mã đơn vị", "Mã địa phương"],
  kind: "unit_code",
  required: true
};
const sectorCode = (required: boolean): ColumnSpec => ({
  name: "sector_code",
  label: "Mã ngành",
  aliases: ["Mã ngành VSIC", "Ngành kinh tế (mã)", "Mã ngành kinh tế"],
  kind: "sector_code",
  required
});
const count = (name: string, label: string, required = true, aliases: string[] = [], min = 0): ColumnSpec => ({
  name,
  label,
  aliases,
  kind: "integer",
  required,
  min
});

export const DATASETS: Record<DatasetName, DatasetSpec> = {
  incidents: {
    name: "incidents",
    label: {vi: "Vụ tai nạn lao động", en: "Labour accidents"},
    timeColumn: "occurred_on",
    columns: [
      {name: "incident_id", label: "Mã vụ", aliases: ["Mã vụ tai nạn", "Số hiệu vụ"], kind: "text", required: true},
      {
        name: "occurred_on",
        label: "Ngày xảy ra",
        aliases: ["Ngày xảy ra tai nạn", "Ngày xảy ra vụ"],
        kind: "date",
        required: true
      },
      unitCode,
      sectorCode(true),
      {
        name: "labour_relation",
        label: "Có quan hệ lao động",
        aliases: ["Quan hệ lao động", "Có HĐLĐ"],
        kind: "boolean",
        required: true
      },
      count("victims", "Số người bị nạn", true, ["Tổng số người bị nạn"], 1),
      count("deaths", "Số người chết", true, ["Số người tử vong"]),
      count("serious_injuries", "Số người bị thương nặng", true, ["Số người bị thương nặng"]),
      count("female_victims", "Số lao động nữ bị nạn", false, ["Số nữ bị nạn"]),
      {
        name: "cause",
        label: "Nguyên nhân",
        aliases: ["Nguyên nhân chính"],
        kind: "text",
        required: false,
        freeText: true
      },
      {name: "investigated", label: "Đã điều tra", aliases: ["Đã được điều tra"], kind: "boolean", required: false}
    ],
    // Incident numbers are unique within the unit that assigns them, not across the country.
    key: ["incident_id", "unit_code"],
    checks: [
      {code: "deaths_and_injuries_exceed_victims", column: "victims", failsWhen: "deaths + serious_injuries > victims"},
      {code: "female_exceed_victims", column: "female_victims", failsWhen: "female_victims > victims"},
      {code: "future_date", column: "occurred_on", failsWhen: "occurred_on > current_date"}
    ],
    warnings: []
  },
  workforce: {
    name: "workforce",
    label: {vi: "Lực lượng lao động (mẫu số)", en: "Workforce (denominators)"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      sectorCode(false),
      count("workers", "Số lao động", true, ["Tổng số lao động", "Số người lao động"], 1),
      {
        name: "basis",
        label: "Cơ sở số liệu",
        aliases: ["Nguồn số liệu", "Căn cứ"],
        kind: "text",
        required: false,
        freeText: true
      }
    ],
    key: ["year", "unit_code", "sector_code", "basis"],
    checks: [],
    warnings: []
  },
  disease_exams: {
    name: "disease_exams",
    label: {vi: "Khám phát hiện bệnh nghề nghiệp", en: "Occupational disease examinations"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      sectorCode(false),
      count("exposed_workers", "Số lao động tiếp xúc yếu tố có hại", true, [
        "Số người lao động tiếp xúc yếu tố có hại"
      ]),
      count("examined_workers", "Số được khám phát hiện BNN", true, ["Số được khám phát hiện bệnh nghề nghiệp"]),
      count("diagnosed_cases", "Số ca mắc BNN", false, ["Số ca mắc bệnh nghề nghiệp"])
    ],
    key: ["year", "unit_code", "sector_code"],
    checks: [
      {code: "diagnosed_exceed_examined", column: "diagnosed_cases", failsWhen: "diagnosed_cases > examined_workers"}
    ],
    warnings: [
      {code: "examined_exceed_exposed", column: "examined_workers", failsWhen: "examined_workers > exposed_workers"}
    ]
  },
  environment_monitoring: {
    name: "environment_monitoring",
    label: {vi: "Quan trắc môi trường lao động", en: "Workplace environment monitoring"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      sectorCode(false),
      count("facilities_with_hazards", "Số cơ sở phát sinh yếu tố có hại", true),
      count("facilities_monitored", "Số cơ sở được quan trắc MTLĐ", true, [
        "Số cơ sở được quan trắc môi trường lao động"
      ]),
      count("samples", "Số mẫu", false, ["Tổng số mẫu"]),
      count("samples_exceeding", "Số mẫu vượt tiêu chuẩn", false, ["Số mẫu không đạt"])
    ],
    key: ["year", "unit_code", "sector_code"],
    checks: [{code: "exceeding_exceed_samples", column: "samples_exceeding", failsWhen: "samples_exceeding > samples"}],
    warnings: [
      {
        code: "monitored_exceed_hazardous",
        column: "facilities_monitored",
        failsWhen: "facilities_monitored > facilities_with_hazards"
      }
    ]
  },
  training: {
    name: "training",
    label: {vi: "Huấn luyện ATVSLĐ", en: "OSH training"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      {
        name: "group",
        label: "Nhóm huấn luyện",
        aliases: ["Nhóm", "Nhóm đối tượng"],
        kind: "training_group",
        required: true
      },
      count("required", "Số phải huấn luyện", true, ["Số người phải huấn luyện"]),
      count("trained", "Số đã huấn luyện", true, ["Số người đã huấn luyện", "Số được huấn luyện"])
    ],
    key: ["year", "unit_code", "group"],
    checks: [],
    warnings: [{code: "trained_exceed_required", column: "trained", failsWhen: "trained > required"}]
  },
  submissions: {
    name: "submissions",
    label: {vi: "Báo cáo đã nộp", en: "Reports submitted"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      {name: "report", label: "Loại báo cáo", aliases: ["Báo cáo"], kind: "text", required: false, freeText: true},
      {name: "submitted_on", label: "Ngày nộp", aliases: ["Ngày gửi", "Ngày nhận"], kind: "date", required: true}
    ],
    key: ["year", "unit_code", "report"],
    checks: [],
    warnings: []
  },
  task_status: {
    name: "task_status",
    label: {vi: "Tiến độ nhiệm vụ kế hoạch", en: "Plan task progress"},
    timeColumn: "year",
    columns: [
      year,
      unitCode,
      {name: "task", label: "Mã nhiệm vụ", aliases: ["Nhiệm vụ", "STT nhiệm vụ"], kind: "text", required: true},
      {
        name: "status",
        label: "Tình trạng",
        aliases: ["Tiến độ", "Kết quả thực hiện"],
        kind: "task_status",
        required: true
      },
      {name: "note", label: "Ghi chú", aliases: ["Ghi chú kết quả"], kind: "text", required: false, freeText: true}
    ],
    key: ["year", "unit_code", "task"],
    checks: [],
    warnings: []
  }
};

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The Vietnamese header labels of a dataset's columns (all, or the named ones), in contract order. */
export function headerLabels(dataset: DatasetName, names?: string[]): string[] {
  return DATASETS[dataset].columns.filter((c) => !names || names.includes(c.name)).map((c) => c.label);
}

export function isDatasetName(name: string): name is DatasetName {
  return name in DATASETS;
}
