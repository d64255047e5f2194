// `npm run inbox` as the office runs it: files dropped in a shared folder are loaded as the ingest would,
// moved with a receipt workbook the officer opens in Excel, the site rebuilt once per batch; a file still
// being copied is left alone, a file dropped twice adds nothing, and a crash at any point ends consistent.
import ExcelJS from "exceljs";
import {spawn, spawnSync} from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {scanInbox} from "../../loaders/inbox/ready-files.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows} from "../../loaders/warehouse/connection.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv, writeXlsx} from "../fixtures/files.js";

const VICTIM = "Nguyễn Văn Bình";

async function until(condition: () => boolean, timeoutMs = 30_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let root: string;
let inbox: string;
let warehouse: string;
let builds: string;

/** The arguments of `npm run inbox` on a folder, its warehouse beside it unless another is given. */
const inboxArgs = (dir: string, db = join(dir, "w.duckdb"), settle = "0.3") => [
  "--import",
  "tsx",
  "cli/inbox.ts",
  "--dir",
  dir,
  "--warehouse",
  db,
  "--settle",
  settle
];

function inboxOnce(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...inboxArgs(inbox, warehouse), "--once"], {
    encoding: "utf8",
    env: {...process.env, OSH_INBOX_BUILD: `echo built >> "${builds}"`, ...env}
  });
  return {status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr};
}
const buildCount = () => (existsSync(builds) ? readFileSync(builds, "utf8").trim().split("\n").length : 0);

async function incidentCount(): Promise<number> {
  const w = await openWarehouse(warehouse);
  try {
    return (await queryRows<{n: number}>(w.connection, "SELECT count(*)::INTEGER AS n FROM incidents"))[0]!.n;
  } finally {
    w.close();
  }
}

/** Every cell of every sheet of a receipt, as text. */
async function receiptCells(path: string): Promise<{sheets: string[]; rows: Map<string, string[][]>}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
    rows.set(sheet.name, cells);
  });
  return {sheets: [...rows.keys()], rows};
}
const summaryValue = (cells: string[][], label: RegExp) => cells.find((r) => label.test(r[0] ?? ""))?.[1];

let firstPass: ReturnType<typeof inboxOnce>;
beforeAll(async () => {
  root = tempDir("osh-inbox-");
  inbox = join(root, "hop-thu");
  warehouse = join(root, "w.duckdb");
  builds = join(root, "builds.txt");
  mkdirSync(inbox);
  writeCsv(join(inbox, "tot.csv"), [INCIDENT_HEADER, incidentRow({"Mã vụ": "t1"}), incidentRow({"Mã vụ": "t2"})]);
  writeCsv(join(inbox, "co-loi.csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "c1"}),
    incidentRow({"Mã vụ": "c2", "Mã ngành": "??"}),
    incidentRow({"Mã vụ": "c3", "Số người chết": 2, "Số người bị nạn": 1})
  ]);
  await writeXlsx(join(inbox, "ho-ten.xlsx"), [
    {
      name: "Sheet1",
      rows: [
        [...INCIDENT_HEADER, "Họ và tên", "Nguyên nhân"],
        [...incidentRow({"Mã vụ": "h1"}), VICTIM, "ngã từ giàn giáo, báo tin qua số 0912 345 678"]
      ]
    }
  ]);
  writeCsv(join(inbox, "khong-phai.csv"), [["chỉ là ghi chú"], ["không có tiêu đề"]]);
  // Half of a workbook, as a copy over the network would leave it for a moment.
  const whole = await writeXlsx(join(root, "lon.xlsx"), [
    {name: "Sheet1", rows: [INCIDENT_HEADER, ...Array.from({length: 300}, (_, i) => incidentRow({"Mã vụ": `L${i}`}))]}
  ]);
  const bytes = readFileSync(whole);
  writeFileSync(join(inbox, "dang-chep.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  writeFileSync(join(inbox, "~$tot.xlsx"), "Excel lock file");
  firstPass = inboxOnce();
});

describe("a batch", () => {
  test("each file is moved to da-nap/ or bi-tu-choi/ with its receipt; the half-copied one waits", () => {
    expect(firstPass.stderr).not.toMatch(/\n\s+at /);
    expect(firstPass.status).toBe(1); // one file refused
    expect(readdirSync(join(inbox, "da-nap")).sort()).toEqual(
      ["co-loi.csv", "co-loi.ket-qua.xlsx", "ho-ten.ket-qua.xlsx", "ho-ten.xlsx", "tot.csv", "tot.ket-qua.xlsx"].sort()
    );
    expect(readdirSync(join(inbox, "bi-tu-choi")).sort()).toEqual(["khong-phai.csv", "khong-phai.ket-qua.xlsx"]);
    expect(readdirSync(inbox).sort()).toEqual(["bi-tu-choi", "da-nap", "dang-chep.xlsx", "~$tot.xlsx"]);
    expect(firstPass.stdout).toContain("dang-chep.xlsx: đang được sao chép");
  });

  test("the rows are in the warehouse as the ingest would load them: 2 + 1 + 1", async () => {
    expect(await incidentCount()).toBe(4);
  });

  test("the site was rebuilt once for the batch", () => {
    expect(buildCount()).toBe(1);
  });

  test("the receipt lists every rejected row with its row number, column and reason", async () => {
    const {sheets, rows} = await receiptCells(join(inbox, "da-nap", "co-loi.ket-qua.xlsx"));
    expect(sheets).toEqual(["Kết quả", "Dòng bị từ chối"]);
    const summary = rows.get("Kết quả")!;
    expect(summaryValue(summary, /^Tệp/)).toBe("co-loi.csv");
    expect(summaryValue(summary, /^Số dòng đọc/)).toBe("3");
    expect(summaryValue(summary, /^Dòng được chấp nhận/)).toBe("1");
    expect(summaryValue(summary, /^Dòng bị từ chối/)).toBe("2");
    const rejects = rows.get("Dòng bị từ chối")!.slice(1);
    // header on line 1: c2 is on line 3, c3 on line 4 of the file as Excel shows it
    expect(rejects.map((r) => [r[1], r[2]])).toEqual([
      ["3", "sector_code"],
      ["4", "victims"]
    ]);
    expect(rejects[0]![3]).toMatch(/ngành/i);
    expect(rejects[0]![5]).toContain("incident_id=c2");
  });

  test("the receipt of a workbook with a name column says it was dropped, and holds no name", async () => {
    const {rows} = await receiptCells(join(inbox, "da-nap", "ho-ten.ket-qua.xlsx"));
    expect(summaryValue(rows.get("Kết quả")!, /^Cột dữ liệu cá nhân/)).toBe("Họ và tên");
    expect(summaryValue(rows.get("Kết quả")!, /^Giá trị có dữ liệu cá nhân đã che/)).toBe("1");
    expect(JSON.stringify([...rows.values()])).not.toContain(VICTIM);
  });

  test("a refused file's receipt says why, in Vietnamese and English", async () => {
    const {rows} = await receiptCells(join(inbox, "bi-tu-choi", "khong-phai.ket-qua.xlsx"));
    const summary = rows.get("Kết quả")!;
    expect(summaryValue(summary, /^Kết quả/)).toMatch(/^Bị từ chối cả tệp.* \/ Refused whole/);
    expect(summaryValue(summary, /^Lý do/)).toMatch(/.+ \/ .+/);
    expect(rows.get("Dòng bị từ chối")!.length).toBe(1); // the heading only
  });
});

describe("again", () => {
  test("the half-copied workbook, once complete, is loaded on the next pass", async () => {
    copyFileSync(join(root, "lon.xlsx"), join(inbox, "dang-chep.xlsx"));
    const past = new Date(Date.now() - 5000);
    utimesSync(join(inbox, "dang-chep.xlsx"), past, past);
    const result = inboxOnce();
    expect(result.status).toBe(0);
    expect(existsSync(join(inbox, "da-nap", "dang-chep.xlsx"))).toBe(true);
    expect(await incidentCount()).toBe(304);
    expect(buildCount()).toBe(2);
  });

  test("the same file dropped twice adds nothing, keeps both copies, and its receipt says so", async () => {
    copyFileSync(join(inbox, "da-nap", "tot.csv"), join(inbox, "tot.csv"));
    expect(inboxOnce().status).toBe(0);
    expect(await incidentCount()).toBe(304);
    const {rows} = await receiptCells(join(inbox, "da-nap", "tot (2).ket-qua.xlsx"));
    expect(summaryValue(rows.get("Kết quả")!, /^Thêm mới/)).toBe("0");
    expect(summaryValue(rows.get("Kết quả")!, /^Đã có, không đổi/)).toBe("2");
    expect(existsSync(join(inbox, "da-nap", "tot (2).csv"))).toBe(true);
  });

  test("a pass with nothing new rebuilds nothing", () => {
    const before = buildCount();
    expect(inboxOnce().status).toBe(0);
    expect(buildCount()).toBe(before);
  });
});

describe("a crash", () => {
  test("inside the load: the warehouse is as it was and the file stays; the next pass loads it", async () => {
    writeCsv(join(inbox, "sap.csv"), [INCIDENT_HEADER, incidentRow({"Mã vụ": "s1"})]);
    const crashed = inboxOnce({OSH_TEST_CRASH_INSIDE_LOAD: "1"});
    expect(crashed.signal).toBe("SIGKILL");
    expect(await incidentCount()).toBe(304);
    expect(existsSync(join(inbox, "sap.csv"))).toBe(true);
    expect(inboxOnce().status).toBe(0);
    expect(await incidentCount()).toBe(305);
    expect(existsSync(join(inbox, "da-nap", "sap.csv"))).toBe(true);
  });

  test("after the commit, before the move: the next pass moves it and adds nothing", async () => {
    writeCsv(join(inbox, "sau.csv"), [
      INCIDENT_HEADER,
      incidentRow({"Mã vụ": "a1"}),
      incidentRow({"Mã vụ": "a2"}),
      incidentRow({"Mã vụ": "a3"})
    ]);
    const crashed = inboxOnce({OSH_TEST_CRASH_AFTER_LOAD: "1"});
    expect(crashed.signal).toBe("SIGKILL");
    expect(await incidentCount()).toBe(308);
    expect(existsSync(join(inbox, "sau.csv"))).toBe(true);
    expect(existsSync(join(inbox, "da-nap", "sau.ket-qua.xlsx"))).toBe(false);
    expect(inboxOnce().status).toBe(0);
    expect(await incidentCount()).toBe(308);
    const {rows} = await receiptCells(join(inbox, "da-nap", "sau.ket-qua.xlsx"));
    expect(summaryValue(rows.get("Kết quả")!, /^Đã có, không đổi/)).toBe("3");
    expect(readdirSync(inbox).filter((n) => n.endsWith(".csv"))).toEqual([]);
  });
});

describe("watching (without --once)", () => {
  test("a file dropped while it watches is loaded and moved; Ctrl+C stops it cleanly", async () => {
    const dir = tempDir("osh-inbox-watch-");
    const watcher = spawn(process.execPath, [...inboxArgs(dir, undefined, "0.2"), "--every", "0.5"], {
      env: {...process.env, OSH_INBOX_BUILD: "true"}
    });
    let out = "";
    watcher.stdout.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => watcher.on("exit", resolve));
    await until(() => out.includes("watching"));
    writeCsv(join(dir, "moi.csv"), [INCIDENT_HEADER, incidentRow({"Mã vụ": "w1"})]);
    await until(
      () => existsSync(join(dir, "da-nap", "moi.ket-qua.xlsx")) && existsSync(join(dir, "da-nap", "moi.csv"))
    );
    watcher.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(out).toContain("accepted 1");
  });
});

describe("a file still being copied", () => {
  test("one that grows during the settle interval is not read", async () => {
    const dir = tempDir("osh-inbox-scan-");
    const growing = writeCsv(join(dir, "dang-ghi.csv"), [INCIDENT_HEADER, incidentRow()]);
    const done = writeCsv(join(dir, "xong.csv"), [INCIDENT_HEADER, incidentRow()]);
    const past = new Date(Date.now() - 5000);
    utimesSync(growing, past, past);
    utimesSync(done, past, past);
    setTimeout(() => appendFileSync(growing, incidentRow({"Mã vụ": "V-2"}).join(";") + "\n"), 100);
    const scan = await scanInbox(dir, 400);
    expect(scan.ready).toEqual([done]);
    expect(scan.copying).toEqual([growing]);
  });
});

describe("a file whose name holds personal data", () => {
  test("its receipt still lists its rejected rows (the rejects are stored under the masked name)", async () => {
    const dir = tempDir("osh-inbox-named-");
    const name = "bc chị Lan 0912345678.csv";
    writeCsv(join(dir, name), [
      INCIDENT_HEADER,
      incidentRow({"Mã vụ": "n1"}),
      incidentRow({"Mã vụ": "n2", "Mã ngành": "??"})
    ]);
    const run = spawnSync(process.execPath, [...inboxArgs(dir), "--once"], {
      encoding: "utf8",
      env: {...process.env, OSH_INBOX_BUILD: "true"}
    });
    expect(run.status, run.stderr).toBe(3);
    const {rows} = await receiptCells(join(dir, "da-nap", "bc chị Lan 0912345678.ket-qua.xlsx"));
    const rejects = rows.get("Dòng bị từ chối")!.slice(1);
    expect(rejects.map((r) => [r[1], r[2]])).toEqual([["3", "sector_code"]]);
  });
});
