import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    // Pinned so dates and snapshots do not depend on the machine.
    env: {TZ: "Asia/Ho_Chi_Minh"},
    projects: [
      {test: {name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000}},
      {
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
