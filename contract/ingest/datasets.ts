// The input datasets of the data contract (shared design DATA-CONTRACT.md): their columns, Vietnamese
// header labels, value kinds, which columns identify a row (the key a corrected file replaces by), and
// the checks that reject a row or only warn about it.
import {INDICATOR_IDS} from "../indicators.js";

/** Records dated from this day use the 34 new provinces (yearly data from 2026), earlier ones the old units. */
export const GEOGRAPHY_2025_FROM = "2025-07-01";

/** What personal data in a typed text is replaced by (loaders/ingest/mask.ts), before any check or store. */
export const PERSONAL_DATA_MASK = "***";

/** How a column's text is read. */
export type ValueKind =
  | "text"
  | "date"
  | "year"
  | "integer"
  | "boolean"
  | "unit_code"
  | "sector_code"
  | "training_group"
  | "task_status"
  | "map";

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
  /** How to fill it in (the template's instructions), where the kind alone does not say. */
  help?: string;
  /**
   * Text a person writes: personal data in it is masked before it is stored. "identifier" for a record's
   * number: numbers are masked only in the shapes people write phones and ID cards in, since a number such
   * as 01-2024-0001 or 0120240001 has the length of a phone.
   */
  freeText?: true | "identifier";
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
  /** The date column that decides the geography, or the year column (a plan: its first year). */
  timeColumn: "occurred_on" | "year" | "period_from";
  /** A re-loaded group replaces every stored row sharing this column (a plan by its plan_id), not just the same keys. */
  replaces?: string;
}

/**
 * The columns that identify a row: the dataset's key, and for yearly data the map its code is on (the old
 * and the new Hà Nội "01" are two units; a dated record's map follows from its date).
 */
export function rowKeyColumns(spec: DatasetSpec): string[] {
  return [...spec.key, ...(spec.timeColumn === "year" ? ["geography"] : [])];
}

export type DatasetName =
  | "incidents"
  | "workforce"
  | "disease_exams"
  | "environment_monitoring"
  | "training"
  | "submissions"
  | "task_status"
  | "plans";

const text = (name: string, label: string, required: boolean, aliases: string[] = []): ColumnSpec => ({
  name,
  label,
  aliases,
  kind: "text",
  required
});
const year: ColumnSpec = {name: "year", label: "Năm", aliases: ["Năm báo cáo", "Year"], kind: "year", required: true};
const unitCode: ColumnSpec = {
  name: "unit_code",
  label: "Mã địa bàn",
  aliases: ["Mã đơn vị hành chính", "Mã ĐVHC", "Mã đơn vị", "Mã địa phương"],
  kind: "unit_code",
  required: true
};
/**
 * Which map a row's code is on (cũ/mới, old/new; DATA-CONTRACT.md "Two maps"): it decides for a 2025 yearly
 * row, and must agree with the date or year otherwise. Read, not stored: the row's geography says it.
 */
const mapColumn: ColumnSpec = {
  name: "map",
  label: "Địa giới",
  aliases: ["Địa giới hành chính", "Bản đồ", "Map"],
  kind: "map",
  required: false
};
/**
 * A `map` cell that contradicts the row's time: a date has one map (the new one from GEOGRAPHY_2025_FROM), a
 * year before 2025 the old map only, from 2026 the new one only (2025 either).
 */
function mapCheck(timeColumn: "occurred_on" | "year"): RowCheck {
  const [oldOnly, newOnly] =
    timeColumn === "year"
      ? [`"year" <= 2024`, `"year" >= 2026`]
      : [`occurred_on < DATE '${GEOGRAPHY_2025_FROM}'`, `occurred_on >= DATE '${GEOGRAPHY_2025_FROM}'`];
  return {
    code: timeColumn === "year" ? "map_contradicts_year" : "map_contradicts_date",
    column: "map",
    failsWhen: `("map" = '2025' AND ${oldOnly}) OR ("map" = 'pre2025' AND ${newOnly})`
  };
}
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

/** A plan's own cells: written on its first row, carried down to the rows below (plan-rows.ts). */
const PLAN_COLUMN_SPECS: ColumnSpec[] = [
  text("plan_id", "Mã kế hoạch", true),
  text("title", "Tên kế hoạch", true),
  {...unitCode, aliases: ["Địa bàn ban hành", ...unitCode.aliases!]},
  {
    ...text("map", "Địa giới", false, ["Bản đồ"]),
    help: "cũ (63 tỉnh, đến 30/06/2025) hoặc mới (34 tỉnh); để trống: theo Từ năm"
  },
  text("document", "Số, ký hiệu văn bản", false, ["Số văn bản", "Số hiệu văn bản"]),
  {name: "issued_on", label: "Ngày ban hành", aliases: ["Ngày văn bản"], kind: "date", required: false},
  {...year, name: "period_from", label: "Từ năm", aliases: []},
  {...year, name: "period_to", label: "Đến năm", aliases: []},
  {...year, name: "baseline_year", label: "Năm gốc", aliases: ["Năm cơ sở"]},
  {...text("report_deadline", "Hạn báo cáo", false), help: "ngày/tháng NN/TT, ví dụ 15/12"}
];
/** A target's cells: one target per row. */
const TARGET_COLUMN_SPECS: ColumnSpec[] = [
  text("target_id", "Mã chỉ tiêu", true),
  {...text("indicator", "Chỉ số", true), help: `một mã chỉ số: ${INDICATOR_IDS.join(", ")}`},
  {...text("rule", "Loại chỉ tiêu", true), help: "annual_change (thay đổi hằng năm) hoặc share (tỷ lệ)"},
  {
    ...text("comparison", "So sánh", true),
    help: "annual_change: decrease (giảm) / increase (tăng); share: at_least (≥), above (>), equals (= 100%)"
  },
  {...text("value", "Giá trị", true), help: "phần trăm: 4 = 4%/năm (tính gộp từ năm gốc); 80 = 80%"},
  {
    ...text("sectors", "Ngành áp dụng", false, ["Phạm vi ngành"]),
    help: "mã VSIC cách nhau bằng dấu phẩy (F, B, 23); để trống: mọi ngành"
  },
  {
    ...text("sentence", "Trích kế hoạch", true, ["Nội dung chỉ tiêu"]),
    help: "nguyên văn câu chỉ tiêu trong kế hoạch"
  }
];
export const PLAN_COLUMNS = PLAN_COLUMN_SPECS.map((c) => c.name);

export const DATASETS: Record<DatasetName, DatasetSpec> = {
  incidents: {
    name: "incidents",
    label: {vi: "Vụ tai nạn lao động", en: "Labour accidents"},
    timeColumn: "occurred_on",
    columns: [
      // Typed by a person: scanned for names; a number that held one is no key (rejected below).
      {
        name: "incident_id",
        label: "Mã vụ",
        aliases: ["Mã vụ tai nạn", "Số hiệu vụ"],
        kind: "text",
        required: true,
        freeText: "identifier"
      },
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
      {name: "investigated", label: "Đã điều tra", aliases: ["Đã được điều tra"], kind: "boolean", required: false},
      mapColumn
    ],
    // Incident numbers are unique within the unit that assigns them, not across the country.
    key: ["incident_id", "unit_code"],
    checks: [
      {code: "deaths_and_injuries_exceed_victims", column: "victims", failsWhen: "deaths + serious_injuries > victims"},
      {code: "female_exceed_victims", column: "female_victims", failsWhen: "female_victims > victims"},
      {code: "future_date", column: "occurred_on", failsWhen: "occurred_on > current_date"},
      {code: "personal_data_in_id", column: "incident_id", failsWhen: `contains(incident_id, '${PERSONAL_DATA_MASK}')`},
      mapCheck("occurred_on")
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
      },
      mapColumn
    ],
    key: ["year", "unit_code", "sector_code"],
    checks: [mapCheck("year")],
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
      count("diagnosed_cases", "Số ca mắc BNN", false, ["Số ca mắc bệnh nghề nghiệp"]),
      mapColumn
    ],
    key: ["year", "unit_code", "sector_code"],
    checks: [
      mapCheck("year"),
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
      count("samples_exceeding", "Số mẫu vượt tiêu chuẩn", false, ["Số mẫu không đạt"]),
      mapColumn
    ],
    key: ["year", "unit_code", "sector_code"],
    checks: [
      mapCheck("year"),
      {code: "exceeding_exceed_samples", column: "samples_exceeding", failsWhen: "samples_exceeding > samples"}
    ],
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
      count("trained", "Số đã huấn luyện", true, ["Số người đã huấn luyện", "Số được huấn luyện"]),
      mapColumn
    ],
    key: ["year", "unit_code", "group"],
    checks: [mapCheck("year")],
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
      {name: "submitted_on", label: "Ngày nộp", aliases: ["Ngày gửi", "Ngày nhận"], kind: "date", required: true},
      mapColumn
    ],
    key: ["year", "unit_code", "report"],
    checks: [mapCheck("year")],
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
      {name: "note", label: "Ghi chú", aliases: ["Ghi chú kết quả"], kind: "text", required: false, freeText: true},
      mapColumn
    ],
    key: ["year", "unit_code", "task"],
    checks: [mapCheck("year")],
    warnings: []
  },
  // One row per target; plan-level cells left blank below a plan's first row carry down (plan-rows.ts).
  plans: {
    name: "plans",
    label: {vi: "Kế hoạch", en: "Plans"},
    timeColumn: "period_from",
    replaces: "plan_id",
    columns: [...PLAN_COLUMN_SPECS, ...TARGET_COLUMN_SPECS],
    key: ["target_id", "plan_id"],
    checks: [
      // A plan cell written again on a later row must say what the plan's first row says.
      ...PLAN_COLUMNS.slice(1).map((name) => ({
        code: "plan_cell_differs",
        column: name,
        failsWhen: `"${name}" IS DISTINCT FROM first_value("${name}") OVER (PARTITION BY plan_id ORDER BY src_row)`
      })),
      {
        code: "unknown_indicator",
        column: "indicator",
        failsWhen: `indicator NOT IN (${INDICATOR_IDS.map((i) => `'${i}'`).join(", ")})`
      },
      {code: "unknown_rule", column: "rule", failsWhen: "rule NOT IN ('annual_change', 'share')"},
      {
        code: "unknown_comparison",
        column: "comparison",
        failsWhen: `CASE rule WHEN 'annual_change' THEN comparison NOT IN ('decrease', 'increase')
          WHEN 'share' THEN comparison NOT IN ('at_least', 'above', 'equals') END`
      },
      {
        code: "invalid_percentage",
        column: "value",
        failsWhen: `coalesce(NOT (TRY_CAST(replace(value, ',', '.') AS DOUBLE) BETWEEN 0 AND CASE WHEN rule = 'share' THEN 100 ELSE 1000 END), true)`
      },
      {
        code: "equals_not_100",
        column: "value",
        failsWhen: "comparison = 'equals' AND TRY_CAST(replace(value, ',', '.') AS DOUBLE) <> 100"
      },
      {code: "period_reversed", column: "period_to", failsWhen: "period_to < period_from"},
      {code: "baseline_after_start", column: "baseline_year", failsWhen: "baseline_year > period_from"},
      {code: "invalid_map", column: "map", failsWhen: "lower(strip_accents(map)) NOT IN ('cu', 'moi', 'old', 'new')"},
      {
        code: "invalid_deadline",
        column: "report_deadline",
        failsWhen: "NOT regexp_full_match(report_deadline, '(0?[1-9]|[12]\\d|3[01])/(0?[1-9]|1[0-2])')"
      },
      {
        code: "unknown_sector",
        column: "sectors",
        failsWhen: `EXISTS (SELECT 1 FROM unnest(regexp_split_to_array(upper(sectors), '[,; ]+')) s(code)
          WHERE code <> '' AND code NOT IN (SELECT sector_code FROM sectors))`
      }
    ],
    warnings: []
  }
};

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The Vietnamese header labels of a dataset's columns (all, or the named ones), in contract order. */
export function headerLabels(dataset: DatasetName, names?: string[]): string[] {
  return DATASETS[dataset].columns.filter((c) => !names || names.includes(c.name)).map((c) => c.label);
}

/** The columns every file of a dataset must have. */
export function requiredColumns(dataset: DatasetName): string[] {
  return DATASETS[dataset].columns.filter((c) => c.required).map((c) => c.name);
}

export function isDatasetName(name: string): name is DatasetName {
  return name in DATASETS;
}
