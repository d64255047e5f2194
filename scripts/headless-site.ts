// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against dist/ served on
// 127.0.0.1: shared by the site tests and the measuring scripts.
import {chromium, type Browser} from "playwright-core";
import {serveDirectory, type RunningServer} from "./static-server.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium itself calls Google's hosts at start.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

export interface Site {
  browser: Browser;
  server: RunningServer;
  close(): Promise<void>;
}

export async function openSite(dist = "dist"): Promise<Site> {
  const server = await serveDirectory(dist);
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    }
  };
}
