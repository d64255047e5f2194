// Random damage to good files (bytes flipped or inserted, files cut short, cells replaced by what careless
// and hostile users type), loaded one after another into one warehouse. The contract must hold for every
// one: exit 0, 1 or 3; a refused file leaves the warehouse exactly as it was, with a specific reason in
// both languages; nothing throws; the warehouse opens and loads afterwards. Seeded: a failure names the
// seed and the case; OSH_FUZZ_SEED=<seed> replays it (OSH_FUZZ_CASES=N for more, OSH_FUZZ_VERBOSE=1 names each case).
import {spawnSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {expect, test} from "vitest";
import {ingestFiles} from "../../cli/ingest-files.js";
import {Random} from "../../loaders/demo/random.js";
import type {FileReport} from "../../loaders/ingest/load-file.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {INCIDENT_HEADER, incidentRow, tempDir, writeCsv, writeXlsx} from "../fixtures/files.js";

const SEED = Number(process.env.OSH_FUZZ_SEED ?? 20261130);
const MAX_CASES = Number(process.env.OSH_FUZZ_CASES ?? 200);
const TIME_BUDGET_MS = 25_000;

// What people type into cells: formulas, Excel errors, ID numbers, short years, personal data, quotes.
const NASTY_CELLS = [
  "=1+1",
  "@SUM(1+1)",
  "#REF!",
  "079123456789",
  "2147483648",
  "-1",
  "15/03/24",
  "1/1/1",
  "31/02/2024",
  "",
  " ",
  '"',
  'a"b',
  "ông Nguyễn Văn A 0912 345 678",
  "<script>alert(1)</script>",
  "Tổng cộng",
  "x".repeat(5000),
  "1.234.567",
  "NaN",
  "\u0000"
];
const NASTY_BYTES = [0x22, 0x0d, 0x0a, 0x3b, 0x2c, 0x00, 0xff, 0xe3, 0xc3, 0x09];

type Mutation = {name: string; apply: (bytes: Buffer, random: Random) => Buffer};
const MUTATIONS: Mutation[] = [
  {
    name: "flip bytes",
    apply: (b, r) => {
      const out = Buffer.from(b);
      for (let i = r.integer(1, 8); i > 0; i--) out[r.integer(0, out.length - 1)] = r.integer(0, 255);
      return out;
    }
  },
  {
    name: "insert bytes",
    apply: (b, r) => {
      const at = r.integer(0, b.length);
      const bytes = Array.from({length: r.integer(1, 6)}, () => r.pick(NASTY_BYTES));
      return Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]);
    }
  },
  {name: "truncate", apply: (b, r) => b.subarray(0, r.integer(0, b.length - 1))},
  {
    name: "random bytes",
    apply: (_bytes, r) => Buffer.from(Array.from({length: r.integer(0, 2000)}, () => r.integer(0, 255)))
  },
  {
    name: "line endings",
    apply: (b, r) =>
      Buffer.from(
        b.toString("latin1").replace(/\n/g, () => r.pick(["\n", "\r\n", "\r", "\n\n"])),
        "latin1"
      )
  },
  {
    name: "duplicate lines",
    apply: (b, r) => {
      const lines = b.toString("utf8").split("\n");
      for (let i = r.integer(1, 5); i > 0; i--) lines.splice(r.integer(0, lines.length), 0, r.pick(lines));
      return Buffer.from(lines.join("\n"));
    }
  }
];

function incidentRows(random: Random, nasty: boolean): (string | number)[][] {
  return Array.from({length: random.integer(1, 30)}, (_, i) => {
    const row: (string | number)[] = [
      ...incidentRow({"Mã vụ": `${i + 1}`, "Mã địa bàn": random.pick(["01", "063", "064", "1"])}),
      "Ngã cao"
    ];
    if (nasty)
      for (let k = random.integer(0, 3); k > 0; k--) row[random.integer(0, row.length - 1)] = random.pick(NASTY_CELLS);
    return row;
  });
}

/** Every row of every table, as one digest per table: equal digests, equal warehouse. */
async function snapshot(warehouse: Warehouse) {
  const tables = ["incidents", "workforce", "loads", "rejects", "warnings", "withdrawals"];
  const rows = await queryRows(
    warehouse.connection,
    tables
      .map((t) => `SELECT '${t}' AS t, count(*)::INT AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM ${t} x`)
      .join(" UNION ALL ")
  );
  return JSON.stringify(rows.sort((a, b) => String(a.t).localeCompare(String(b.t))));
}

test(`fuzz: damaged CSV and XLSX files keep the contract (seed ${SEED})`, {timeout: 90_000}, async () => {
  const random = new Random(SEED);
  const dir = tempDir("osh-fuzz-");
  const path = join(dir, "warehouse.duckdb");
  let warehouse = await openWarehouse(path);
  const started = Date.now();
  const codes = new Map<number, number>();
  let cases = 0;
  try {
    for (; cases < MAX_CASES && Date.now() - started < TIME_BUDGET_MS; cases++) {
      const xlsx = random.next() < 0.3;
      const nastyCells = random.next() < 0.5;
      const header = [...INCIDENT_HEADER, "Nguyên nhân"];
      const base = join(dir, `case-${cases}.${xlsx ? "xlsx" : "csv"}`);
      if (xlsx) await writeXlsx(base, [{name: "incidents", rows: [header, ...incidentRows(random, nastyCells)]}]);
      else writeCsv(base, [header, ...incidentRows(random, nastyCells)]);
      const mutation = random.next() < 0.8 ? random.pick(MUTATIONS) : undefined;
      if (mutation) writeFileSync(base, mutation.apply(readFileSync(base), random));
      const label = `seed ${SEED}, case ${cases}: ${xlsx ? "xlsx" : "csv"}, ${nastyCells ? "nasty cells, " : ""}${mutation?.name ?? "no mutation"}`;

      if (process.env.OSH_FUZZ_VERBOSE) process.stderr.write(`${label}\n`);
      const before = await snapshot(warehouse);
      const reports: FileReport[] = [];
      const code = await ingestFiles(warehouse.connection, [base], {}, (report) => reports.push(report));
      codes.set(code, (codes.get(code) ?? 0) + 1);
      expect([0, 1, 3], label).toContain(code);
      if (code === 1) {
        expect(await snapshot(warehouse), `${label}: a refused file changed the warehouse`).toBe(before);
        const reason = reports[0]!.refused;
        if (reason) {
          expect(reason.vi.length, label).toBeGreaterThan(0);
          expect(reason.en, `${label}: ${reason.en}`).not.toMatch(/^Unexpected error|\n/);
        }
      }
    }
    // It still opens (as a new process would) and a good file still loads.
    warehouse.close();
    warehouse = await openWarehouse(path);
    const good = writeCsv(join(dir, "good.csv"), [INCIDENT_HEADER, incidentRow({"Mã vụ": "after-fuzz"})]);
    expect(await ingestFiles(warehouse.connection, [good], {}, () => undefined)).toBe(0);
  } finally {
    warehouse.close();
  }
  console.log(
    `fuzz seed ${SEED}: ${cases} cases in ${Date.now() - started} ms, exit codes ${JSON.stringify([...codes])}`
  );
  expect(cases).toBeGreaterThanOrEqual(10);
});

test(`fuzz through the command: exit code and no stack trace (seed ${SEED})`, () => {
  const random = new Random(SEED + 1);
  const dir = tempDir("osh-fuzz-cli-");
  const files = Array.from({length: 4}, (_, i) => {
    const file = writeCsv(join(dir, `f${i}.csv`), [
      INCIDENT_HEADER,
      ...incidentRows(random, true).map((r) => r.slice(0, -1))
    ]);
    writeFileSync(file, random.pick(MUTATIONS).apply(readFileSync(file), random));
    return file;
  });
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "cli/ingest.ts", "--warehouse", join(dir, "w.duckdb"), ...files],
    {
      encoding: "utf8"
    }
  );
  const label = `seed ${SEED + 1}: ${result.stdout}\n${result.stderr}`;
  expect([0, 1, 3], label).toContain(result.status);
  expect(result.stdout + result.stderr, label).not.toMatch(/^\s+at |node:internal|\.ts:\d+:\d+/m);
});
