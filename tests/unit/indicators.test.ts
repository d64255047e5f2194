// The indicator engine on a small dataset checked by hand: roll-ups through the unit hierarchy, both
// geographies, each plan's rules, and the edge cases (zero events, no denominator, missing years,
// 100% targets, a unit that changed province in 2025).
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {ingestFile} from "../../loaders/ingest/load-file.js";
import {unitIndicators} from "../../loaders/indicators/results.js";
import {resolveUnit} from "../../loaders/units/units.js";
import {readPlans} from "../../loaders/indicators/plan-store.js";
import type {Plan} from "../../loaders/indicators/plans.js";
import {garwoodInterval, wilsonInterval} from "../../loaders/indicators/statistics.js";
import {evaluateUnit, trendVerdict, type IndicatorResult} from "../../loaders/indicators/evaluate.js";
import type {UnitFacts} from "../../loaders/indicators/aggregate.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import type {Warehouse} from "../../loaders/warehouse/connection.js";
import {explain} from "../../src/lib/explain.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

let warehouse: Warehouse;

// Bạch Thông (063, Bắc Kạn 06) and its commune Phủ Thông (01969), Na Rì (066, also Bắc Kạn), and Thái Nguyên city (164, province 19): Bắc Kạn and Thái Nguyên became
// one province (19) on 01/07/2025.
beforeAll(async () => {
  const dir = tempDir();
  warehouse = await openWarehouse(join(dir, "w.duckdb"));
  const incidents = [
    // 2020: 063 has 2 fatal accidents (deaths 2, 1) in construction; 2024: one fatal in mining, one non-fatal
    incidentRow({
      "Mã vụ": "a",
      "Ngày xảy ra": "10/03/2020",
      "Mã địa bàn": "063",
      "Mã ngành": "F",
      "Số người bị nạn": 2,
      "Số người chết": 2
    }),
    incidentRow({"Mã vụ": "b", "Ngày xảy ra": "11/04/2020", "Mã địa bàn": "063", "Mã ngành": "41", "Số người chết": 1}),
    incidentRow({"Mã vụ": "c", "Ngày xảy ra": "12/05/2024", "Mã địa bàn": "063", "Mã ngành": "08", "Số người chết": 1}),
    incidentRow({
      "Mã vụ": "d",
      "Ngày xảy ra": "13/06/2024",
      "Mã địa bàn": "01969",
      "Mã ngành": "C",
      "Số người chết": 0,
      "Số người bị thương nặng": 1,
      "Có quan hệ lao động": "không"
    }),
    // Na Rì and Thái Nguyên city, 2024
    incidentRow({"Mã vụ": "e", "Ngày xảy ra": "14/07/2024", "Mã địa bàn": "066", "Mã ngành": "F", "Số người chết": 1}),
    incidentRow({"Mã vụ": "f", "Ngày xảy ra": "15/08/2024", "Mã địa bàn": "164", "Mã ngành": "C", "Số người chết": 1})
  ];
  await ingestFile(warehouse.connection, writeCsv(join(dir, "incidents.csv"), [INCIDENT_HEADER, ...incidents]));
  const header = ["Năm", "Mã địa bàn", "Mã ngành", "Số lao động"];
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "workforce.csv"), [
      header,
      [2020, "063", "", 20_000],
      [2024, "063", "", 25_000],
      [2024, "066", "", 10_000],
      [2024, "164", "", 100_000]
    ])
  );
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "exams.csv"), [
      ["Năm", "Mã địa bàn", "Số lao động tiếp xúc yếu tố có hại", "Số được khám phát hiện BNN"],
      [2024, "063", 100, 60],
      [2023, "063", 100, 55]
    ])
  );
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "training.csv"), [
      ["Năm", "Mã địa bàn", "Nhóm huấn luyện", "Số phải huấn luyện", "Số đã huấn luyện"],
      [2024, "063", "state_officials", 0, 0],
      [2024, "063", "3", 90, 69]
    ])
  );
}, 60_000);

async function indicators(
  code: string,
  year: number,
  options: {sector?: string; mode?: "reported" | "2025"; plan?: Plan} = {}
) {
  const unit = await resolveUnit(warehouse.connection, code, year, options.mode ?? "reported");
  return unitIndicators(warehouse.connection, unit!, year, options);
}
const find = (results: IndicatorResult[], indicator: string, sector?: string) =>
  results.find((r) => r.indicator === indicator && (sector === undefined || r.sector === sector))!;

describe("roll-ups", () => {
  test("a commune's rows count for its district, province and the country", async () => {
    const district = await indicators("063", 2024);
    expect(find(district, "accidents").value).toBe(2); // c (district) + d (commune 01969)
    expect(find(await indicators("06", 2024), "accidents").value).toBe(3); // + Na Rì
    expect(find(await indicators("VN", 2024), "accidents").value).toBe(4); // + Thái Nguyên city
  });

  test("today's geography sums Bắc Kạn into Thái Nguyên (19) for every year", async () => {
    const asReported = await indicators("19", 2024);
    const today = await indicators("19", 2024, {mode: "2025"});
    expect(find(asReported, "deaths").value).toBe(1); // only Thái Nguyên city
    expect(find(today, "deaths").value).toBe(3); // + Bạch Thông and Na Rì
    expect(find(today, "fatal_rate").denominator).toBe(135_000);
  });

  test("an old unit asked for in today's geography is answered by its new province, and says so", async () => {
    const unit = await resolveUnit(warehouse.connection, "063", 2024, "2025");
    expect(unit).toMatchObject({code: "19", geography: "2025"});
    expect(unit!.note).toContain("Bạch Thông");
  });
});

describe("values and intervals", () => {
  test("fatal rate per 100,000 with labour-relation deaths only, and its Garwood interval", async () => {
    const rate = find(await indicators("063", 2024), "fatal_rate");
    // deaths with labour relations in 063 in 2024: incident c (1); incident d had no death
    expect(rate).toMatchObject({numerator: 1, denominator: 25_000, value: 4});
    const ci = garwoodInterval(1, 25_000 / 1e5);
    expect(rate.ci_low).toBeCloseTo(ci.low, 10);
    expect(rate.ci_high).toBeCloseTo(ci.high, 10);
  });

  test("zero events: a sector without accidents counts 0 with interval 0–3.69; without workforce it has no rate", async () => {
    const results = await indicators("063", 2024, {sector: "F"});
    expect(find(results, "deaths")).toMatchObject({value: 0, ci_low: 0, ci_high: expect.closeTo(3.689, 3)});
    expect(find(results, "fatal_rate").value).toBeNull();
  });
});

describe("the unit's own plan (Bạch Thông, 2021–2025)", () => {
  test("exam coverage > 50%: 60/100 are counted workers, so the target is met on the count", async () => {
    const coverage = find(await indicators("063", 2024), "exam_coverage");
    expect(coverage.plan_id).toBe("bach-thong-2022");
    expect(coverage).toMatchObject({
      numerator: 60,
      denominator: 100,
      target_value: 0.5,
      status: "on_track",
      method: "count_vs_threshold",
      calculation: {needed: 51, shortfall: 0} // > 50% of 100 is 51 or more
    });
    // the Wilson interval still describes the rate
    expect(coverage.ci_low).toBeCloseTo(wilsonInterval(60, 100).low, 12);
  });

  test("55/100 against > 50% is met (its Wilson interval straddling 50% is no reason to withhold the verdict)", async () => {
    // Before issue 12 this was "not enough evidence": the 100 exposed workers are all of them, not a sample.
    expect(find(await indicators("063", 2023), "exam_coverage")).toMatchObject({
      status: "on_track",
      calculation: {shortfall: 0}
    });
  });

  test("training of group 3, 69/90 = 76.7% against > 80%: not met, 4 more people to train", async () => {
    const training = find(await indicators("063", 2024), "training_coverage_3");
    // 80% of 90 = 72, so "> 80%" needs 73; 73 − 69 = 4
    expect(training).toMatchObject({
      status: "off_track",
      method: "count_vs_threshold",
      calculation: {needed: 73, shortfall: 4}
    });
    expect(explain(training, "en")).toMatch(
      /^69\/90 = 76\.7% against > 80%: 73 of 90 needed; 4 more people to train\./
    );
    expect(explain(training, "vi")).toContain("cần 73/90; còn thiếu 4 người cần được huấn luyện.");
  });

  test("fewer fatal accidents in construction, mining and building materials: 2 (2020) → 1 (2024) is too few to judge", async () => {
    const fatal = find(await indicators("063", 2024), "fatal_accidents", "F+B+23");
    expect(fatal).toMatchObject({
      value: 1,
      baseline_year: 2020,
      baseline_value: 2,
      status: "not_enough_evidence",
      method: "jeffreys_probability_on_track"
    });
    expect(fatal.probability).toBeGreaterThan(0.5);
    expect(explain(fatal, "vi")).toContain("không kết luận");
    expect(explain(fatal, "vi")).toContain("Năm gốc 2020: 2 (2). Mục tiêu 2024: 2 × 1^4 = 2. Hiện tại: 1 (1).");
  });

  test("100% of fatal accidents investigated is a census: a fatal accident with no record of investigation is a miss", async () => {
    // the fixture rows leave "Đã điều tra" out: 0 of 1 fatal accident recorded as investigated
    const investigated = find(await indicators("063", 2024), "fatal_investigated");
    expect(investigated).toMatchObject({numerator: 0, denominator: 1, status: "off_track", method: "census_misses"});
    expect(explain(investigated, "en")).toBe("100% target (a census): 0/1, 1 missed.");
  });

  test("a zero denominator gives no data, not a verdict", async () => {
    expect(find(await indicators("063", 2024), "training_coverage_state_officials").status).toBe("no_data");
  });

  test("a missing year gives no data", async () => {
    expect(find(await indicators("063", 2022), "exam_coverage").status).toBe("no_data");
  });

  test("a commune of Bạch Thông inherits its plan; Na Rì, with no plan of its own or of Bắc Kạn, the national one", async () => {
    expect(find(await indicators("01969", 2024), "exam_coverage").plan_id).toBe("bach-thong-2022");
    expect(find(await indicators("066", 2024), "fatal_rate").plan_id).toBe("vn-nq19-2022");
  });
});

describe("a trend verdict follows its 95% interval (required change −4%/year)", () => {
  const verdict = (change: number, low: number, high: number) => trendVerdict(change, {low, high}, -0.04);
  test("−5% (−8% to −2%): pace 1.25, the worse end still falls (ratio 0.5) → on track", () => {
    expect(verdict(-0.05, -0.08, -0.02)).toEqual({
      status: "on_track",
      worse: expect.closeTo(0.5, 12),
      better: expect.closeTo(2, 12)
    });
  });
  test("−5% (−12% to +2%): the interval includes no change → not enough evidence, not on track", () => {
    expect(verdict(-0.05, -0.12, 0.02).status).toBe("not_enough_evidence");
  });
  test("−2.5% (−3.5% to −1.5%): even the better end is short of −4% (0.875) → at risk", () => {
    expect(verdict(-0.025, -0.035, -0.015).status).toBe("at_risk");
  });
  test("−1% (−1.5% to −0.5%): even the better end is below half the pace (0.375) → off track", () => {
    expect(verdict(-0.01, -0.015, -0.005).status).toBe("off_track");
  });
  test("an increase target: exams +5%/year, +7% (−3.8% to +18.6%) → not enough evidence (district 058, 2022)", () => {
    expect(trendVerdict(0.07, {low: -0.038, high: 0.186}, 0.05).status).toBe("not_enough_evidence");
  });
});

test("an old unit's 2025 is half a year: no verdict, and it says why", async () => {
  const fatal = find(await indicators("063", 2025), "fatal_accidents", "F+B+23");
  expect(fatal).toMatchObject({status: "no_data", method: "partial_year"});
  expect(explain(fatal, "vi")).toContain("30/06/2025");
});

test("part of a year is never judged as a whole one: a new-map unit's 2025 accidents (as reported), the year in progress", () => {
  // 9 deaths over the second half of 2025 against a whole year's 100,000 workers would read as half the rate
  const facts = (year: number): UnitFacts =>
    ({
      ...Object.fromEntries(
        ["accidents", "fatal_accidents", "deaths", "serious_injuries", "victims", "deaths_labour_relations"].map(
          (k) => [k, 9]
        )
      ),
      unit_code: "00070",
      unit_geography: "2025",
      year,
      sector: "ALL",
      fatal_investigated: 9,
      workers: 100_000,
      exposed_workers: 500,
      examined_workers: 400,
      facilities_with_hazards: 10,
      facilities_monitored: 5
    }) as UnitFacts;
  const results = (year: number, mode: "reported" | "2025") =>
    evaluateUnit({
      unit_code: "00070",
      geography: "2025",
      year,
      sector: "ALL",
      plan: undefined,
      facts: [facts(year)],
      training: [],
      timeliness: new Map(),
      mode
    });
  const reported = results(2025, "reported");
  // … so the rate is over person-years: 100,000 workers × 184/365 of a year
  const rate = find(reported, "fatal_rate");
  expect(rate).toMatchObject({status: "partial", method: "partial_year", numerator: 9, denominator: 100_000});
  expect(rate.value).toBeCloseTo((9 / ((100_000 * 184) / 365)) * 100_000, 9);
  expect(explain(rate, "en")).toContain("start on 01/07/2025");
  expect(explain(rate, "vi")).toContain("100.000 lao động × 184/365 năm");
  // a share needs no whole year: judged as any share
  expect(find(reported, "fatal_investigated").method).not.toBe("partial_year");
  // the yearly reports of a new-map unit are the whole year's
  expect(find(reported, "exams").method).not.toBe("partial_year");
  // a new province in today's geography holds the old provinces' first half too
  expect(find(results(2025, "2025"), "fatal_rate").method).not.toBe("partial_year");
  const inProgress = find(results(new Date().getFullYear(), "reported"), "exams");
  expect(inProgress.method).toBe("partial_year");
  expect(explain(inProgress, "vi")).toContain("Năm chưa kết thúc");
  expect(find(results(2024, "reported"), "fatal_rate").method).not.toBe("partial_year");
});

test("a base year is outside the plan's period: no plan applies to it; judged by the plan (a period review), it gets no verdict", async () => {
  // 2020 is Bạch Thông's base year; its plan (2021–2025) and the national one (2021–2025) do not cover it.
  expect((await indicators("063", 2020)).every((r) => r.plan_id === null && r.plan_reason === null)).toBe(true);
  const plan = (await readPlans(warehouse.connection)).find((p) => p.id === "bach-thong-2022")!;
  expect(find(await indicators("063", 2020, {plan}), "fatal_accidents", "F+B+23").status).toBe("not_applicable");
});

test("report timeliness of the country counts the provinces of the year's map: 63 until 2024, 34 from 2025", async () => {
  const dir = tempDir();
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "submissions.csv"), [
      ["Năm", "Mã địa bàn", "Ngày nộp"],
      [2024, "06", "01/12/2024"], // Bắc Kạn, an old province, on time
      [2025, "19", "01/12/2025"], // Thái Nguyên, a new province, on time
      [2025, "01", "30/12/2025"] // Hà Nội (the same code in both maps), late
    ])
  );
  const timeliness = async (year: number) => find(await indicators("VN", year), "report_timeliness");
  expect(await timeliness(2024)).toMatchObject({numerator: 1, denominator: 63});
  expect(await timeliness(2025)).toMatchObject({numerator: 1, denominator: 34});
});

describe("comparing units", () => {
  test("the reference is the pooled rate; limits widen for small units; smoothed rates lie between own and pooled", async () => {
    const {compareUnits} = await import("../../loaders/indicators/compare-units.js");
    const result = await compareUnits(warehouse.connection, {year: 2024, level: "district", parent: "06"});
    // Bạch Thông 1 labour-relation death / 25,000; Na Rì 1 / 10,000 → pooled 2 / 35,000
    expect(result.reference_rate).toBeCloseTo((2 / 35_000) * 1e5, 10);
    const [bachThong, naRi] = ["063", "066"].map((code) => result.units.find((u) => u.unit_code === code)!);
    expect(naRi!.limit95_high).toBeGreaterThan(bachThong!.limit95_high); // fewer workers, wider funnel
    for (const unit of [bachThong!, naRi!]) {
      expect(unit.position).toBe("within");
      const [low, high] = [Math.min(unit.rate, result.reference_rate), Math.max(unit.rate, result.reference_rate)];
      expect(unit.smoothed_rate).toBeGreaterThanOrEqual(low - 1e-9);
      expect(unit.smoothed_rate).toBeLessThanOrEqual(high + 1e-9);
    }
  });
});

test("roll-up check: a province's own total against the sum of its districts", async () => {
  const {rollupPairs} = await import("../../loaders/indicators/rollup-checks.js");
  const dir = tempDir();
  await ingestFile(
    warehouse.connection,
    writeCsv(join(dir, "province-total.csv"), [
      ["Năm", "Mã địa bàn", "Số lao động"],
      [2024, "06", 50_000]
    ])
  );
  const pairs = await rollupPairs(warehouse.connection);
  // Bắc Kạn says 50,000; its districts 063 and 066 (2 of its 8) say 25,000 + 10,000: its own total is used
  // (tests/unit/rollup.test.ts covers the rule in full)
  expect(pairs.map((p) => [p.unit_code, p.year, p.reported_total, p.sum_of_children, p.gap, p.uses])).toEqual([
    ["06", 2024, 50_000, 35_000, 15_000, "own"]
  ]);
  expect(find(await indicators("06", 2024), "fatal_rate").denominator).toBe(50_000);
});
