import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    // Pinned so dates and snapshots do not depend on the machine.
    env: {TZ: "Asia/Ho_Chi_Minh"},
    // Every temp folder a test makes is removed, and a run that leaves one fails (tests/setup/).
    globalSetup: ["tests/setup/temp-folder-check.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          setupFiles: ["tests/setup/remove-temp-dirs.ts"]
        }
      },
      {
        // Against the built site in dist/ (run `npm run build` first): headless Chromium, one file at a time.
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          setupFiles: ["tests/setup/remove-temp-dirs.ts"]
        }
      }
    ]
  }
});
