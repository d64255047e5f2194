// One pass over the shared inbox: every file ready to read is loaded exactly as `npm run ingest` loads it,
// then moved to da-nap/ (loaded, possibly with rejected rows) or bi-tu-choi/ (refused) with its receipt.
// Crash safety: a file is moved only after its load has committed. A crash before the commit leaves the
// warehouse as it was and the file in the inbox; a crash after it leaves the file in the inbox too, and
// loading it again adds nothing (the ingest replaces rows by key), so the next pass ends consistent.
import {mkdir, readdir, rename} from "node:fs/promises";
import {basename, extname, join} from "node:path";
import {ingestFile, type FileReport} from "../ingest/load-file.js";
import {maskPersonalData} from "../ingest/mask.js";
import {openWarehouse} from "../open-warehouse.js";
import {queryRows} from "../warehouse/connection.js";
import {outcomeOf, writeReceipt, type Outcome, type ReceiptReject} from "./receipt.js";
import {scanInbox} from "./ready-files.js";

export const LOADED_DIR = "da-nap";
export const REFUSED_DIR = "bi-tu-choi";
export const RECEIPT_SUFFIX = ".ket-qua.xlsx";

/** Where a test can simulate a crash after a load committed and before its file was moved. */
const CRASH_POINT = "OSH_TEST_CRASH_AFTER_LOAD";

export interface InboxResult {
  report: FileReport;
  outcome: Outcome;
  /** Where the file and its receipt now are. */
  movedTo: string;
  receipt: string;
}

export interface InboxPass {
  results: InboxResult[];
  /** Files left in the inbox because they are still being copied. */
  copying: string[];
}

const stemOf = (name: string) => name.slice(0, name.length - extname(name).length);

/**
 * A name in `dir` that no earlier file uses, so nothing is overwritten: "x.csv", else "x (2).csv"…
 * A receipt without its file (left by a crash before the move) does not count and is overwritten.
 */
async function freeName(dir: string, name: string): Promise<string> {
  const stems = new Set(
    (await readdir(dir)).filter((n) => !n.endsWith(RECEIPT_SUFFIX) && !n.startsWith(".")).map(stemOf)
  );
  const stem = stemOf(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem} (${n})`;
    if (!stems.has(candidate)) return candidate + extname(name);
  }
}

async function rejectsOf(connection: Parameters<typeof ingestFile>[0], report: FileReport): Promise<ReceiptReject[]> {
  const rows: ReceiptReject[] = [];
  // The file's rejects are those of its latest load (the ingest replaces them), i.e. of this one.
  for (const sheet of report.sheets)
    rows.push(
      ...(await queryRows<ReceiptReject>(
        connection,
        `SELECT sheet, src_row, column_name, reason_vi, reason_en, raw FROM rejects
         WHERE file_name = $file AND dataset = $dataset AND sheet IS NOT DISTINCT FROM $sheet ORDER BY src_row`,
        // Stored under the masked name, as every file name is ("bc chị *** ***.csv").
        {file: maskPersonalData(basename(report.file)).text, dataset: sheet.dataset, sheet: sheet.sheet}
      ))
    );
  return rows;
}

export async function processInbox(dir: string, warehouse: string, {settleMs = 2000} = {}): Promise<InboxPass> {
  const {ready, copying} = await scanInbox(dir, settleMs);
  const results: InboxResult[] = [];
  if (ready.length === 0) return {results, copying};
  const loadedDir = join(dir, LOADED_DIR);
  const refusedDir = join(dir, REFUSED_DIR);
  await mkdir(loadedDir, {recursive: true});
  await mkdir(refusedDir, {recursive: true});
  const opened = await openWarehouse(warehouse);
  try {
    for (const path of ready) {
      const report = await ingestFile(opened.connection, path);
      if (process.env[CRASH_POINT] === "1") process.kill(process.pid, "SIGKILL");
      const outcome = outcomeOf(report);
      const target = outcome === "refused" ? refusedDir : loadedDir;
      const name = await freeName(target, basename(path));
      const receipt = join(target, stemOf(name) + RECEIPT_SUFFIX);
      // The receipt first (written aside, then renamed whole), the file last: the move is the commit of the pass.
      const partial = join(target, `.${basename(receipt)}.tmp`);
      await writeReceipt(partial, {
        fileName: basename(path),
        report,
        rejects: await rejectsOf(opened.connection, report),
        at: new Date()
      });
      await rename(partial, receipt);
      const movedTo = join(target, name);
      await rename(path, movedTo);
      results.push({report, outcome, movedTo, receipt});
    }
  } finally {
    opened.close();
  }
  return {results, copying};
}
