// A fresh machine installs the project with `npm ci` from the lockfile alone. CI's machine may have a warm
// npm cache that hides a broken lock; this check cannot be hidden.
import {readFileSync} from "node:fs";
import {expect, test} from "vitest";
import {incompleteEntries, packagesWithInstallScripts, readLockfile} from "../../scripts/lockfile.js";

const lock = readLockfile();

test("every lockfile entry but links has a version and an integrity hash", () => {
  expect(incompleteEntries(lock)).toEqual([]);
});

test("the check names a stub that npm writes when the registry does not answer", () => {
  const broken = {
    packages: {
      "": {},
      "node_modules/a": {version: "1.0.0", integrity: "sha512-x"},
      "node_modules/b/node_modules/@scope/b-darwin-arm64": {},
      "node_modules/c": {version: "2.0.0"},
      "../local": {link: true}
    }
  };
  expect(incompleteEntries(broken)).toEqual(["node_modules/b/node_modules/@scope/b-darwin-arm64", "node_modules/c"]);
});

test("the lock agrees with package.json on every direct dependency", () => {
  const manifest = JSON.parse(readFileSync("package.json", "utf8"));
  const wanted = {...manifest.dependencies, ...manifest.devDependencies} as Record<string, string>;
  for (const [name, version] of Object.entries(wanted)) {
    expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  }
});

test("the README names every package with an install script, which npm skips and nothing needs", async () => {
  const readme = readFileSync("README.md", "utf8");
  for (const pkg of packagesWithInstallScripts(lock)) expect(readme).toContain(pkg);
  // esbuild's postinstall only swaps its JS launcher for the native binary; without it the launcher finds
  // the platform package (@esbuild/linux-x64) and builds all the same. tsx and Framework's build use it.
  const esbuild = await import("esbuild");
  const {code} = await esbuild.transform("const n: number = 1;", {loader: "ts"});
  expect(code.trim()).toBe("const n = 1;");
});
