// The built files themselves: no page rendered an error at build time, and nothing in the HTML points
// outside the site (the browser tests prove the same at view time).
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {expect, test} from "vitest";

const files = readdirSync("dist", {recursive: true, encoding: "utf8"});
const htmlFiles = files.filter((file) => file.endsWith(".html"));

test.each(htmlFiles)("%s has no rendered error and no outside URL", (file) => {
  const html = readFileSync(join("dist", file), "utf8");
  expect(html).not.toContain("observablehq--error");
  const outside = [...html.matchAll(/(?:src|href)="(https?:)?\/\/([^"/]+)/g)].map((match) => match[2]);
  expect(outside).toEqual([]);
});

test("no CDN module or Google font is referenced anywhere in the site's code", () => {
  const offenders = files
    .filter((file) => /\.(js|css|html)$/.test(file) && !file.includes("duckdb-wasm"))
    .filter((file) =>
      /cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com/.test(readFileSync(join("dist", file), "utf8"))
    );
  expect(offenders).toEqual([]);
});

test("only one DuckDB wasm build is shipped", () => {
  const wasm = files.filter((file) => file.endsWith(".wasm"));
  expect(wasm).toHaveLength(1);
  expect(statSync(join("dist", wasm[0]!)).size).toBeGreaterThan(1_000_000);
});
