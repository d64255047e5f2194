// The embedded demo: ordinary input files under data/demo/ for 2018–2025, every province, district and
// sector, all datasets — loaded through the same ingest path as a user's files. Synthetic at district
// level (no public district data exists), calibrated so that the national yearly totals of accidents,
// fatal accidents, deaths, serious injuries and victims equal the ministry's published figures for
// 2018–2024 (2025 is a projection). It carries the defects real data has: rows that will be rejected,
// a district-year with no report, late reports, an Excel file with title rows and personal columns.
import ExcelJS from "exceljs";
import {mkdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {dsvFormat} from "d3";
import {readPlanFiles} from "../indicators/plans.js";
import {headerLabels} from "../../contract/ingest/datasets.js";
import {TRAINING_GROUPS, type TrainingGroup} from "../../contract/indicators.js";
import {GEOGRAPHY_2025_FROM} from "../../contract/ingest/datasets.js";
import {DEMO_YEARS, FORMAL_WORKFORCE_MILLIONS, PROJECTED_YEAR, yearTargets, type YearTargets} from "./calibration.js";
import {apportion, Random, WeightedChoice} from "./random.js";
import {demoGeography, sectorWeights, WORKFORCE_SHARE, type DemoDistrict, type DemoGeography} from "./spread.js";

export const DEMO_SEED = 20240319; // the date of Directive 31-CT/TW

const CAUSES = [
  "Ngã từ trên cao",
  "Máy, thiết bị cán, kẹp, cuốn",
  "Điện giật",
  "Vật rơi, đổ sập",
  "Tai nạn giao thông trong khi làm việc",
  "Sập đổ công trình, đất đá",
  "Cháy, nổ",
  "Vật văng bắn",
  "Đuối nước"
];

const FAKE_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"];

export interface DemoIncident {
  id: string;
  date: string; // YYYY-MM-DD
  unitCode: string;
  /** The old province the district belongs to (routes the row to its file). */
  oldProvince: string;
  sectorCode: string;
  labourRelation: boolean;
  victims: number;
  deaths: number;
  serious: number;
  female: number;
  cause: string;
  investigated: boolean | null;
}

function randomDate(random: Random, year: number): string {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return new Date(start + random.integer(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** One year of incidents whose totals equal the year's targets exactly. */
export function incidentsForYear(random: Random, geography: DemoGeography, targets: YearTargets): DemoIncident[] {
  const {all, labourRelations: lr} = targets;
  const sectors = sectorWeights();
  const fatalSector = new WeightedChoice(sectors.fatal);
  const nonFatalSector = new WeightedChoice(sectors.nonFatal);
  const districts = geography.districts;
  const byWorkforce = new WeightedChoice(districts.map((d) => d.workforceWeight));
  const byRisk = new WeightedChoice(districts.map((d) => d.workforceWeight * d.riskWeight));
  const byMining = new WeightedChoice(districts.map((d) => d.workforceWeight * d.miningWeight));

  type Draft = {fatal: boolean; labourRelation: boolean; deaths: number; victims: number; serious: number};
  const drafts: Draft[] = [];
  const fatalNl = all.fatal_accidents - lr.fatal_accidents;
  for (let i = 0; i < all.fatal_accidents; i++)
    drafts.push({fatal: true, labourRelation: i < lr.fatal_accidents, deaths: 1, victims: 1, serious: 0});
  // Deaths beyond one per fatal accident, within each scope.
  for (let k = lr.deaths - lr.fatal_accidents; k > 0; k--) drafts[random.integer(0, lr.fatal_accidents - 1)]!.deaths++;
  for (let k = all.deaths - lr.deaths - fatalNl; k > 0; k--)
    drafts[lr.fatal_accidents + random.integer(0, fatalNl - 1)]!.deaths++;
  for (const d of drafts) d.victims = d.deaths;
  const nonFatal = all.accidents - all.fatal_accidents;
  for (let i = 0; i < nonFatal; i++)
    drafts.push({fatal: false, labourRelation: random.next() < 0.88, deaths: 0, victims: 1, serious: 0});
  // Victims beyond one per accident, anywhere.
  for (let k = all.victims - all.deaths - nonFatal; k > 0; k--) drafts[random.integer(0, drafts.length - 1)]!.victims++;
  // Serious injuries among the non-fatal victims of each scope.
  for (const [labourRelation, count] of [
    [true, lr.serious_injuries],
    [false, all.serious_injuries - lr.serious_injuries]
  ] as const) {
    const slots = drafts.flatMap((d, i) =>
      d.labourRelation === labourRelation ? Array(d.victims - d.deaths).fill(i) : []
    );
    if (slots.length < count)
      throw new Error(`demo ${targets.year}: not enough injured victims for ${count} serious injuries`);
    for (const i of random.shuffle(slots).slice(0, count)) drafts[i]!.serious++;
  }

  const sequence = new Map<string, number>();
  return drafts.map((draft) => {
    const division = sectors.divisions[(draft.fatal ? fatalSector : nonFatalSector).draw(random)]!;
    const district =
      districts[(division.section === "B" ? byMining : draft.fatal ? byRisk : byWorkforce).draw(random)]!;
    const date = randomDate(random, targets.year);
    const unitCode = unitCodeFor(random, district, date);
    const key = `${district.province}-${targets.year}`;
    sequence.set(key, (sequence.get(key) ?? 0) + 1);
    const injured = draft.victims - draft.deaths;
    let female = 0;
    for (let v = 0; v < injured; v++) if (random.next() < 0.3) female++;
    for (let v = 0; v < draft.deaths; v++) if (random.next() < 0.1) female++;
    return {
      id: `${key}-${String(sequence.get(key)).padStart(4, "0")}`,
      date,
      unitCode,
      oldProvince: district.province,
      sectorCode: random.next() < 0.15 ? division.section : division.code,
      labourRelation: draft.labourRelation,
      victims: draft.victims,
      deaths: draft.deaths,
      serious: draft.serious,
      female,
      cause: random.pick(CAUSES),
      investigated: draft.fatal ? random.next() > 0.015 : null
    };
  });
}

/** District code mostly; some rows at commune or province level; the 2025 province from 1 July 2025. */
function unitCodeFor(random: Random, district: DemoDistrict, date: string): string {
  if (date >= GEOGRAPHY_2025_FROM) return district.province2025;
  const r = random.next();
  if (r < 0.05) return district.province;
  if (r < 0.15 && district.communes.length > 0) return random.pick(district.communes);
  return district.code;
}

const INCIDENT_HEADER = ["STT", ...headerLabels("incidents")];

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const yesNo = (value: boolean | null) => (value === null ? "" : value ? "có" : "không");

function incidentCells(incident: DemoIncident, index: number): (string | number)[] {
  return [
    index + 1,
    incident.id,
    index % 7 === 0 ? incident.date : dmy(incident.date), // most write dd/mm/yyyy, some ISO
    incident.unitCode,
    incident.sectorCode,
    yesNo(incident.labourRelation),
    incident.victims,
    incident.deaths,
    incident.serious,
    incident.female,
    incident.cause,
    yesNo(incident.investigated)
  ];
}

/** Rows that a careful officer would not have sent, each rejected at ingest for a stated reason. */
function defectiveRows(year: number, random: Random): (string | number)[][] {
  const id = (n: number) => `LOI-${year}-${n}`;
  return [
    [
      "",
      id(1),
      `${random.integer(10, 28)}/0${random.integer(1, 9)}/${year}`,
      "9999",
      "F",
      "có",
      1,
      0,
      1,
      0,
      "Mã địa bàn gõ sai",
      ""
    ],
    ["", id(2), `0${random.integer(1, 9)}/05/2052`, "01", "41", "có", 1, 0, 1, 0, "Năm gõ sai", ""],
    ["", id(3), `15/06/${year}`, "79", "C", "có", 1, 2, 0, 0, "Số người chết lớn hơn số bị nạn", "có"],
    ["", id(4), `20/07/${year}`, "75", "", "không", 2, 0, 1, 1, "Thiếu mã ngành", ""],
    ["Tổng cộng", "", "", "", "", "", "", "", "", "", "", ""]
  ];
}

const semicolonCsv = dsvFormat(";");
const writeCsv = (path: string, rows: (string | number)[][]) =>
  writeFile(path, `\ufeff${semicolonCsv.formatRows(rows.map((r) => r.map(String)))}\n`);

/** The XLSX a provincial department really sends: title rows, merged cells, numbered columns, names. */
async function writeProvinceWorkbook(path: string, title: string, incidents: DemoIncident[], random: Random) {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 11, 15));
  const sheet = workbook.addWorksheet("Báo cáo TNLĐ");
  const header = [...INCIDENT_HEADER.slice(0, 1), "Họ tên người bị nạn", ...INCIDENT_HEADER.slice(1)];
  sheet.addRow(["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"]);
  sheet.addRow([title]);
  sheet.addRow([]);
  sheet.addRow(header);
  sheet.addRow(header.map((_, i) => `(${i + 1})`));
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.mergeCells(2, 1, 2, header.length);
  incidents.forEach((incident, index) => {
    const cells: ExcelJS.CellValue[] = incidentCells(incident, index);
    // Excel keeps dates as dates and codes as numbers (losing their leading zeros).
    cells[2] = new Date(`${incident.date}T00:00:00Z`);
    cells[3] = Number(incident.unitCode);
    sheet.addRow([cells[0], random.pick(FAKE_NAMES), ...cells.slice(1)]);
  });
  sheet.addRow([
    "Tổng cộng",
    "",
    "",
    "",
    "",
    "",
    "",
    incidents.reduce((s, i) => s + i.victims, 0),
    incidents.reduce((s, i) => s + i.deaths, 0)
  ]);
  await workbook.xlsx.writeFile(path);
}

/** Workforce by district and section (2018–2024) and by 2025 province and section (2025). */
function workforceRows(random: Random, geography: DemoGeography) {
  const rows: (string | number)[][] = [["Năm", "Mã địa bàn", "Mã ngành", "Số lao động", "Cơ sở số liệu"]];
  const sections = Object.keys(WORKFORCE_SHARE);
  const totals = new Map<string, number>(); // `${year}|${unit}` → workers, for the other datasets
  for (const year of DEMO_YEARS) {
    const national = Math.round(FORMAL_WORKFORCE_MILLIONS[year]! * 1_000_000);
    const units =
      year === PROJECTED_YEAR
        ? geography.provinces2025.map((p) => ({
            code: p.unit_code,
            weight: geography.districts
              .filter((d) => d.province2025 === p.unit_code)
              .reduce((s, d) => s + d.workforceWeight, 0),
            mining: 1
          }))
        : geography.districts.map((d) => ({
            code: d.code,
            weight: d.workforceWeight * Math.exp(0.02 * random.normal()),
            mining: d.miningWeight
          }));
    const unitTotals = apportion(
      national,
      units.map((u) => u.weight)
    );
    units.forEach((unit, i) => {
      totals.set(`${year}|${unit.code}`, unitTotals[i]!);
      const shares = sections.map(
        (s) => WORKFORCE_SHARE[s]! * (s === "B" ? Math.min(unit.mining, 4) : 1) * Math.exp(0.2 * random.normal())
      );
      apportion(unitTotals[i]!, shares).forEach((workers, j) => {
        if (workers > 0) rows.push([year, unit.code, sections[j]!, workers, "social_insurance"]);
      });
    });
  }
  return {rows, totals};
}

function yearlyUnits(geography: DemoGeography, year: number): string[] {
  return year === PROJECTED_YEAR
    ? geography.provinces2025.map((p) => p.unit_code)
    : geography.districts.map((d) => d.code);
}

/** People to train per worker, by group (state officials are drawn per unit). */
const TRAINING_PER_WORKER: Record<TrainingGroup, number> = {
  "1": 1 / 60,
  "2": 1 / 200,
  "3": 0.05,
  "4": 0.2,
  "5": 1 / 800,
  "6": 1 / 300,
  first_aid: 1 / 100,
  state_officials: 0
};

/** An annual report: most in the first half of December, some late, a few never. */
function annualReport(random: Random, year: number, unit: string): (string | number)[][] {
  const r = random.next();
  if (r < 0.02) return [];
  const day =
    r < 0.15
      ? new Date(Date.UTC(year, 11, 16 + random.integer(0, 45)))
      : new Date(Date.UTC(year, 11, random.integer(1, 14)));
  return [[year, unit, "annual", dmy(day.toISOString().slice(0, 10))]];
}

export interface DemoFiles {
  directory: string;
  files: string[];
  /** The district-year deliberately left without exams, monitoring and training reports. */
  missingDistrictYear: {district: string; year: number};
}

export async function generateDemo(directory: string, seed = DEMO_SEED): Promise<DemoFiles> {
  const random = new Random(seed);
  const geography = demoGeography(random);
  await rm(directory, {recursive: true, force: true});
  await mkdir(directory, {recursive: true});
  const files: string[] = [];

  const bacKan: DemoIncident[] = [];
  for (const targets of yearTargets()) {
    const incidents = incidentsForYear(random, geography, targets).sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
    );
    const inWorkbook = (i: DemoIncident) => i.oldProvince === "06" && i.date < GEOGRAPHY_2025_FROM;
    bacKan.push(...incidents.filter(inWorkbook));
    const rows = incidents.filter((i) => !inWorkbook(i)).map(incidentCells);
    const file = join(directory, `incidents_${targets.year}${targets.projected ? "_du-bao" : ""}.csv`);
    await writeCsv(file, [INCIDENT_HEADER, ...rows, ...defectiveRows(targets.year, random)]);
    files.push(file);
  }
  const workbook = join(directory, "bac-kan_tai-nan-lao-dong_2018-2025.xlsx");
  await writeProvinceWorkbook(workbook, "BÁO CÁO TÌNH HÌNH TAI NẠN LAO ĐỘNG 2018 – 6/2025", bacKan, random);
  files.push(workbook);

  const {rows: workforce, totals} = workforceRows(random, geography);
  const missingDistrictYear = {
    district: random.pick(geography.districts.filter((d) => d.province !== "06")).code,
    year: 2022
  };
  const skip = (unit: string, year: number) =>
    unit === missingDistrictYear.district && year === missingDistrictYear.year;

  const exams: (string | number)[][] = [
    ["Năm", "Mã địa bàn", "Số lao động tiếp xúc yếu tố có hại", "Số được khám phát hiện BNN", "Số ca mắc BNN"]
  ];
  const monitoring: (string | number)[][] = [
    [
      "Năm",
      "Mã địa bàn",
      "Số cơ sở phát sinh yếu tố có hại",
      "Số cơ sở được quan trắc MTLĐ",
      "Số mẫu",
      "Số mẫu vượt tiêu chuẩn"
    ]
  ];
  const training: (string | number)[][] = [
    ["Năm", "Mã địa bàn", "Nhóm huấn luyện", "Số phải huấn luyện", "Số đã huấn luyện"]
  ];
  const submissions: (string | number)[][] = [["Năm", "Mã địa bàn", "Loại báo cáo", "Ngày nộp"]];
  // Each unit's own starting coverage, growing over the years.
  const examStart = new Map<string, number>();
  const monitoringStart = new Map<string, number>();
  const trainingStart = new Map<string, number>();
  const start = (map: Map<string, number>, unit: string, low: number, high: number) => {
    if (!map.has(unit)) map.set(unit, low + (high - low) * random.next());
    return map.get(unit)!;
  };
  for (const year of DEMO_YEARS) {
    const t = year - 2018;
    for (const unit of yearlyUnits(geography, year)) {
      const workers = totals.get(`${year}|${unit}`)!;
      if (!skip(unit, year)) {
        const exposed = Math.max(1, Math.round(workers * (0.025 + 0.015 * random.next())));
        const examined = Math.min(
          exposed,
          Math.round(
            exposed *
              Math.min(0.95, start(examStart, unit, 0.15, 0.55) * Math.pow(1.05, t) * Math.exp(0.08 * random.normal()))
          )
        );
        exams.push([year, unit, exposed, examined, Math.round(examined * 0.003 * Math.exp(0.5 * random.normal()))]);
        const hazardous = Math.max(1, Math.round((workers / 450) * Math.exp(0.2 * random.normal())));
        const monitored = Math.min(
          hazardous,
          Math.round(
            hazardous *
              Math.min(
                0.9,
                start(monitoringStart, unit, 0.04, 0.4) * Math.pow(1.06, t) * Math.exp(0.1 * random.normal())
              )
          )
        );
        const samples = monitored * random.integer(120, 240);
        monitoring.push([
          year,
          unit,
          hazardous,
          monitored,
          samples,
          Math.round(samples * 0.045 * Math.exp(0.3 * random.normal()))
        ]);
        const coverage = start(trainingStart, unit, 0.6, 0.9);
        for (const group of TRAINING_GROUPS) {
          const required =
            group === "state_officials"
              ? random.integer(8, 30)
              : Math.max(1, Math.round(workers * TRAINING_PER_WORKER[group]));
          const trained = Math.min(
            required,
            Math.round(required * Math.min(1, coverage + 0.02 * t + 0.05 * random.normal()))
          );
          training.push([year, unit, group, required, trained]);
        }
      }
      if (!skip(unit, year)) submissions.push(...annualReport(random, year, unit));
    }
    // Provincial departments report to the ministry too (before the merger; after it, the 34 above).
    if (year < PROJECTED_YEAR)
      for (const province of geography.provinces) submissions.push(...annualReport(random, year, province.unit_code));
  }
  // Yearly progress of the Đắk Lắk task list (plan of 12/2024): most tasks ongoing, some done, a few not started.
  const taskStatus: (string | number)[][] = [["Năm", "Mã địa bàn", "Mã nhiệm vụ", "Tình trạng", "Ghi chú"]];
  const tasks = readPlanFiles().taskPlans.flatMap((plan) => (plan.tasks ?? []).map((task) => ({plan, task})));
  for (const year of [2025, 2026])
    for (const {plan, task} of tasks) {
      const r = random.next();
      const status = r < (year === 2025 ? 0.35 : 0.2) ? "hoàn thành" : r < 0.9 ? "đang thực hiện" : "chưa thực hiện";
      taskStatus.push([year, plan.issuer.unit_code, task.id, status, ""]);
    }
  for (const [name, rows] of [
    ["task_status", taskStatus],
    ["workforce", workforce],
    ["disease_exams", exams],
    ["environment_monitoring", monitoring],
    ["training", training],
    ["submissions", submissions]
  ] as const) {
    const file = join(directory, `${name}.csv`);
    await writeCsv(file, rows);
    files.push(file);
  }
  await writeFile(
    join(directory, "README.txt"),
    [
      "DỮ LIỆU MINH HỌA / DEMO DATA — không phải số liệu thật / not real data.",
      `Sinh tự động (seed ${seed}) bởi loaders/demo/generate.ts; tổng toàn quốc 2018–2024 khớp số liệu Bộ LĐTBXH công bố, ${PROJECTED_YEAR} là dự báo.`,
      `Generated (seed ${seed}) by loaders/demo/generate.ts; national totals 2018–2024 equal the ministry's published figures, ${PROJECTED_YEAR} is projected.`
    ].join("\n") + "\n"
  );
  return {directory, files, missingDistrictYear};
}
