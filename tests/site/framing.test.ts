// In a real browser: another site (here another origin on this computer) can show the embed page in an
// <iframe>, and cannot frame any other page (clickjacking).
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {afterAll, beforeAll, expect, test} from "vitest";
import {openSite, type Site} from "./browser.js";

let site: Site;
let intranet: Server;

beforeAll(async () => {
  site = await openSite();
  // The office intranet: a plain page on another origin that frames two pages of the site.
  intranet = createServer((_, response) =>
    response.writeHead(200, {"content-type": "text/html; charset=utf-8"}).end(
      `<!doctype html><html lang="vi"><title>intranet</title>
       <iframe id="embed" title="embed" width="800" height="600" src="${site.server.url}/embed.html?chart=national"></iframe>
       <iframe id="overview" title="overview" src="${site.server.url}/index.html"></iframe>`
    )
  );
  await new Promise<void>((resolve) => intranet.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await site?.close();
  intranet?.close();
});

test("the embed page can be framed by another site; the overview cannot", async () => {
  const page = await site.browser.newPage();
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") refused.push(m.text());
  });
  await page.goto(`http://127.0.0.1:${(intranet.address() as AddressInfo).port}/`, {waitUntil: "networkidle"});
  const embed = page.frameLocator("#embed");
  await embed.locator("figure.embed svg").first().waitFor({state: "attached", timeout: 30_000});
  // The blocked frame stays empty and Chromium says why.
  expect(await page.frameLocator("#overview").locator("#observablehq-main").count()).toBe(0);
  expect(page.frames().some((f) => f.url().startsWith(`${site.server.url}/index.html`))).toBe(false);
  expect(refused.join("\n")).toMatch(/frame-ancestors|X-Frame-Options|refused to connect/i);
  await page.close();
});
