// The layers, read from the imports themselves: contract/ at the bottom (npm packages only), then the
// warehouse, the rest of loaders/, the site (src/, which reaches contract/ through its src/contract link)
// and on top the command line and the scripts. A violation names the file and the import.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {dirname, join, normalize} from "node:path";
import ts from "typescript";
import {describe, expect, test} from "vitest";

type Layer = "contract" | "warehouse" | "loaders" | "site" | "site-data" | "cli" | "scripts";

/** What each layer may import besides npm packages. */
const ALLOWED: Record<Layer, {layers: Layer[]; node: boolean}> = {
  contract: {layers: ["contract"], node: false},
  warehouse: {layers: ["contract", "warehouse"], node: true},
  loaders: {layers: ["contract", "warehouse", "loaders"], node: true},
  site: {layers: ["contract", "site"], node: false},
  // The data loaders run in Node at build time and call the engine.
  "site-data": {layers: ["contract", "warehouse", "loaders", "site", "site-data"], node: true},
  cli: {layers: ["contract", "warehouse", "loaders", "site", "cli"], node: true},
  scripts: {layers: ["contract", "warehouse", "loaders", "site", "site-data", "cli", "scripts"], node: true}
};

/** The layer of a path relative to the project's root (src/contract is the link to contract/). */
function layerOf(path: string): Layer | undefined {
  if (path.startsWith("contract/") || path.startsWith("src/contract/")) return "contract";
  if (path.startsWith("loaders/warehouse/")) return "warehouse";
  if (path.startsWith("loaders/")) return "loaders";
  if (path.startsWith("src/data/")) return "site-data";
  if (path.startsWith("src/")) return "site";
  if (path.startsWith("cli/")) return "cli";
  if (path.startsWith("scripts/")) return "scripts";
  return undefined;
}

/** The module specifiers a file imports (static, dynamic, and re-exports); a page's from its js blocks. */
function importsOf(path: string, text: string): string[] {
  const code = path.endsWith(".md") ? [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n") : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** Every import of `files` that breaks the layers, as "file: import (why)". */
export function layerViolations(files: {path: string; text: string}[]): string[] {
  const problems: string[] = [];
  for (const {path, text} of files) {
    const layer = layerOf(path);
    if (!layer) continue;
    for (const specifier of importsOf(path, text)) {
      const why = (reason: string) => problems.push(`${path}: "${specifier}" (${reason})`);
      if (specifier.startsWith("node:")) {
        if (!ALLOWED[layer].node) why(`${layer} runs in the browser too: no Node built-ins`);
        continue;
      }
      if (!specifier.startsWith(".")) continue; // an npm package
      const target = normalize(join(dirname(path), specifier));
      const targetLayer = layerOf(target);
      if (!targetLayer) why(`${layer} imports from outside the layers`);
      else if (!ALLOWED[layer].layers.includes(targetLayer)) why(`${layer} may not import ${targetLayer}`);
      // Framework serves only src/: a page or component reaches contract/ through the src/contract link.
      else if (layer === "site" && !target.startsWith("src/")) why("the site imports only what src/ holds");
    }
  }
  return problems;
}

const root = join(import.meta.dirname, "../..");

describe("layers", () => {
  test("no import of contract/, loaders/, src/, cli/ or scripts/ goes up or sideways", () => {
    const paths = execFileSync("git", ["ls-files", "contract", "loaders", "src", "cli", "scripts"], {
      cwd: root,
      encoding: "utf8"
    })
      .split("\n")
      .filter((p) => /\.(ts|md)$/.test(p) && !p.startsWith("src/contract/"));
    const files = paths.map((path) => ({path, text: readFileSync(join(root, path), "utf8")}));
    expect(files.filter((f) => f.path.startsWith("contract/")).length).toBeGreaterThan(5);
    expect(layerViolations(files)).toEqual([]);
  });

  test("a violation names its file and its import", () => {
    const files = [
      {path: "loaders/indicators/x.ts", text: 'import {explain} from "../../src/lib/explain.js";'},
      {path: "loaders/warehouse/x.ts", text: 'import {loadReferenceData} from "../reference/load.js";'},
      {path: "contract/x.ts", text: 'import {readFileSync} from "node:fs";\nexport * from "../loaders/paths.js";'},
      {path: "src/components/x.ts", text: 'import type {Plan} from "../../loaders/indicators/plans.js";'},
      {path: "src/trends.md", text: '```js\nimport {x} from "../contract/units.js";\n```'},
      {path: "src/components/ok.ts", text: 'import {unitKey} from "../contract/units.js";\nimport * as d3 from "d3";'}
    ];
    expect(layerViolations(files)).toEqual([
      'loaders/indicators/x.ts: "../../src/lib/explain.js" (loaders may not import site)',
      'loaders/warehouse/x.ts: "../reference/load.js" (warehouse may not import loaders)',
      'contract/x.ts: "node:fs" (contract runs in the browser too: no Node built-ins)',
      'contract/x.ts: "../loaders/paths.js" (contract may not import loaders)',
      'src/components/x.ts: "../../loaders/indicators/plans.js" (site may not import loaders)',
      'src/trends.md: "../contract/units.js" (the site imports only what src/ holds)'
    ]);
  });
});
