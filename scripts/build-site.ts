// Builds the Framework site into dist/ ($OSH_SITE_OUTPUT if set). Data loader outputs are always recomputed (Framework would
// reuse a stale cached file after the warehouse changed); then Framework's HTML is fixed for WCAG.
import {spawnSync} from "node:child_process";
import {readFile, readdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {projectRoot} from "../loaders/paths.js";
import {fixFrameworkHtml} from "./framework-html-fixes.js";

await rm(join(projectRoot, "src/.observablehq/cache/data"), {recursive: true, force: true});
const started = performance.now();
const result = spawnSync(join(projectRoot, "node_modules/.bin/observable"), ["build"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
if (result.status !== 0) process.exit(result.status ?? 1);

const dist = join(projectRoot, process.env.OSH_SITE_OUTPUT ?? "dist");
let pages = 0;
for (const file of await readdir(dist, {recursive: true})) {
  if (!file.endsWith(".html")) continue;
  const path = join(dist, file);
  const html = await readFile(path, "utf8");
  await writeFile(path, fixFrameworkHtml(html));
  pages++;
}
console.error(`built ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
