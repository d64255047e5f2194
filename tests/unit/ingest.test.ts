// Loading files into a real DuckDB warehouse file: every rejection rule, messy spreadsheets, reloads,
// corrections, and that no personal data is ever stored.
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {ingestFile, type SheetReport} from "../../loaders/ingest/load-file.js";
import {unitFacts} from "../../loaders/indicators/aggregate.js";
import {qualityReport} from "../../loaders/export/site-data.js";
import type {DatasetName} from "../../contract/ingest/datasets.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {
  INCIDENT_HEADER,
  incidentRow,
  openTempWarehouse,
  writeCsv,
  writeIncidentsCsv,
  writeXlsx
} from "../fixtures/files.js";

let dir: string;
let warehouse: Warehouse;

beforeEach(async () => ({dir, warehouse} = await openTempWarehouse()));
afterEach(() => warehouse.close());

async function load(path: string, dataset?: DatasetName): Promise<SheetReport> {
  const report = await ingestFile(warehouse.connection, path, {dataset});
  expect(report.refused).toBeUndefined();
  return report.sheets[0]!;
}

async function rejectsOf(file: string) {
  return queryRows<{src_row: number; column_name: string; problems: string; reason_vi: string; reason_en: string}>(
    warehouse.connection,
    `SELECT src_row, column_name, problems, reason_vi, reason_en FROM rejects WHERE file_name = '${file}' ORDER BY src_row`
  );
}

describe("each rule rejects the row that breaks it, with its reason, and loads the others", () => {
  const cases: [string, DatasetName, string[], (string | number)[][], string, string][] = [
    ["missing incident id", "incidents", INCIDENT_HEADER, [incidentRow({"Mã vụ": ""})], "incident_id", "required"],
    [
      "impossible date",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Ngày xảy ra": "31/02/2024"})],
      "occurred_on",
      "invalid_date"
    ],
    [
      "date in the future",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Ngày xảy ra": "01/01/2099"})],
      "occurred_on",
      "future_date"
    ],
    [
      "victims not a number",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Số người bị nạn": "hai"})],
      "victims",
      "invalid_integer"
    ],
    [
      "no victim",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Số người bị nạn": 0, "Số người chết": 0})],
      "victims",
      "below_minimum"
    ],
    [
      "not a yes/no",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Có quan hệ lao động": "có thể"})],
      "labour_relation",
      "invalid_boolean"
    ],
    ["unknown unit", "incidents", INCIDENT_HEADER, [incidentRow({"Mã địa bàn": "999"})], "unit_code", "unknown_unit"],
    [
      "old province code after 1 July 2025",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Ngày xảy ra": "2025-08-01", "Mã địa bàn": "62"})],
      "unit_code",
      "old_unit_after_merger"
    ],
    ["unknown sector", "incidents", INCIDENT_HEADER, [incidentRow({"Mã ngành": "Z"})], "sector_code", "unknown_sector"],
    [
      "deaths + serious injuries > victims",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Số người bị nạn": 1, "Số người chết": 1, "Số người bị thương nặng": 1})],
      "victims",
      "deaths_and_injuries_exceed_victims"
    ],
    [
      "female victims > victims",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow({"Số lao động nữ bị nạn": 2})],
      "female_victims",
      "female_exceed_victims"
    ],
    [
      "same incident twice",
      "incidents",
      INCIDENT_HEADER,
      [incidentRow(), incidentRow()],
      "incident_id",
      "duplicate_key"
    ],
    [
      "a totals row",
      "incidents",
      ["STT", ...INCIDENT_HEADER],
      [
        [1, ...incidentRow()],
        ["Tổng cộng", "", "", "", "", "", 1, 1, 0, 0]
      ],
      "incident_id",
      "total_row"
    ],
    [
      "two-digit year",
      "workforce",
      ["Năm", "Mã địa bàn", "Số lao động"],
      [
        [2024, "01", 100],
        [24, "01", 100]
      ],
      "year",
      "invalid_year"
    ],
    [
      "unknown training group",
      "training",
      ["Năm", "Mã địa bàn", "Nhóm huấn luyện", "Số phải huấn luyện", "Số đã huấn luyện"],
      [
        [2024, "01", 3, 10, 8],
        [2024, "01", 9, 10, 8]
      ],
      "group",
      "unknown_training_group"
    ],
    [
      "diagnosed > examined",
      "disease_exams",
      ["Năm", "Mã địa bàn", "Số lao động tiếp xúc yếu tố có hại", "Số được khám phát hiện BNN", "Số ca mắc BNN"],
      [
        [2024, "01", 100, 50, 5],
        [2023, "01", 100, 5, 50]
      ],
      "diagnosed_cases",
      "diagnosed_exceed_examined"
    ],
    [
      "failing samples > samples",
      "environment_monitoring",
      [
        "Năm",
        "Mã địa bàn",
        "Số cơ sở phát sinh yếu tố có hại",
        "Số cơ sở được quan trắc MTLĐ",
        "Số mẫu",
        "Số mẫu vượt tiêu chuẩn"
      ],
      [
        [2024, "01", 10, 5, 100, 3],
        [2023, "01", 10, 5, 10, 30]
      ],
      "samples_exceeding",
      "exceeding_exceed_samples"
    ],
    [
      "missing submission date",
      "submissions",
      ["Năm", "Mã địa bàn", "Loại báo cáo", "Ngày nộp"],
      [
        [2024, "01", "annual", "10/12/2024"],
        [2024, "02", "annual", ""]
      ],
      "submitted_on",
      "required"
    ]
  ];

  test.each(cases)("%s", async (_label, dataset, header, rows, column, code) => {
    const file = writeCsv(join(dir, "case.csv"), [header, ...rows]);
    const sheet = await load(file);
    expect(sheet.dataset).toBe(dataset);
    expect(sheet.rejected).toBe(1);
    expect(sheet.accepted).toBe(rows.length - 1);
    const [reject] = await rejectsOf("case.csv");
    expect(JSON.parse(reject!.problems)).toContainEqual({column, code});
    // the row number is the spreadsheet row: header on row 1, the bad row is the last one
    expect(reject!.src_row).toBe(rows.length + 1);
    expect(reject!.reason_vi.length).toBeGreaterThan(10);
    expect(reject!.reason_en.length).toBeGreaterThan(10);
  });
});

describe("reading values the way Vietnamese spreadsheets write them", () => {
  test("dates in three forms, thousands dots, có/không and x/blank, lost leading zeros", async () => {
    const file = writeCsv(
      join(dir, "forms.csv"),
      [
        INCIDENT_HEADER,
        incidentRow({"Mã vụ": "a", "Ngày xảy ra": "2024-03-05", "Mã địa bàn": "1", "Có quan hệ lao động": "x"}),
        incidentRow({"Mã vụ": "b", "Ngày xảy ra": "5/3/2024", "Mã địa bàn": "1", "Có quan hệ lao động": ""}),
        incidentRow({
          "Mã vụ": "c",
          "Ngày xảy ra": "05/03/2024",
          "Mã địa bàn": "79",
          "Số người bị nạn": "1.234",
          "Số người chết": "1.000"
        })
      ],
      {delimiter: ",", bom: true}
    );
    const sheet = await load(file);
    expect(sheet.rejected).toBe(0);
    const rows = await queryRows<{
      incident_id: string;
      occurred_on: Date;
      unit_code: string;
      labour_relation: boolean;
      victims: number;
    }>(
      warehouse.connection,
      "SELECT incident_id, occurred_on, unit_code, labour_relation, victims FROM incidents ORDER BY incident_id"
    );
    expect(rows.map((r) => r.occurred_on.toISOString().slice(0, 10))).toEqual([
      "2024-03-05",
      "2024-03-05",
      "2024-03-05"
    ]);
    expect(rows.map((r) => r.unit_code)).toEqual(["01", "01", "79"]);
    expect(rows.map((r) => r.labour_relation)).toEqual([true, false, true]);
    expect(rows[2]!.victims).toBe(1234);
  });

  test("a district code that lost its zero is restored in a district column (63 → 063 Bạch Thông)", async () => {
    const file = writeCsv(join(dir, "districts.csv"), [
      ["Năm", "Mã địa bàn", "Số lao động"],
      [2024, 63, 5000],
      [2024, 561, 8000],
      [2024, 271, 9000]
    ]);
    await load(file);
    const codes = await queryRows<{unit_code: string}>(
      warehouse.connection,
      "SELECT unit_code FROM workforce ORDER BY unit_code"
    );
    expect(codes.map((r) => r.unit_code)).toEqual(["063", "271", "561"]);
  });
});

test("in a column mixing levels, a code that exists as written stays (718 is Thủ Dầu Một, not commune 00718)", async () => {
  const rows = [
    incidentRow({"Mã vụ": "m1", "Mã địa bàn": "718"}),
    incidentRow({"Mã vụ": "m2", "Mã địa bàn": "25747"}),
    incidentRow({"Mã vụ": "m3", "Mã địa bàn": "25750"}),
    incidentRow({"Mã vụ": "m4", "Mã địa bàn": "74"}),
    incidentRow({"Mã vụ": "m5", "Mã địa bàn": "1"}),
    incidentRow({"Mã vụ": "m6", "Mã địa bàn": "4"})
  ];
  await load(writeCsv(join(dir, "mixed-levels.csv"), [INCIDENT_HEADER, ...rows]));
  const codes = await queryRows<{incident_id: string; unit_code: string}>(
    warehouse.connection,
    "SELECT incident_id, unit_code FROM incidents ORDER BY incident_id"
  );
  expect(codes.map((r) => r.unit_code)).toEqual(["718", "25747", "25750", "74", "01", "04"]);
});

test("a code is never cut to fit: 0612 (Đắk Tô typed with a zero too many) is not Bắc Kạn (06), it is rejected", async () => {
  const rows = [
    incidentRow({"Mã vụ": "c1", "Mã địa bàn": "0612", "Ngày xảy ra": "15/03/2024"}),
    incidentRow({"Mã vụ": "c2", "Mã địa bàn": "6120", "Ngày xảy ra": "15/03/2024"}),
    incidentRow({"Mã vụ": "c3", "Mã địa bàn": "612", "Ngày xảy ra": "15/03/2024"})
  ];
  const report = await load(writeCsv(join(dir, "long-codes.csv"), [INCIDENT_HEADER, ...rows]));
  expect(report.rejected).toBe(2);
  const stored = await queryRows<{incident_id: string; unit_code: string}>(
    warehouse.connection,
    "SELECT incident_id, unit_code FROM incidents ORDER BY incident_id"
  );
  expect(stored).toEqual([{incident_id: "c3", unit_code: "612"}]);
  expect((await rejectsOf("long-codes.csv")).map((r) => [r.src_row, r.column_name])).toEqual([
    [2, "unit_code"],
    [3, "unit_code"]
  ]);
});

test("row numbers count blank lines and multi-line cells as Excel shows them", async () => {
  const header = INCIDENT_HEADER.join(";");
  const row = (cells: (string | number)[]) => cells.map((c) => (String(c).includes("\n") ? `"${c}"` : c)).join(";");
  const text = [
    header,
    row(incidentRow({"Mã vụ": "r1"})),
    "",
    row([...incidentRow({"Mã vụ": "r2"}).slice(0, 8), "0"]) + ';"ngã\ntừ giàn giáo"',
    row(incidentRow({"Mã vụ": "r3", "Mã ngành": "??"}))
  ].join("\n");
  writeFileSync(join(dir, "lines.csv"), text + "\n");
  const sheet = await load(join(dir, "lines.csv"));
  expect(sheet).toMatchObject({accepted: 2, rejected: 1});
  const [reject] = await rejectsOf("lines.csv");
  expect(reject).toMatchObject({src_row: 5, column_name: "sector_code"});
});

test("a short CSV with line breaks in quoted cells (first column, a blank line inside, the header) loads whole", async () => {
  const quoted = (cell: string | number) => (/[\n;]/.test(String(cell)) ? `"${cell}"` : cell);
  const header = [...INCIDENT_HEADER.map((h) => (h === "Số người bị nạn" ? "Số người\nbị nạn" : h)), "Nguyên nhân"];
  const text = [header, [...incidentRow({"Mã vụ": "V\n1"}), "ngã"], [...incidentRow({"Mã vụ": "V2"}), "a;\n\nb"]]
    .map((cells) => cells.map(quoted).join(";"))
    .join("\n");
  writeFileSync(join(dir, "quoted.csv"), `${text}\n`);
  const sheet = await load(join(dir, "quoted.csv"));
  expect(sheet).toMatchObject({rowsRead: 2, accepted: 2, rejected: 0});
  expect(
    await queryRows(warehouse.connection, "SELECT incident_id, victims, cause FROM incidents ORDER BY src_row")
  ).toEqual([
    {incident_id: "V\n1", victims: 1, cause: "ngã"},
    {incident_id: "V2", victims: 1, cause: "a;\n\nb"}
  ]);
});

describe("a messy government spreadsheet", () => {
  test("title rows, merged cells, a column-number row, Excel dates, numeric codes and personal columns", async () => {
    const header = [
      "STT",
      "Họ và tên",
      "Số CCCD",
      "Mã vụ",
      "Ngày xảy ra",
      "Mã địa bàn",
      "Mã ngành",
      "Có quan hệ lao động",
      "Số người bị nạn",
      "Số người chết",
      "Số người bị thương nặng",
      "Ghi chú"
    ];
    const file = await writeXlsx(join(dir, "bao-cao.xlsx"), [
      {
        name: "Báo cáo TNLĐ 2024",
        merges: ["A1:L1", "A2:L2"],
        rows: [
          ["ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG"],
          ["BÁO CÁO TÌNH HÌNH TAI NẠN LAO ĐỘNG NĂM 2024"],
          [],
          header,
          header.map((_, i) => `(${i + 1})`),
          [1, "Nguyễn Văn An", "001234567890", "BT-01", new Date(Date.UTC(2024, 4, 20)), 63, 42, "có", 1, 1, 0, ""],
          [
            2,
            "Lê Thị Bình",
            "009876543210",
            "BT-02",
            new Date(Date.UTC(2024, 10, 2)),
            63,
            8,
            "không",
            2,
            0,
            2,
            "mỏ đá"
          ],
          [3, "Phạm Văn Cường", "001122334455", "BT-03", "20/13/2024", 63, 41, "có", 1, 0, 1, ""]
        ]
      }
    ]);
    const sheet = await load(file);
    expect(sheet.sheet).toBe("Báo cáo TNLĐ 2024");
    expect(sheet.headerRow).toBe(4);
    expect(sheet.accepted).toBe(2);
    expect(sheet.rejected).toBe(1);
    expect(sheet.skippedRows).toBe(1);
    expect(sheet.personalColumnsDropped).toEqual(["Họ và tên", "Số CCCD"]);
    expect(sheet.ignoredColumns).toEqual(["STT", "Ghi chú"]);
    const [reject] = await rejectsOf("bao-cao.xlsx");
    expect(reject).toMatchObject({src_row: 8, column_name: "occurred_on"});
    const rows = await queryRows<{unit_code: string; sector_code: string; section_code: string; occurred_on: Date}>(
      warehouse.connection,
      "SELECT unit_code, sector_code, section_code, occurred_on FROM incidents ORDER BY incident_id"
    );
    expect(rows).toMatchObject([
      {unit_code: "063", sector_code: "42", section_code: "F"},
      {unit_code: "063", sector_code: "08", section_code: "B"}
    ]);
    expect(rows[0]!.occurred_on.toISOString().slice(0, 10)).toBe("2024-05-20");
  });

  test("no table and no byte of the warehouse file holds the victims' names or ID numbers", async () => {
    const file = await writeXlsx(join(dir, "names.xlsx"), [
      {
        name: "incidents",
        rows: [
          ["Họ tên", "CMND/CCCD", "Ngày sinh", "Số điện thoại", "Địa chỉ", ...INCIDENT_HEADER],
          ["Nguyễn Thị Hoa", "012345678901", "01/01/1990", "0912345678", "Thôn Nà Phầy", ...incidentRow()],
          [
            "Trần Văn Hùng",
            "098765432109",
            "02/02/1985",
            "0987654321",
            "Xóm Bản Chang",
            ...incidentRow({"Mã vụ": "V-2", "Mã địa bàn": "999"})
          ]
        ]
      }
    ]);
    const sheet = await load(file);
    expect(sheet.personalColumnsDropped).toHaveLength(5);
    expect(sheet.rejected).toBe(1); // the rejected row is kept, without its personal columns
    const tables = await queryRows<{table_name: string; column_name: string}>(
      warehouse.connection,
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' AND data_type LIKE 'VARCHAR%'"
    );
    const secrets = [
      "Nguyễn Thị Hoa",
      "Trần Văn Hùng",
      "012345678901",
      "098765432109",
      "0912345678",
      "Nà Phầy",
      "01/01/1990",
      "Bản Chang"
    ];
    for (const {table_name, column_name} of tables) {
      const found = await queryRows(
        warehouse.connection,
        `SELECT "${column_name}" AS v FROM ${table_name} WHERE ${secrets.map((s) => `contains(CAST("${column_name}" AS VARCHAR), '${s}')`).join(" OR ")}`
      );
      expect(found, `${table_name}.${column_name}`).toEqual([]);
    }
    warehouse.close();
    const bytes = readFileSync(join(dir, "warehouse.duckdb"));
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    warehouse = await openWarehouse(join(dir, "warehouse.duckdb"));
  });
});

describe("loading again", () => {
  test("the same file twice adds no rows and no rejects", async () => {
    const file = writeCsv(join(dir, "twice.csv"), [
      INCIDENT_HEADER,
      incidentRow({"Mã vụ": "1"}),
      incidentRow({"Mã vụ": "2", "Mã địa bàn": "999"})
    ]);
    const first = await load(file);
    const second = await load(file);
    expect(first).toMatchObject({accepted: 1, rejected: 1, added: 1, replaced: 0});
    expect(second).toMatchObject({accepted: 1, rejected: 1, added: 0, replaced: 0, unchanged: 1});
    const [{incidents, rejects}] = await queryRows<{incidents: number; rejects: number}>(
      warehouse.connection,
      "SELECT (SELECT count(*) FROM incidents)::INT AS incidents, (SELECT count(*) FROM rejects)::INT AS rejects"
    );
    expect({incidents, rejects}).toEqual({incidents: 1, rejects: 1});
  });

  test("a corrected file replaces the rows with the same keys and says how many", async () => {
    await load(
      writeCsv(join(dir, "v1.csv"), [
        INCIDENT_HEADER,
        incidentRow({"Mã vụ": "1"}),
        incidentRow({"Mã vụ": "2"}),
        incidentRow({"Mã vụ": "3"})
      ])
    );
    const corrected = await load(
      writeCsv(join(dir, "v2.csv"), [
        INCIDENT_HEADER,
        incidentRow({"Mã vụ": "2", "Số người chết": 0}),
        incidentRow({"Mã vụ": "3"}),
        incidentRow({"Mã vụ": "4"})
      ])
    );
    expect(corrected).toMatchObject({accepted: 3, added: 1, replaced: 1, unchanged: 1});
    const rows = await queryRows<{incident_id: string; deaths: number}>(
      warehouse.connection,
      "SELECT incident_id, deaths FROM incidents ORDER BY incident_id"
    );
    expect(rows).toEqual([
      {incident_id: "1", deaths: 1},
      {incident_id: "2", deaths: 0},
      {incident_id: "3", deaths: 1},
      {incident_id: "4", deaths: 1}
    ]);
  });
});

describe("plausibility warnings: the row loads, the summary says why it looks wrong", () => {
  test("examined > exposed, monitored > hazardous, trained > required", async () => {
    const exams = await load(
      writeCsv(join(dir, "exams.csv"), [
        ["Năm", "Mã địa bàn", "Số lao động tiếp xúc yếu tố có hại", "Số được khám phát hiện BNN"],
        [2024, "01", 100, 150]
      ])
    );
    const monitoring = await load(
      writeCsv(join(dir, "mon.csv"), [
        ["Năm", "Mã địa bàn", "Số cơ sở phát sinh yếu tố có hại", "Số cơ sở được quan trắc MTLĐ"],
        [2024, "01", 10, 12]
      ])
    );
    const training = await load(
      writeCsv(join(dir, "tr.csv"), [
        ["Năm", "Mã địa bàn", "Nhóm huấn luyện", "Số phải huấn luyện", "Số đã huấn luyện"],
        [2024, "01", "Nhóm 3", 10, 11]
      ])
    );
    expect(exams).toMatchObject({accepted: 1, rejected: 0, warnings: [{code: "examined_exceed_exposed", count: 1}]});
    expect(monitoring.warnings.map((w) => w.code)).toEqual(["monitored_exceed_hazardous"]);
    expect(training.warnings.map((w) => w.code)).toEqual(["trained_exceed_required"]);
  });

  test("a unit that reported before and then has no data for a year", async () => {
    const sheet = await load(
      writeCsv(join(dir, "gap.csv"), [
        ["Năm", "Mã địa bàn", "Số lao động"],
        [2021, "063", 5000],
        [2022, "063", 5100],
        [2021, "561", 8000],
        [2023, "063", 5200],
        [2023, "561", 8100]
      ])
    );
    expect(sheet.warnings.map((w) => [w.code, w.count])).toEqual([["missing_year", 1]]);
    const gaps = await queryRows(
      warehouse.connection,
      "SELECT unit_code, year FROM warnings WHERE code = 'missing_year'"
    );
    expect(gaps).toEqual([{unit_code: "561", year: 2022}]);
  });

  test("a unit's deaths far above its history, and a file mixing geographies", async () => {
    const rows = [
      incidentRow({"Mã vụ": "h1", "Ngày xảy ra": "10/05/2022", "Mã địa bàn": "063"}),
      incidentRow({"Mã vụ": "h2", "Ngày xảy ra": "10/05/2023", "Mã địa bàn": "063"}),
      incidentRow({
        "Mã vụ": "h3",
        "Ngày xảy ra": "10/05/2024",
        "Mã địa bàn": "063",
        "Số người bị nạn": 8,
        "Số người chết": 8
      }),
      incidentRow({"Mã vụ": "h4", "Ngày xảy ra": "10/08/2025", "Mã địa bàn": "19"})
    ];
    const sheet = await load(writeCsv(join(dir, "history.csv"), [INCIDENT_HEADER, ...rows]));
    expect(sheet.rejected).toBe(0);
    expect(sheet.warnings.map((w) => w.code).sort()).toEqual(["deaths_far_above_history", "mixed_geography"]);
    const [warning] = await queryRows(
      warehouse.connection,
      "SELECT unit_code, year FROM warnings WHERE code = 'deaths_far_above_history'"
    );
    expect(warning).toEqual({unit_code: "063", year: 2024});
  });
});

describe("files that cannot be read", () => {
  test("a file with no recognisable header is refused whole, with a reason", async () => {
    const file = writeCsv(join(dir, "notes.csv"), [["Ghi chú"], ["Không có số liệu"]]);
    const report = await ingestFile(warehouse.connection, file);
    expect(report.refused?.vi).toContain("tiêu đề");
    expect(report.refused?.en).toContain("header");
  });

  test("a file that is neither CSV nor XLSX is refused", async () => {
    const file = writeCsv(join(dir, "report.pdf"), [["%PDF-1.4"]]);
    const report = await ingestFile(warehouse.connection, file);
    expect(report.refused?.en).toContain("Not a CSV or XLSX");
  });
});

// Reading unit codes on the two maps (DATA-CONTRACT.md, "Two maps"): a dated record on the map of its
// date, a 2025 yearly row on the new map when its code names a unit there (else the old), unless its
// `map` column says which; a code that exists as written is never padded into another level; every
// code on no map of its date is rejected with a reason naming that map, and nothing is lost.
describe("two maps", () => {
  const codeOf = (problems: string) => (JSON.parse(problems) as {code: string}[]).map((p) => p.code).join(",");

  test("a 2025 workforce file of mostly district codes keeps '01' as Hà Nội on the new map, not Ba Đình 001", async () => {
    // 60 old districts (3 digits) and three rows of provinces (2 digits): 95% of the codes have 3 digits.
    const districts = (
      await queryRows<{unit_code: string}>(
        warehouse.connection,
        "SELECT unit_code FROM units WHERE geography = 'pre2025' AND level = 'district' ORDER BY unit_code LIMIT 60"
      )
    ).map((r) => r.unit_code);
    expect(districts[0]).toBe("001");
    const rows = [
      ...districts.map((code, i) => [2025, code, 1000 + i]),
      [2025, "01", 1763908],
      [2025, "04", 250000],
      [2024, "01", 4000000],
      [2024, "1", 77]
    ];
    const sheet = await load(
      writeCsv(join(dir, "workforce-2025.csv"), [["Năm", "Mã địa bàn", "Số lao động"], ...rows])
    );
    expect(await rejectsOf("workforce-2025.csv")).toEqual([]);
    expect([sheet.accepted, sheet.rejected]).toEqual([rows.length, 0]);
    const stored = await queryRows<{year: number; unit_code: string; geography: string; workers: number}>(
      warehouse.connection,
      `SELECT "year" AS year, unit_code, geography, workers FROM workforce
       WHERE unit_code IN ('01', '04', '001') ORDER BY year, unit_code, geography`
    );
    expect(stored).toEqual([
      {year: 2024, unit_code: "001", geography: "pre2025", workers: 77}, // "1" exists nowhere: its zeros restored
      {year: 2024, unit_code: "01", geography: "pre2025", workers: 4000000}, // exists as written: stays a province
      {year: 2025, unit_code: "001", geography: "pre2025", workers: 1000},
      {year: 2025, unit_code: "01", geography: "2025", workers: 1763908},
      {year: 2025, unit_code: "04", geography: "2025", workers: 250000}
    ]);
    // What `npm run indicators -- --unit 001 --year 2025` counts: Ba Đình's own 1,000, not Hà Nội's workforce.
    const baDinh = await unitFacts(warehouse.connection, {
      mode: "reported",
      units: [{code: "001", geography: "pre2025"}],
      sectors: ["ALL"]
    });
    expect(baDinh.filter((f) => f.year === 2025).map((f) => f.workers)).toEqual([1000]);
  });

  test("the map column (Địa giới cũ/mới) decides a 2025 row's map; a wrong or contradicting value is rejected", async () => {
    const rows = [
      [2025, "01", 500, "cũ"],
      [2025, "79", 600, "mới"],
      [2025, "62", 700, "old"],
      [2025, "62", 800, "mới"],
      [2025, "001", 900, "Mới"],
      [2024, "01", 1000, "mới"],
      [2025, "04", 1100, "có lẽ"]
    ];
    const sheet = await load(
      writeCsv(join(dir, "map.csv"), [["Năm", "Mã địa bàn", "Số lao động", "Địa giới"], ...rows])
    );
    expect([sheet.accepted, sheet.rejected]).toEqual([3, 4]);
    expect(
      await queryRows(warehouse.connection, "SELECT unit_code, geography, workers FROM workforce ORDER BY workers")
    ).toEqual([
      {unit_code: "01", geography: "pre2025", workers: 500},
      {unit_code: "79", geography: "2025", workers: 600},
      {unit_code: "62", geography: "pre2025", workers: 700}
    ]);
    const rejected = await rejectsOf("map.csv");
    expect(rejected.map((r) => [r.src_row, codeOf(r.problems)])).toEqual([
      [5, "old_unit_after_merger"], // Kon Tum said to be on the new map: it merged into Quảng Ngãi
      [6, "old_district_after_reform"], // a district on the new map, which has none
      [7, "map_contradicts_year"],
      [8, "invalid_map"]
    ]);
  });

  test("an old province in a 2026 row: the reason names the new province it merged into, as the CLI does", async () => {
    const file = join(dir, "kon-tum.csv");
    writeFileSync(file, "year;unit_code;sector_code;workers\n2026;62;;1000\n");
    expect(await load(file, "workforce")).toMatchObject({accepted: 0, rejected: 1});
    const [rejected] = await rejectsOf("kon-tum.csv");
    expect(rejected!.reason_vi).toContain(
      '"Mã địa bàn" là mã một tỉnh cũ đã sáp nhập vào Quảng Ngãi (51) từ 01/07/2025; từ ngày đó phải dùng mã 34 tỉnh mới'
    );
    expect(rejected!.reason_en).toContain(
      '"unit_code" is the code of an old province merged into Quảng Ngãi (51) on 01/07/2025'
    );
  });

  test("dated records: each code on the map of its date, each misfit with its own reason, nothing lost", async () => {
    const cases: [string, string, string][] = [
      ["ok-new", "01/08/2025", "00004"], // new ward Ba Đình
      ["ok-old", "01/03/2024", "00004"], // old ward Trúc Bạch
      ["split", "01/08/2025", "11980"], // Hồng Châu: predecessors in Hưng Yên and Nghệ An (flagged)
      ["district", "01/08/2025", "001"],
      ["province", "01/08/2025", "62"],
      ["commune", "01/08/2025", "00001"], // Phúc Xá, merged away
      ["new-only", "30/06/2025", "11948"], // Đặc khu Bạch Long Vĩ, a unit only from 01/07/2025
      ["nowhere-old", "01/03/2024", "99999"],
      ["nowhere-new", "01/07/2025", "99999"]
    ];
    const file = writeCsv(join(dir, "dated.csv"), [
      INCIDENT_HEADER,
      ...cases.map(([id, date, code]) => incidentRow({"Mã vụ": id, "Ngày xảy ra": date, "Mã địa bàn": code}))
    ]);
    const sheet = await load(file);
    expect(sheet.accepted + sheet.rejected).toBe(cases.length);
    expect(
      await queryRows(
        warehouse.connection,
        "SELECT incident_id, unit_code, geography FROM incidents ORDER BY incident_id"
      )
    ).toEqual([
      {incident_id: "ok-new", unit_code: "00004", geography: "2025"},
      {incident_id: "ok-old", unit_code: "00004", geography: "pre2025"},
      {incident_id: "split", unit_code: "11980", geography: "2025"}
    ]);
    const rejected = await rejectsOf("dated.csv");
    expect(rejected.map((r) => codeOf(r.problems))).toEqual([
      "old_district_after_reform",
      "old_unit_after_merger",
      "old_commune_after_reform",
      "new_unit_before_reform",
      "unknown_unit",
      "unknown_unit_new_map"
    ]);
    // Each reason names the map the date implies, in both languages.
    const byCode = new Map(rejected.map((r) => [codeOf(r.problems), r]));
    expect(byCode.get("unknown_unit")!.reason_en).toContain("old map");
    expect(byCode.get("unknown_unit")!.reason_vi).toContain("địa giới cũ");
    expect(byCode.get("unknown_unit_new_map")!.reason_en).toContain("new map");
    expect(byCode.get("unknown_unit_new_map")!.reason_vi).toContain("địa giới mới");
    expect(byCode.get("new_unit_before_reform")!.reason_en).toContain("only on the new map");
    expect(byCode.get("old_district_after_reform")!.reason_vi).toContain("cấp huyện");
    expect(new Set(rejected.map((r) => r.reason_en)).size).toBe(rejected.length);
    // The new commune with predecessors in two old provinces loads, flagged.
    expect(sheet.warnings.find((w) => w.code === "predecessors_in_two_provinces")).toMatchObject({count: 1});
    expect(
      await queryRows(
        warehouse.connection,
        "SELECT unit_code, src_row FROM warnings WHERE code = 'predecessors_in_two_provinces'"
      )
    ).toEqual([{unit_code: "11980", src_row: 4}]);
  });

  test("a 2025 yearly code on neither map is rejected naming both maps", async () => {
    await load(
      writeCsv(join(dir, "neither.csv"), [
        ["Năm", "Mã địa bàn", "Số lao động"],
        [2025, "99999", 5],
        [2025, "01", 6]
      ])
    );
    const [rejected] = await rejectsOf("neither.csv");
    expect(codeOf(rejected!.problems)).toBe("unknown_unit_either_map");
    expect(rejected!.reason_en).toContain("neither the old nor the new map");
  });

  test("one code on both maps in a 2025 yearly file is two units; a real duplicate names the row it repeats", async () => {
    const sheet = await load(
      writeCsv(join(dir, "both.csv"), [
        ["year", "unit_code", "sector_code", "workers", "map"],
        [2025, "01", "", 5000, "old"],
        [2025, "01", "", 7000, "new"],
        [2025, "01", "", 8000, "mới"],
        [2025, "01", "", 9000, "cũ"]
      ])
    );
    expect([sheet.accepted, sheet.rejected]).toEqual([2, 2]);
    expect(
      await queryRows(warehouse.connection, "SELECT unit_code, geography, workers FROM workforce ORDER BY workers")
    ).toEqual([
      {unit_code: "01", geography: "pre2025", workers: 5000},
      {unit_code: "01", geography: "2025", workers: 7000}
    ]);
    const [duplicate, other] = await rejectsOf("both.csv");
    expect([duplicate!.src_row, codeOf(duplicate!.problems)]).toEqual([4, "duplicate_key"]);
    expect(duplicate!.reason_vi).toContain(
      "Trùng khóa với một dòng phía trên (dòng 3) trong cùng tệp (khóa: Năm, Mã địa bàn, Mã ngành"
    );
    expect(duplicate!.reason_en).toContain(
      "Same key as a row above (row 3) in this file (key: year, unit_code, sector_code"
    );
    expect(other!.reason_en).toContain("Same key as a row above (row 2) in this file");
    // The data-quality page groups the two under one reason, each row keeping its own.
    const {rejects} = await qualityReport(warehouse.connection);
    expect(rejects.map((r) => [r.reason_en.slice(0, 37), r.group_en])).toEqual([
      [
        "Same key as a row above (row 3) in th",
        expect.stringContaining("Same key as a row above in this file (key: year, unit_code, sector_code")
      ],
      [
        "Same key as a row above (row 2) in th",
        expect.stringContaining("Same key as a row above in this file (key: year, unit_code, sector_code")
      ]
    ]);
  });

  test("an incident's map column (Địa giới) must agree with its date; a junk value is rejected as in yearly files", async () => {
    const cases: [string, string, string][] = [
      ["old-ok", "01/03/2025", "cũ"],
      ["new-ok", "15/08/2025", "mới"],
      ["old-late", "15/08/2025", "cũ"],
      ["new-early", "01/03/2025", "new"],
      ["junk", "01/03/2025", "có lẽ"]
    ];
    const sheet = await load(
      writeCsv(join(dir, "incident-map.csv"), [
        [...INCIDENT_HEADER, "Địa giới"],
        ...cases.map(([id, date, map]) => [...incidentRow({"Mã vụ": id, "Ngày xảy ra": date}), map])
      ])
    );
    expect([sheet.accepted, sheet.rejected]).toEqual([2, 3]);
    expect(
      await queryRows(
        warehouse.connection,
        "SELECT incident_id, unit_code, geography FROM incidents ORDER BY incident_id"
      )
    ).toEqual([
      {incident_id: "new-ok", unit_code: "01", geography: "2025"},
      {incident_id: "old-ok", unit_code: "01", geography: "pre2025"}
    ]);
    const rejected = await rejectsOf("incident-map.csv");
    expect(rejected.map((r) => [r.src_row, codeOf(r.problems)])).toEqual([
      [4, "map_contradicts_date"],
      [5, "map_contradicts_date"],
      [6, "invalid_map"]
    ]);
    expect(rejected[0]!.reason_vi).toContain("trái với ngày xảy ra");
    expect(rejected[0]!.reason_en).toContain("contradicts the date");
  });
});

test("an incident number holding a name, an e-mail or a phone is masked before anything is stored, and the row rejected", async () => {
  const sheet = await load(
    writeIncidentsCsv(join(dir, "ids.csv"), [
      {"Mã vụ": "08-2024-0001"}, // ten digits from 08, but written as the unit's numbering: it stays
      {"Mã vụ": "ông Nguyễn Văn Tâm"},
      {"Mã vụ": "tam.nv@gmail.com"},
      {"Mã vụ": "0912 345 678"}
    ])
  );
  expect(sheet).toMatchObject({accepted: 1, rejected: 3, maskedValues: 3});
  expect(await queryRows(warehouse.connection, "SELECT incident_id FROM incidents")).toEqual([
    {incident_id: "08-2024-0001"}
  ]);
  const rejected = await rejectsOf("ids.csv");
  expect(rejected.map((r) => [r.src_row, r.column_name])).toEqual([
    [3, "incident_id"],
    [4, "incident_id"],
    [5, "incident_id"]
  ]);
  expect(rejected[0]!.reason_vi).toContain("chứa dữ liệu cá nhân");
  expect(rejected[0]!.reason_en).toContain("held personal data");
  const stored = JSON.stringify(
    await queryRows(warehouse.connection, "SELECT * FROM rejects UNION ALL BY NAME SELECT * FROM incidents")
  );
  expect(stored).not.toMatch(/Nguyễn Văn Tâm|tam\.nv|345 678/);
});

test("hints for a month-first date and a code with Excel's apostrophe, in both languages", async () => {
  const sheet = await load(
    writeIncidentsCsv(join(dir, "hints.csv"), [
      {"Mã vụ": "V-1", "Ngày xảy ra": "06/30/2025"},
      {"Mã vụ": "V-2", "Mã địa bàn": "'01"},
      {"Mã vụ": "V-3", "Ngày xảy ra": "06/03/2025"} // a real 6 March: read day first
    ])
  );
  expect(sheet).toMatchObject({accepted: 1, rejected: 2});
  const [date, code] = await rejectsOf("hints.csv");
  const codes = (problems: string) => (JSON.parse(problems) as {code: string}[]).map((p) => p.code);
  expect([date!.column_name, codes(date!.problems)]).toEqual(["occurred_on", ["date_month_first"]]);
  expect(date!.reason_vi).toContain("có vẻ viết tháng trước ngày (06/30/2025): ngày phải viết ngày/tháng/năm");
  expect(date!.reason_en).toContain("looks like month/day (06/30/2025): dates are day/month/year");
  expect([code!.column_name, codes(code!.problems)]).toEqual(["unit_code", ["leading_apostrophe"]]);
  expect(code!.reason_vi).toContain("bắt đầu bằng dấu nháy đơn ('01)");
  expect(code!.reason_en).toContain("starts with an apostrophe ('01), Excel's mark for keeping a leading zero");
});

test("a rejected row keeps its cells masked: an ID number in a count column, an incident number with a name", async () => {
  const sheet = await load(
    writeIncidentsCsv(join(dir, "cells.csv"), [
      {"Mã vụ": "V-7", "Số người bị nạn": "001090012345"},
      {"Mã vụ": "Nguyễn Văn D 0912345678"}
    ])
  );
  expect(sheet).toMatchObject({accepted: 0, rejected: 2});
  const rejected = await queryRows<{column_name: string; reason_en: string; raw: string}>(
    warehouse.connection,
    "SELECT column_name, reason_en, raw FROM rejects WHERE file_name = 'cells.csv' ORDER BY src_row"
  );
  expect(rejected[0]!.reason_en).toContain("too large for a count");
  expect(JSON.parse(rejected[0]!.raw)).toMatchObject({incident_id: "V-7", victims: "***"});
  // Refused for the personal data it holds: the whole number goes, a name without a title with it.
  expect(JSON.parse(rejected[1]!.raw)).toMatchObject({incident_id: "***"});
  const tables = await queryRows<{table_name: string; column_name: string}>(
    warehouse.connection,
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_catalog <> 'temp'"
  );
  for (const {table_name, column_name} of tables) {
    const found = await queryRows(
      warehouse.connection,
      `SELECT "${column_name}" FROM ${table_name} WHERE regexp_matches(CAST("${column_name}" AS VARCHAR), '001090012345|0912345678|Nguyễn Văn D')`
    );
    expect(found, `${table_name}.${column_name}`).toEqual([]);
  }
});

test("a sheet's name and an unread column's header are stored masked, like a file name", async () => {
  const header = [...INCIDENT_HEADER, "Người báo: anh Trần Văn Bảo 0912345678"];
  await load(
    await writeXlsx(join(dir, "sheets.xlsx"), [
      {name: "Vụ Nguyễn Văn Khải 0912345678", rows: [header, [...incidentRow({"Mã vụ": "s1"}), "x"]]}
    ])
  );
  const [stored] = await queryRows<{sheet: string; ignored: string; masked_values: number}>(
    warehouse.connection,
    "SELECT sheet, CAST(ignored_columns AS VARCHAR) AS ignored, masked_values FROM loads WHERE file_name = 'sheets.xlsx'"
  );
  expect(JSON.stringify(stored)).not.toMatch(/0912345678|Bảo|912/);
  expect(stored!.masked_values).toBeGreaterThanOrEqual(2);
});

test("a 9-digit number in a count column is an ID card number, not a count: the row is rejected, nothing stored", async () => {
  const rows = [
    incidentRow({"Mã vụ": "k1", "Số người bị nạn": 123456789}),
    incidentRow({"Mã vụ": "k2", "Số người bị nạn": 99_999_999, "Số người chết": 0}),
    incidentRow({"Mã vụ": "k3"})
  ];
  const report = await load(writeCsv(join(dir, "counts.csv"), [INCIDENT_HEADER, ...rows]));
  expect([report.accepted, report.rejected]).toEqual([2, 1]);
  const [reject] = await rejectsOf("counts.csv");
  expect(reject!.reason_en).toContain("too large for a count");
  const stored = await queryRows<{n: number}>(
    warehouse.connection,
    "SELECT count(*)::INTEGER AS n FROM incidents WHERE victims = 123456789"
  );
  expect(stored[0]!.n).toBe(0);
});
