// Which files of the shared inbox folder can be read now. A file being copied over the network grows
// and its modification time moves: it is read only once its size and time have stayed the same over a
// settle interval, and an XLSX only once its zip directory (written last) is complete.
import {open, readdir, stat} from "node:fs/promises";
import {extname, join} from "node:path";

export interface InboxScan {
  /** Full paths, in name order, ready to load. */
  ready: string[];
  /** Still being written: left for the next pass. */
  copying: string[];
}

/** A zip file that has not changed for this long is complete or will never be: it is read (and refused). */
const ABANDONED_MS = 10 * 60_000;

/** Names that are not an officer's file: hidden files, Office lock files, partial downloads and copies. */
export function isInboxCandidate(name: string): boolean {
  return !/^[.~]/.test(name) && !/\.(tmp|part|partial|crdownload|download)$/i.test(name);
}

/** True when the file ends with a zip end-of-central-directory record (an XLSX copied to the end). */
async function hasZipEnd(path: string, size: number): Promise<boolean> {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const length = Math.min(size, 22 + 65_535);
  const handle = await open(path);
  try {
    const {buffer} = await handle.read(Buffer.alloc(length), 0, length, size - length);
    for (let i = length - 22; i >= 0; i--)
      if (buffer[i] === 0x50 && buffer[i + 1] === 0x4b && buffer[i + 2] === 0x05 && buffer[i + 3] === 0x06) return true;
    return false;
  } finally {
    await handle.close();
  }
}

async function snapshot(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : null;
  } catch {
    return null; // moved away meanwhile
  }
}

export async function scanInbox(dir: string, settleMs: number): Promise<InboxScan> {
  const names = (await readdir(dir, {withFileTypes: true}))
    .filter((entry) => entry.isFile() && isInboxCandidate(entry.name))
    .map((entry) => entry.name)
    .sort();
  const before = new Map<string, string | null>();
  for (const name of names) before.set(name, await snapshot(join(dir, name)));
  if (names.length > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const scan: InboxScan = {ready: [], copying: []};
  for (const name of names) {
    const path = join(dir, name);
    const now = await snapshot(path);
    if (now === null) continue;
    const info = await stat(path);
    const settled = now === before.get(name) && Date.now() - info.mtimeMs >= settleMs;
    const zipIncomplete =
      extname(name).toLowerCase() === ".xlsx" &&
      Date.now() - info.mtimeMs < ABANDONED_MS &&
      !(await hasZipEnd(path, info.size));
    (settled && !zipIncomplete ? scan.ready : scan.copying).push(path);
  }
  return scan;
}
