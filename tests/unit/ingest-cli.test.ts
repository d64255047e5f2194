// The commands as acceptance tests call them: exit codes of the data contract, JSON rejects, and a
// load killed half-way that leaves the warehouse as it was.
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows} from "../../loaders/warehouse/connection.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv} from "../fixtures/files.js";

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    env: {...process.env, ...env}
  });
  return {status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr};
}
const ingest = (args: string[], env?: Record<string, string>) => run("cli/ingest.ts", args, env);

let dir: string;
let warehouse: string;
let good: string;
let mixed: string;
beforeAll(() => {
  dir = tempDir();
  warehouse = join(dir, "w.duckdb");
  good = writeCsv(join(dir, "good.csv"), [INCIDENT_HEADER, incidentRow({"Mã vụ": "g1"}), incidentRow({"Mã vụ": "g2"})]);
  mixed = writeCsv(join(dir, "mixed.csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "m1"}),
    incidentRow({"Mã vụ": "m2", "Mã ngành": "??"})
  ]);
});

describe("npm run ingest exit codes", () => {
  test("0 when every row is accepted, with the counts printed", () => {
    const result = ingest(["--warehouse", warehouse, good]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("accepted 2");
    expect(result.stdout).toContain("rejected 0");
  });
  test("3 when some rows are rejected and the rest loaded", () => {
    const result = ingest(["--warehouse", warehouse, mixed]);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/row 3 \[sector_code\]/);
  });
  test("1 when a file is refused whole", () => {
    const refused = writeCsv(join(dir, "empty.csv"), [["nothing here"]]);
    expect(ingest(["--warehouse", warehouse, refused]).status).toBe(1);
  });
  test("2 on a usage error", () => {
    expect(ingest(["--warehouse", warehouse]).status).toBe(2);
    expect(ingest(["--dataset", "nonsense", good]).status).toBe(2);
    expect(ingest(["--no-such-flag", good]).status).toBe(2);
  });
  test("validate checks the same way and writes nothing", () => {
    const fresh = join(dir, "untouched.duckdb");
    const result = run("cli/ingest.ts", ["--validate-only", mixed], {OSH_WAREHOUSE: fresh});
    expect(result.status).toBe(3);
    expect(result.stdout).toContain("rejected 1");
    expect(spawnSync("test", ["-e", fresh]).status).not.toBe(0);
  });
});

test("npm run rejects --format json lists every rejected row with its reason", () => {
  const result = run("cli/rejects.ts", ["--warehouse", warehouse, "--format", "json"]);
  expect(result.status).toBe(0);
  const rejects = JSON.parse(result.stdout);
  expect(rejects).toHaveLength(1);
  expect(rejects[0]).toMatchObject({file_name: "mixed.csv", row: 3, column: "sector_code", dataset: "incidents"});
  expect(rejects[0].reason_vi).toContain("VSIC");
  expect(rejects[0].values["sector_code"]).toBe("??");
});

test("a load killed inside its transaction leaves the warehouse unchanged", async () => {
  const before = await counts();
  const bigger = writeCsv(join(dir, "killed.csv"), [
    INCIDENT_HEADER,
    ...Array.from({length: 500}, (_, i) => incidentRow({"Mã vụ": `k${i}`}))
  ]);
  const result = ingest(["--warehouse", warehouse, bigger], {OSH_TEST_CRASH_INSIDE_LOAD: "1"});
  expect(result.signal).toBe("SIGKILL");
  expect(await counts()).toEqual(before);
  // and the warehouse still opens and loads normally afterwards
  expect(ingest(["--warehouse", warehouse, bigger]).status).toBe(0);
  expect((await counts()).incidents).toBe(before.incidents + 500);
});

async function counts() {
  const w = await openWarehouse(warehouse);
  const [row] = await queryRows<{incidents: number; loads: number; rejects: number}>(
    w.connection,
    "SELECT (SELECT count(*) FROM incidents)::INT AS incidents, (SELECT count(*) FROM loads)::INT AS loads, (SELECT count(*) FROM rejects)::INT AS rejects"
  );
  w.close();
  return row!;
}

describe("refusals a person understands: exit 1, Vietnamese and English, no stack trace", () => {
  const noTrace = (text: string) => expect(text).not.toMatch(/^\s+at |node:internal|\.ts:\d+/m);

  test("a second load while the warehouse is in use says so", async () => {
    const holder = await openWarehouse(warehouse);
    try {
      const result = ingest(["--warehouse", warehouse, good]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("đang được một lệnh khác dùng");
      expect(result.stderr).toContain("in use by another command");
      noTrace(result.stderr);
    } finally {
      holder.close();
    }
  });

  test("a folder given as a file is refused with its reason", () => {
    const result = ingest(["--warehouse", warehouse, dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Không phải một tệp");
    expect(result.stdout).toContain("Not a file");
    noTrace(result.stdout + result.stderr);
  });

  test("readers refuse a warehouse that does not exist, and create none", () => {
    const typo = join(dir, "typo.duckdb");
    for (const [script, args] of [
      ["cli/rejects.ts", []],
      ["cli/indicators.ts", ["--unit", "VN", "--year", "2024"]]
    ] as const) {
      const result = run(script, ["--warehouse", typo, ...args]);
      expect(result.status, script).toBe(1);
      expect(result.stderr).toContain("Không có kho dữ liệu");
      expect(result.stderr).toContain("No warehouse at");
      noTrace(result.stderr);
    }
    expect(spawnSync("test", ["-e", typo]).status).not.toBe(0);
  });
});

test("npm run rejects --format csv: BOM, and cells that Excel would run as formulas are neutralised", () => {
  const w = join(dir, "formulas.duckdb");
  const file = writeCsv(join(dir, "=HYPERLINK(1).csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "=1+1", "Mã ngành": "??"})
  ]);
  expect(ingest(["--warehouse", w, file]).status).toBe(3);
  const result = run("cli/rejects.ts", ["--warehouse", w, "--format", "csv"]);
  expect(result.status).toBe(0);
  expect(result.stdout.charCodeAt(0)).toBe(0xfeff);
  const [header, line] = result.stdout.slice(1).split("\r\n");
  expect(header).toBe("dataset,file_name,sheet,row,column,reason_vi,reason_en,problems,values,load_id");
  expect(line).toMatch(/^incidents,'=HYPERLINK\(1\)\.csv,,2,/);
  expect(line).not.toMatch(/,[=+@]/);
});

test("npm run withdraw: withdraws an incident by unit and number, and refuses a key that matches nothing", async () => {
  const w = join(dir, "withdraw.duckdb");
  const file = writeCsv(join(dir, "two-districts.csv"), [
    INCIDENT_HEADER,
    incidentRow({"Mã vụ": "1", "Mã địa bàn": "063"}),
    incidentRow({"Mã vụ": "1", "Mã địa bàn": "064"})
  ]);
  expect(ingest(["--warehouse", w, file]).status).toBe(0);
  const withdraw = (args: string[]) => run("cli/withdraw.ts", ["--warehouse", w, ...args]);
  const done = withdraw([
    "--dataset",
    "incidents",
    "--key",
    "unit_code=064",
    "--key",
    "incident_id=1",
    "--reason",
    "trùng"
  ]);
  expect(done.status).toBe(0);
  expect(done.stdout).toContain("withdrew 1 row(s) of incidents");
  const again = withdraw(["--dataset", "incidents", "--key", "unit_code=064", "--key", "incident_id=1"]);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("không rút dòng nào");
  expect(withdraw(["--dataset", "incidents"]).status).toBe(2);
  // An incident number alone names no incident (two districts number theirs 1): a usage error, nothing withdrawn.
  const partial = withdraw(["--dataset", "incidents", "--key", "incident_id=1"]);
  expect(partial.status).toBe(2);
  expect(partial.stderr).toContain("missing: unit_code");
  const opened = await openWarehouse(w);
  const left = await queryRows(opened.connection, "SELECT unit_code, incident_id FROM incidents");
  opened.close();
  expect(left).toEqual([{unit_code: "063", incident_id: "1"}]);
});
