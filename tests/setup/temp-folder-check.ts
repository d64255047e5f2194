// Once per test run (vitest globalSetup): the run, its workers and every program they start get a temp folder
// of their own (TMPDIR), so what they leave can be told from other programs' files. Anything left in it at
// the end is a test that did not clean up after itself: the run fails and names it, and the folder is removed.
import {mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** Caches of the tools themselves, kept by design (tsx's compile cache): not a test's files. */
const TOOL_CACHES = /^tsx-\d+$/;

export default function setup() {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "osh-test-run-"));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(root).filter((name) => !TOOL_CACHES.test(name));
    rmSync(root, {recursive: true, force: true});
    if (left.length) {
      // An error thrown here is only printed: the exit code is what fails `npm test`.
      console.error(`Tests left temp folders or files behind (now removed): ${left.join(", ")}`);
      process.exitCode = 1;
    }
  };
}
