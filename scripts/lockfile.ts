// The lockfile a fresh machine's `npm ci` accepts. npm writes an entry with neither version nor integrity
// (`{"optional": true}`) when the registry does not answer for an optional package at the moment the lock
// is written; once the registry serves that package, every npm fails on the stub ("Invalid Version").
// `npm test` runs this check so such a lock never lands; `npm run lock` repairs and rewrites the lock.
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

export interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
}

export const LOCKFILE = "package-lock.json";

/** Entries other than the root and links that lack `version` or `integrity`: each one breaks `npm ci`. */
export function incompleteEntries(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== "" && !entry.link && !(entry.version && entry.integrity))
    .map(([path]) => path);
}

/** Packages whose install scripts npm ≥ 11.19 skips unless approved (the README says why none is needed). */
export function packagesWithInstallScripts(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, "")}@${entry.version}`);
}

export function readLockfile(path = LOCKFILE): Lockfile {
  return JSON.parse(readFileSync(path, "utf8")) as Lockfile;
}

/** `npm run lock`: drop the stubs, let the machine's npm fill them in (no other version moves), check. */
function rewriteLockfile(): void {
  const lock = readLockfile();
  for (const path of incompleteEntries(lock)) delete lock.packages[path];
  writeFileSync(LOCKFILE, JSON.stringify(lock, null, 2) + "\n");
  execFileSync("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
    stdio: "inherit"
  });
  const incomplete = incompleteEntries(readLockfile());
  if (incomplete.length > 0) {
    console.error(
      `${LOCKFILE}: ${incomplete.length} mục thiếu version/integrity · entries without version/integrity ` +
        `(the registry did not answer for them; run npm run lock again):\n  ${incomplete.join("\n  ")}`
    );
    process.exit(1);
  }
  console.log(`${LOCKFILE}: ${Object.keys(readLockfile().packages).length - 1} entries, all complete`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) rewriteLockfile();
