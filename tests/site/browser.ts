// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against dist/ served on
// 127.0.0.1. A visit records what a person would never want: console errors, uncaught errors, failed
// loads, and any request to a host other than 127.0.0.1 (which is blocked, and counted as a failure).
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Page} from "playwright-core";
import type {Site} from "../../scripts/headless-site.js";

export {openSite, type Site} from "../../scripts/headless-site.js";

const require = createRequire(import.meta.url);

export interface Visit {
  page: Page;
  problems: string[];
  outsideRequests: string[];
}

export async function visit(site: Site, path: string, {viewport = {width: 1280, height: 900}} = {}): Promise<Visit> {
  const page = await site.browser.newPage({viewport});
  const problems: string[] = [];
  const outsideRequests: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${site.server.url}${path}`, {waitUntil: "networkidle"});
  // Framework shows a failing cell as an element with this class (the build does not fail on it).
  const errors = await page.locator(".observablehq--error").allInnerTexts();
  problems.push(...errors.map((text) => `cell error: ${text}`));
  return {page, problems, outsideRequests};
}

/** Types into the overview's unit picker and chooses the option whose name (name — level · place · map) matches. */
export async function chooseUnit(page: Page, typed: string, option: RegExp): Promise<void> {
  const box = page.getByRole("combobox", {name: /^(Địa bàn|Unit)$/});
  await box.fill(typed);
  await page.getByRole("option", {name: option}).click();
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

/** WCAG 2.0/2.1 A and AA violations on the page as it is now. */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugger, not an inline <script>: the site's Content-Security-Policy rightly refuses those.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]}>}}
    ).axe;
    const result = await axe.run(document, {
      runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
    });
    return result.violations.map(({id, impact, help, nodes}) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({target: n.target}))
    }));
  });
}
