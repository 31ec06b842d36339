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

export type ClockMove = { advanceSeconds: number } | { set: string } | { reset: true };

/**
 * Move the service's clock (the test clock that e2e/global-setup.ts turns on with
 * SHENGUAN_TEST_CLOCK): POST /test/clock. Requests, the embedded worker and the
 * scheduler's sweeps all see the moved time. Returns the service's new time.
 */
export async function moveServerClock(move: ClockMove): Promise<string> {
  const response = await fetch(`${process.env.SHENGUAN_E2E_BASE_URL}/test/clock`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(move),
  });
  const text = await response.text();
  expect(response.ok, `POST /test/clock ${JSON.stringify(move)}: ${text}`).toBeTruthy();
  return (JSON.parse(text) as { now: string }).now;
}
