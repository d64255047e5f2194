import {expect, test} from "vitest";
import {fixFrameworkHtml} from "../../scripts/framework-html-fixes.js";

// The head and sidebar exactly as Framework 1.13.4 writes them.
const frameworkHtml = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
</head>
<body>
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">Home</a></li>
  </ol>
</nav>`;

test("adds lang, allows zoom and keeps the sidebar list to <li> only", () => {
  const fixed = fixFrameworkHtml(frameworkHtml);
  expect(fixed).toContain('<html lang="vi">');
  expect(fixed).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(fixed).toMatch(/<label id="observablehq-sidebar-close"[^>]*><\/label>\s*<ol>\s*<li/);
});

test("leaves a page that already has a lang alone", () => {
  expect(fixFrameworkHtml('<html lang="en">')).toBe('<html lang="en">');
});
