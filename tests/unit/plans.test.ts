// Plans as data: a plans sheet written as officers write it loads through the ordinary ingest, with
// rejects and reasons for the targets it cannot read; a re-loaded plan replaces the one with its id;
// the built-in plans are such a sheet; and the plan that judges a unit in a year is the nearest one up
// the chain whose period covers the year, with the reason said.
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {DATASETS} from "../../contract/ingest/datasets.js";
import {evaluateUnit} from "../../loaders/indicators/evaluate.js";
import {INDICATOR_IDS} from "../../contract/indicators.js";
import {BUILT_IN_PLANS, readPlans} from "../../loaders/indicators/plan-store.js";
import {unitIndicators} from "../../loaders/indicators/results.js";
import {resolveUnit} from "../../loaders/units/units.js";
import {templateWorkbook} from "../../loaders/templates/workbook.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {sitePlans} from "../../loaders/export/site-data.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {tempDir, writeCsv} from "../fixtures/files.js";

const HEADER = DATASETS.plans.columns.map((c) => c.label);
/** A plans row by column name; the rest blank (as below a plan's first row). */
const row = (cells: Partial<Record<string, string | number>>) => DATASETS.plans.columns.map((c) => cells[c.name] ?? "");
const target = (target_id: string, indicator: string, rule: string, comparison: string, value: string | number) => ({
  target_id,
  indicator,
  rule,
  comparison,
  value,
  sentence: `Câu của chỉ tiêu ${target_id}`
});

let dir: string;
let warehouse: Warehouse;

beforeAll(async () => {
  dir = tempDir();
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
}, 60_000);

const planRows = async (planId: string) =>
  queryRows(
    warehouse.connection,
    `SELECT target_id, title, unit_code, geography, period_from, period_to, baseline_year, value, sectors FROM plans WHERE plan_id = '${planId}' ORDER BY src_row`
  );

describe("the built-in plans", () => {
  test("a new warehouse loads them through the ordinary ingest: five plans with targets, read back rule by rule", async () => {
    const [load] = await queryRows<{file_name: string; accepted: number; rejected: number}>(
      warehouse.connection,
      "SELECT file_name, accepted, rejected FROM loads WHERE dataset = 'plans'"
    );
    // 10 Bạch Thông + 3 Ea Ly + 3 Hải Dương + 3 Kon Tum + 6 national targets
    expect(load).toEqual({file_name: "plans.csv", accepted: 25, rejected: 0});
    expect(BUILT_IN_PLANS.endsWith("data/plans/plans.csv")).toBe(true);
    const plans = await readPlans(warehouse.connection);
    expect(plans.map((p) => [p.id, p.targets.length])).toEqual([
      ["bach-thong-2022", 10],
      ["dak-lak-2024-tasks", 0],
      ["ea-ly-2024", 3],
      ["hai-duong-2024", 3],
      ["kon-tum-2024", 3],
      ["vn-nq19-2022", 6]
    ]);
    const bachThong = plans[0]!;
    expect(bachThong).toMatchObject({
      issuer: {unit_code: "063", geography: "pre2025", name: "Ủy ban nhân dân huyện Bạch Thông (tỉnh Bắc Kạn)"},
      period: {from: 2021, to: 2025},
      baseline_year: 2020,
      report_deadline: {month: 12, day: 10}
    });
    // "Giảm thiểu TNLĐ chết người, đặc biệt trong xây dựng, khai khoáng, vật liệu xây dựng": fewer, sectors F, B, 23
    expect(bachThong.targets[0]).toMatchObject({
      indicator: "fatal_accidents",
      sectors: ["F", "B", "23"],
      rule: {kind: "annual_change", direction: "decrease", percent: 0}
    });
    // "Trên 90%…" is a share above 0.9; "100% số vụ … được điều tra" at least 1
    expect(bachThong.targets.find((t) => t.id === "training-managers")!.rule).toEqual({
      kind: "share",
      comparison: "above",
      value: 0.9
    });
    expect(bachThong.targets.find((t) => t.id === "fatal-investigated")!.rule.kind).toBe("share");
    const national = plans.find((p) => p.id === "vn-nq19-2022")!;
    expect(national.issuer.geography).toBe("any");
    expect(national.document).toMatchObject({number: "19/NQ-CP", date: "2022-02-16", kind: "Nghị quyết"});
    // the pages write the document's date dd/mm/yyyy
    expect(sitePlans([national])[0]!.document).toBe("Nghị quyết 19/NQ-CP 16/02/2022");
    expect(national.targets[0]!.rule).toEqual({kind: "annual_change", direction: "decrease", percent: 4});
  });

  test("every indicator a target may name is one the engine computes, and no other", () => {
    const results = evaluateUnit({
      unit_code: "VN",
      geography: "any",
      year: 2024,
      sector: "ALL",
      plan: undefined,
      facts: [],
      training: [],
      timeliness: new Map()
    });
    expect(results.map((r) => r.indicator).sort()).toEqual([...INDICATOR_IDS].sort());
  });
});

describe("loading a plans sheet", () => {
  test("plan-level cells blank below the first row carry down; unreadable targets are rejected with reasons, the rest load", async () => {
    const file = writeCsv(join(dir, "ke-hoach.csv"), [
      HEADER,
      row({
        plan_id: "bt-xa-2024",
        title: "Kế hoạch ATVSLĐ xã Phủ Thông 2024–2025",
        unit_code: "01969",
        document: "12/KH-UBND",
        issued_on: "15/03/2024",
        period_from: 2024,
        period_to: 2025,
        baseline_year: 2023,
        report_deadline: "05/12",
        ...target("kham", "exam_coverage", "share", "at_least", 60)
      }),
      row({...target("tnld", "fatal_accidents", "annual_change", "decrease", "4,5"), sectors: "f; 41"}),
      row(target("sai-chi-so", "tai_nan", "share", "above", 50)),
      row(target("sai-loai", "exam_coverage", "tỷ lệ", "above", 50)),
      row(target("sai-so-sanh", "exam_coverage", "share", "decrease", 50)),
      row(target("sai-gia-tri", "exam_coverage", "share", "above", 150)),
      row(target("kham", "exam_coverage", "share", "above", 70)),
      row({
        plan_id: "nguoc",
        title: "Giai đoạn ngược",
        unit_code: "063",
        period_from: 2025,
        period_to: 2021,
        baseline_year: 2026,
        ...target("t", "deaths", "annual_change", "decrease", 4)
      }),
      // back to the first plan, writing another end year than its first row
      row({plan_id: "bt-xa-2024", period_to: 2030, ...target("khac", "deaths", "annual_change", "decrease", 2)})
    ]);
    const report = await ingestFile(warehouse.connection, file);
    const [sheet] = report.sheets;
    expect(sheet).toMatchObject({dataset: "plans", rowsRead: 9, accepted: 2, rejected: 7, added: 2});
    // The second row carried the first row's plan-level cells down (the map from the period: 2024 → old units).
    const carried = {
      title: "Kế hoạch ATVSLĐ xã Phủ Thông 2024–2025",
      unit_code: "01969",
      geography: "pre2025",
      period_from: 2024,
      period_to: 2025,
      baseline_year: 2023
    };
    expect(await planRows("bt-xa-2024")).toEqual([
      {target_id: "kham", ...carried, value: "60", sectors: null},
      {target_id: "tnld", ...carried, value: "4,5", sectors: "f; 41"}
    ]);
    const rejects = await queryRows<{src_row: number; column_name: string; reason_vi: string; reason_en: string}>(
      warehouse.connection,
      "SELECT src_row, column_name, reason_vi, reason_en FROM rejects WHERE file_name = 'ke-hoach.csv' ORDER BY src_row"
    );
    expect(rejects.map((r) => [r.src_row, r.column_name])).toEqual([
      [4, "indicator"],
      [5, "rule"],
      [6, "comparison"],
      [7, "value"],
      [8, "target_id"],
      [9, "period_to"],
      [10, "period_to"]
    ]);
    expect(rejects[6]).toMatchObject({
      reason_vi: '"Đến năm" khác với dòng đầu của kế hoạch cùng mã (để trống để dùng giá trị ở trên)',
      reason_en: '"period_to" differs from the first row of the same plan (leave it blank to use the value above)'
    });
    expect(rejects[0]).toMatchObject({
      reason_vi: expect.stringContaining("không phải mã chỉ số"),
      reason_en: expect.stringContaining("not an indicator id")
    });
    expect(rejects[1]!.reason_en).toContain("must be annual_change or share");
    expect(rejects[2]!.reason_vi).toContain("decrease/increase cho annual_change");
    expect(rejects[3]!.reason_en).toContain("at most 100 for a share");
    expect(rejects[4]!.reason_en).toContain("Same key as a row above");
    // The reversed period: both the end before the start and the base year after the start are said.
    expect(rejects[5]!.reason_en).toBe(
      "The period ends before it starts; The base year is after the first year of the plan's period"
    );
    expect(rejects[5]!.reason_vi).toBe("Đến năm nhỏ hơn Từ năm; Năm gốc nằm sau năm đầu của giai đoạn kế hoạch");

    // Read back as a plan: 60 % at least → 0.6; 4,5 %/year down in sectors F and 41
    const plan = (await readPlans(warehouse.connection)).find((p) => p.id === "bt-xa-2024")!;
    expect(plan).toMatchObject({
      issuer: {unit_code: "01969", geography: "pre2025", name: "Thị trấn Phủ Thông"},
      document: {number: "12/KH-UBND", date: "2024-03-15", kind: "Kế hoạch"},
      source: "ke-hoach.csv",
      report_deadline: {month: 12, day: 5}
    });
    expect(plan.targets.map((t) => [t.id, t.rule, t.sectors])).toEqual([
      ["kham", {kind: "share", comparison: "at_least", value: 0.6}, undefined],
      ["tnld", {kind: "annual_change", direction: "decrease", percent: 4.5}, ["F", "41"]]
    ]);
  });

  test("a re-loaded plan replaces the one with the same id, targets it no longer has included", async () => {
    const first = [
      HEADER,
      row({
        plan_id: "thay-the",
        title: "Bản đầu",
        unit_code: "066",
        period_from: 2021,
        period_to: 2025,
        baseline_year: 2020,
        ...target("a", "deaths", "annual_change", "decrease", 3)
      }),
      row(target("b", "exam_coverage", "share", "above", 50))
    ];
    await ingestFile(warehouse.connection, writeCsv(join(dir, "thay-the.csv"), first));
    const again = await ingestFile(warehouse.connection, writeCsv(join(dir, "thay-the.csv"), first));
    expect(again.sheets[0]).toMatchObject({added: 0, replaced: 0, unchanged: 2});
    const corrected = await ingestFile(
      warehouse.connection,
      writeCsv(join(dir, "thay-the-sua.csv"), [
        HEADER,
        row({
          plan_id: "thay-the",
          title: "Bản sửa",
          unit_code: "066",
          period_from: 2021,
          period_to: 2025,
          baseline_year: 2020,
          ...target("a", "deaths", "annual_change", "decrease", 5)
        })
      ])
    );
    expect(corrected.sheets[0]).toMatchObject({accepted: 1, added: 0, replaced: 1});
    expect((await planRows("thay-the")).map((r) => [r.target_id, r.title, r.value])).toEqual([["a", "Bản sửa", "5"]]);
    // the other plans are untouched
    expect((await planRows("vn-nq19-2022")).length).toBe(6);
  });

  test("the template's plans sheet: its example row is skipped, and the same row as data loads", async () => {
    const empty = join(dir, "mau.xlsx");
    await templateWorkbook().xlsx.writeFile(empty);
    const load = await ingestFile(warehouse.connection, empty, {dataset: "plans", dryRun: true});
    expect(load.sheets.filter((s) => s.dataset === "plans").map((s) => s.accepted)).toEqual([]);
    const workbook = templateWorkbook();
    const sheet = workbook.getWorksheet(DATASETS.plans.label.vi)!;
    const example = sheet.getRow(2).values as (string | number)[];
    sheet.getRow(2).getCell(1).value = 1; // no longer marked "Ví dụ"
    const filled = join(dir, "mau-dien.xlsx");
    await workbook.xlsx.writeFile(filled);
    const report = await ingestFile(warehouse.connection, filled, {dryRun: true});
    expect(report.sheets.map((s) => [s.dataset, s.accepted, s.rejected])).toEqual([["plans", 1, 0]]);
    // a 2026–2030 plan of a new province (51) on the new map
    expect(example.slice(2, 10)).toEqual([
      "kh-atvsld-51-2026",
      expect.any(String),
      "51",
      "mới",
      "25/KH-UBND",
      "15/03/2026",
      2026,
      2030
    ]);
  });
});

describe("which plan judges a unit in a year", () => {
  const judge = async (code: string, year: number) => {
    const unit = await resolveUnit(warehouse.connection, code, year, "reported");
    const [first] = await unitIndicators(warehouse.connection, unit!, year);
    return {plan_id: first!.plan_id, reason: first!.plan_reason};
  };

  test("the nearest unit up the chain whose plan's period covers the year; the reason says which and why", async () => {
    // Phủ Thông (01969) has its own plan for 2024–2025 (loaded above); before that Bạch Thông's (063) applies.
    expect(await judge("01969", 2024)).toEqual({
      plan_id: "bt-xa-2024",
      reason: {
        vi: "Kế hoạch của chính địa bàn (giai đoạn 2024–2025 bao gồm năm 2024)",
        en: "The unit's own plan (its period 2024–2025 covers 2024)"
      }
    });
    const inherited = await judge("01969", 2023);
    expect(inherited.plan_id).toBe("bach-thong-2022");
    expect(inherited.reason!.vi).toBe(
      "Kế hoạch cấp trên của Ủy ban nhân dân huyện Bạch Thông (tỉnh Bắc Kạn), vì địa bàn không có kế hoạch riêng cho năm 2023; giai đoạn 2021–2025 bao gồm năm 2023"
    );
    // Kon Tum's own plan covers 2024–2025 only: in 2022 the national programme applies, skipping no level.
    expect((await judge("62", 2022)).plan_id).toBe("vn-nq19-2022");
    expect((await judge("62", 2024)).plan_id).toBe("kon-tum-2024");
    // No plan covers 2019.
    expect(await judge("063", 2019)).toEqual({plan_id: null, reason: null});
  });

  test("a plan on the new map judges a unit of the new map", async () => {
    await ingestFile(
      warehouse.connection,
      writeCsv(join(dir, "quang-ngai.csv"), [
        HEADER,
        row({
          plan_id: "qn-2026",
          title: "Kế hoạch 2026–2030 tỉnh Quảng Ngãi",
          unit_code: "51",
          map: "mới",
          period_from: 2026,
          period_to: 2030,
          baseline_year: 2025,
          ...target("tu-vong", "deaths", "annual_change", "decrease", 4)
        })
      ])
    );
    expect((await planRows("qn-2026"))[0]).toMatchObject({unit_code: "51", geography: "2025"});
    expect(await judge("51", 2027)).toEqual({
      plan_id: "qn-2026",
      reason: {
        vi: "Kế hoạch của chính địa bàn (giai đoạn 2026–2030 bao gồm năm 2027)",
        en: "The unit's own plan (its period 2026–2030 covers 2027)"
      }
    });
    // Quảng Ngãi of the old map (51 too) in 2024: the national programme, not the new province's plan
    expect((await judge("51", 2024)).plan_id).toBe("vn-nq19-2022");
  });

  test("two plans of the same unit cover the year: the later one applies, and the reason says so", async () => {
    const later = (plan_id: string, issued_on: string, value: number) =>
      row({
        plan_id,
        title: plan_id,
        unit_code: "062",
        issued_on,
        period_from: 2022,
        period_to: 2025,
        baseline_year: 2021,
        ...target("kham", "exam_coverage", "share", "above", value)
      });
    await ingestFile(
      warehouse.connection,
      writeCsv(join(dir, "hai-ke-hoach.csv"), [HEADER, later("som", "01/02/2023", 40), later("muon", "01/09/2023", 60)])
    );
    const chosen = await judge("062", 2024);
    expect(chosen.plan_id).toBe("muon");
    expect(chosen.reason!.en).toBe(
      "The unit's own plan (its period 2022–2025 covers 2024); 2 plans of that unit cover the year, the later one applies"
    );
  });
});
