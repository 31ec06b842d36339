import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// With SHENGUAN_E2E_SCREENSHOTS=1 (npm run screenshots) the tests save the main
// pages under docs/screenshots/; otherwise they only check them.
const DIRECTORY = resolve(
  fileURLToPath(new URL(".", import.meta.url)),
  "..",
  "..",
  "docs",
  "screenshots",
);

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SHENGUAN_E2E_SCREENSHOTS !== "1") return;
  mkdirSync(DIRECTORY, { recursive: true });
  // Let fonts and transitions settle.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(DIRECTORY, `${name}.png`), fullPage: true });
}
