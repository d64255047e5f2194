// The check that keeps test runs from leaving files in /tmp (tests/setup/temp-folder-check.ts): a folder left
// in the run's temp folder fails the run, by name, and is removed all the same.
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, expect, test, vi} from "vitest";
import setup from "../setup/temp-folder-check.js";

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

test("a run that leaves a folder behind fails and names it; one that leaves nothing passes", () => {
  const said = vi.spyOn(console, "error").mockImplementation(() => {});
  const outer = process.env.TMPDIR;
  let teardown = setup();
  const root = process.env.TMPDIR!;
  expect(root).not.toBe(outer);
  mkdirSync(join(root, "osh-test-Nguyễn Văn A"));
  writeFileSync(join(root, "osh-test-Nguyễn Văn A", "bc.csv"), "x");
  mkdirSync(join(root, "tsx-0")); // the tool's own cache
  teardown();
  expect(process.env.TMPDIR).toBe(outer);
  expect(existsSync(root)).toBe(false);
  expect(process.exitCode).toBe(1);
  expect(said).toHaveBeenCalledWith(expect.stringContaining("osh-test-Nguyễn Văn A"));
  expect(said.mock.calls[0]![0]).not.toContain("tsx-0");

  process.exitCode = undefined;
  teardown = setup();
  teardown();
  expect(process.exitCode).toBeUndefined();
});
