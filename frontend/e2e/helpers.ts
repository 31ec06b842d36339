import { expect, type Page } from "@playwright/test";

/** Every demo user's password (domain/demo.py). */
export const DEMO_PASSWORD = "Baokang2026!";

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}

export async function loginAs(page: Page, username: string): Promise<void> {
  await login(page, username);
  await expect(page.getByTestId("current-user")).toBeVisible();
}
