// npm run inbox -- --dir DIR [--once] [--warehouse PATH] [--settle SECONDS] [--every SECONDS]
// The office's shared folder as the way in: officers drop Excel/CSV files into DIR; each is loaded as
// `npm run ingest` would, moved to DIR/da-nap/ or DIR/bi-tu-choi/ with a receipt workbook, and the site is
// rebuilt once after each batch ($OSH_INBOX_BUILD, default `npm run build`, with this warehouse).
// --once: one pass, then exit (0 all accepted · 3 some rows rejected · 1 a file refused or a failure · 2 usage).
import {spawnSync} from "node:child_process";
import {existsSync, statSync} from "node:fs";
import {relative} from "node:path";
import {processInbox, type InboxPass} from "../loaders/inbox/process-inbox.js";
import {OUTCOME_TEXT} from "../loaders/inbox/receipt.js";
import {projectRoot, warehousePath} from "../loaders/paths.js";
import {EXIT, parseCommandLine} from "./args.js";
import {formatFileReport} from "./report.js";

const usage =
  "Cách dùng / usage: npm run inbox -- --dir DIR [--once] [--warehouse PATH] [--settle SECONDS] [--every SECONDS]";
const {values} = parseCommandLine(
  {
    dir: {type: "string"},
    once: {type: "boolean"},
    warehouse: {type: "string"},
    settle: {type: "string", default: "2"},
    every: {type: "string", default: "10"}
  },
  usage
);
const settleMs = Number(values.settle) * 1000;
const everyMs = Number(values.every) * 1000;
if (!values.dir || !(settleMs >= 0) || !(everyMs > 0)) {
  console.error(usage);
  process.exit(EXIT.usage);
}
if (!existsSync(values.dir) || !statSync(values.dir).isDirectory()) {
  console.error(`Không tìm thấy thư mục / folder not found: ${values.dir}`);
  process.exit(EXIT.usage);
}
const dir = values.dir;
const warehouse = warehousePath(values.warehouse);

function print(pass: InboxPass) {
  for (const {report, outcome, movedTo, receipt} of pass.results) {
    console.log(formatFileReport(report, false));
    const text = OUTCOME_TEXT[outcome];
    console.log(
      `  → ${text.vi} / ${text.en}: ${relative(dir, movedTo)} · biên nhận / receipt ${relative(dir, receipt)}`
    );
  }
  for (const path of pass.copying)
    console.log(`${relative(dir, path)}: đang được sao chép, để lần sau / still being copied, left for the next pass`);
}

/** Rebuilds the site from this warehouse; false (and says why) when the build fails. */
function rebuild(): boolean {
  const command = process.env.OSH_INBOX_BUILD ?? "npm run build";
  console.log(`Dựng lại trang web / rebuilding the site: ${command}`);
  const result = spawnSync(command, {
    shell: true,
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: {...process.env, OSH_WAREHOUSE: warehouse}
  });
  if (result.status === 0) return true;
  console.error(
    `Dựng lại trang web không thành công (số liệu đã nạp vẫn được giữ) / the site rebuild failed (the loaded data is kept): exit ${result.status}`
  );
  return false;
}

async function pass(): Promise<{exit: number}> {
  let result: InboxPass;
  try {
    result = await processInbox(dir, warehouse, {settleMs});
  } catch (error) {
    // Not a problem of a file (those are refused with their reason): the warehouse or the folder itself.
    console.error(
      `Không nạp được: tệp vẫn nằm trong thư mục, sẽ thử lại / could not load: the files stay in the folder for another try: ${(error as Error).message}`
    );
    return {exit: EXIT.refused};
  }
  print(result);
  const built = result.results.length === 0 || rebuild();
  const refused = result.results.some((r) => r.outcome === "refused");
  const rejected = result.results.some((r) => r.outcome === "loaded_with_rejects");
  return {exit: !built || refused ? EXIT.refused : rejected ? EXIT.someRejected : EXIT.ok};
}

if (values.once) process.exit((await pass()).exit);

// Ctrl+C or a service stop ends the wait at once, but never a load half-way (it finishes first).
let stopping = false;
let wake: (() => void) | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopping = true;
    wake?.();
  });
console.log(
  `Đang theo dõi ${dir} (Ctrl+C để dừng) / watching ${dir} (Ctrl+C to stop): da-nap/ = đã nạp / loaded, bi-tu-choi/ = bị từ chối / refused`
);
while (!stopping) {
  await pass();
  if (stopping) break;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, everyMs);
    wake = () => (clearTimeout(timer), resolve());
  });
}
