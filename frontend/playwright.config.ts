import { defineConfig } from "@playwright/test";

// Browser tests against the real service: e2e/global-setup.ts migrates a fresh
// data directory, loads the demo data and serves the API and the built
// frontend (frontend/dist) on a free port. Chromium is Debian's
// (apt-get install chromium); Playwright's own browser downloads are not used.

export const CHROMIUM = process.env.SHENGUAN_E2E_CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    // Set by the global setup (or given to test an already running service).
    baseURL: process.env.SHENGUAN_E2E_BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1440, height: 900 },
    actionTimeout: 15_000,
    screenshot: "only-on-failure",
    trace: "off",
  },
});
