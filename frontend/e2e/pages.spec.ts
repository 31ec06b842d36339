import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

// The main pages render (and, with SHENGUAN_E2E_SCREENSHOTS=1, are saved).

test("the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "保康县审管联动管理平台" })).toBeVisible();
  await saveScreenshot(page, "login");
});

test("the home page of a supervisor", async ({ page }) => {
  await loginAs(page, "scj.supervisor");
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("保康县市场监督管理局");
  await saveScreenshot(page, "home");
});

test("the 404 page", async ({ page }) => {
  await loginAs(page, "zjj.supervisor");
  await page.goto("/no-such/page");
  await expect(page.getByText("404")).toBeVisible();
  await saveScreenshot(page, "not-found");
});
