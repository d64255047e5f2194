// npm run bench:inbox — the inbox budget: a batch of 50 files (the demo's 2024 accidents split in 50, with
// new incident ids so every row is added) dropped into a folder, loaded into a copy of the warehouse,
// moved with their receipts, and the site rebuilt once: prints the time of each part.
// Leaves dist/ built from the copy: run `npm run build` afterwards.
import {spawnSync} from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {demoDir, projectRoot, warehousePath} from "../loaders/paths.js";

const FILES = 50;
const source = join(demoDir, "incidents_2024.csv");
if (!existsSync(source)) {
  console.error("Chưa có dữ liệu minh họa: chạy npm run build / no demo files: run npm run build");
  process.exit(1);
}
const root = mkdtempSync(join(tmpdir(), "osh-bench-inbox-"));
const inbox = join(root, "hop-thu");
mkdirSync(inbox);
const warehouse = join(root, "warehouse.duckdb");
copyFileSync(warehousePath(), warehouse);

const [header, ...lines] = readFileSync(source, "utf8").trimEnd().split("\n");
const perFile = Math.ceil(lines.length / FILES);
for (let i = 0; i < FILES; i++) {
  // the incident id is the second column: a new prefix makes every row a new incident
  const rows = lines.slice(i * perFile, (i + 1) * perFile).map((line) => line.replace(/^(\d+;)/, "$1B-"));
  writeFileSync(join(inbox, `bao-cao-${String(i + 1).padStart(2, "0")}.csv`), [header, ...rows].join("\n") + "\n");
}

const started = performance.now();
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "cli/inbox.ts", "--dir", inbox, "--once", "--warehouse", warehouse, "--settle", "1"],
  {cwd: projectRoot, encoding: "utf8"}
);
const seconds = (performance.now() - started) / 1000;
const built = /built (\d+) pages in ([\d.]+) s/.exec(run.stderr);
const moved = readdirSync(join(inbox, "da-nap")).filter((n) => n.endsWith(".csv")).length;
console.log(`files: ${FILES} (${lines.length} rows), moved to da-nap/: ${moved}, exit ${run.status}`);
console.log(`batch, load + receipts + rebuild: ${seconds.toFixed(1)} s (budget 120 s)`);
if (built) console.log(`  of which the site rebuild (${built[1]} pages): ${built[2]} s`);
rmSync(root, {recursive: true, force: true});
