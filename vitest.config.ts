import {defineConfig} from "vitest/config";

// What Framework resolves from its package cache (src/lib/npm-imports.d.ts), Node reads from node_modules.
const resolve = {alias: {"npm:arquero": "arquero"}};

export default defineConfig({
  test: {
    // Pinned so dates and snapshots do not depend on the machine.
    env: {TZ: "Asia/Ho_Chi_Minh"},
    projects: [
      {resolve, test: {name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000}},
      {
        resolve,
        // Against the built site in dist/ (run `npm run build` first): headless Chromium, one file at a time.
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
});
