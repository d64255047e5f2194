// Makes `observable build` and `observable preview` work with no internet.
//
// Framework resolves every `npm:` specifier (its own client references react-dom, d3-dsv, apache-arrow…)
// by asking registry.npmjs.org for a version and downloading the module from cdn.jsdelivr.net. When a
// folder `_npm/<name>@<version>/` already exists in its cache it asks no one. So we fill that cache:
// packages installed in node_modules are bundled for the browser with esbuild (Framework's own
// dependency); the rest get an empty version folder, so a page that really imports one fails the
// (offline) build loudly instead of reaching out.
//
// It also writes the self-hosted font (Be Vietnam Pro, Vietnamese + Latin subsets) as a stylesheet of
// data: URLs, because Framework bundles CSS with esbuild without a loader for font files.
import {existsSync, readFileSync} from "node:fs";
import {mkdir, readFile, readdir, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(projectRoot, "package.json"));
const npmCache = join(projectRoot, "src/.observablehq/cache/_npm");
const generated = join(projectRoot, "src/_generated");

/** A version that no registry has: marks a package this project deliberately does not provide. */
const UNPROVIDED_VERSION = "0.0.0-offline";

/** Every `npm:NAME` that Framework's own client code may import. */
async function frameworkNpmSpecifiers(): Promise<string[]> {
  const clientDir = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist/client");
  const names = new Set<string>();
  for (const file of await readdir(clientDir, {recursive: true})) {
    if (!file.endsWith(".js")) continue;
    const source = await readFile(join(clientDir, file), "utf8");
    for (const [, specifier] of source.matchAll(/["']npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(specifier);
  }
  return [...names].sort();
}

function installedVersion(name: string): string | undefined {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
  } catch {
    return undefined; // not installed, or its package.json is not exported
  }
}

async function fillNpmCache(): Promise<void> {
  for (const name of await frameworkNpmSpecifiers()) {
    const version = installedVersion(name);
    // duckdb-wasm needs its wasm and worker files next to the module; pages use src/lib/duckdb.ts instead.
    if (version === undefined || name === "@duckdb/duckdb-wasm") {
      await mkdir(join(npmCache, `${name}@${UNPROVIDED_VERSION}`), {recursive: true});
      continue;
    }
    const outfile = join(npmCache, `${name}@${version}`, "_esm.js");
    if (existsSync(outfile)) continue;
    // Re-export the default too where the package has one (esbuild rejects a missing default).
    await bundleForBrowser(`export * from "${name}"; export {default} from "${name}";`, outfile).catch(() =>
      bundleForBrowser(`export * from "${name}";`, outfile)
    );
  }
}

function bundleForBrowser(contents: string, outfile: string) {
  return build({
    stdin: {contents, resolveDir: projectRoot},
    bundle: true,
    format: "esm",
    platform: "browser",
    mainFields: ["browser", "module", "main"],
    minify: true,
    outfile,
    logLevel: "silent"
  });
}

const FONT_FAMILY = "Be Vietnam Pro";
const FONT_WEIGHTS = [400, 700];
const FONT_SUBSETS = [
  // unicode ranges as published by @fontsource for these subsets
  {
    subset: "vietnamese",
    range:
      "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB"
  },
  {
    subset: "latin",
    range:
      "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
  }
];

/** @font-face rules with the font files inlined, usable in the site's CSS and in exported SVG. */
async function fontFaceCss(): Promise<string> {
  const files = join(dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
  const rules: string[] = [];
  for (const weight of FONT_WEIGHTS) {
    for (const {subset, range} of FONT_SUBSETS) {
      const data = await readFile(join(files, `be-vietnam-pro-${subset}-${weight}-normal.woff2`));
      rules.push(
        `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${data.toString("base64")}) format("woff2");unicode-range:${range}}`
      );
    }
  }
  return `/* ${FONT_FAMILY} (SIL Open Font License), from @fontsource/be-vietnam-pro */\n${rules.join("\n")}\n`;
}

async function writeFonts(): Promise<void> {
  await mkdir(generated, {recursive: true});
  await writeFile(join(generated, "fonts.css"), await fontFaceCss());
}

await Promise.all([fillNpmCache(), writeFonts()]);
console.error("offline: Framework npm cache filled from node_modules; fonts written to src/_generated/fonts.css");
