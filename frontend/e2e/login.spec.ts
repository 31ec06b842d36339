import { expect, test } from "@playwright/test";
import { login, loginAs } from "./helpers";

test("a demo user logs in and sees their name and department in the header", async ({ page }) => {
  await login(page, "spj.officer");
  const user = page.getByTestId("current-user");
  await expect(user).toContainText("审批局 李审批");
  await expect(user).toContainText("保康县行政审批局");
  await expect(page).toHaveURL(/\/$/);
});

test("a wrong password shows the API's Chinese error", async ({ page }) => {
  await login(page, "scj.supervisor", "not-the-password-1");
  await expect(page.getByTestId("login-error")).toContainText("用户名或密码错误");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("a locked account shows the API's Chinese lock message", async ({ page }) => {
  // Five failures in a row lock the account (domain/accounts/rules.py).
  for (let attempt = 1; attempt <= 5; attempt++) {
    await login(page, "wjj.supervisor", `wrong-password-${attempt}`);
    await expect(page.getByTestId("login-error")).toBeVisible();
  }
  await expect(page.getByTestId("login-error")).toContainText("锁定");
  // Even the right password is refused while locked, with the same message.
  await login(page, "wjj.supervisor");
  await expect(page.getByTestId("login-error")).toContainText("锁定");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("logging out ends the session", async ({ page }) => {
  await loginAs(page, "scj.admin");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("button", { name: /登\s*录/ })).toBeVisible();
  // The session is gone on the server too: a protected page leads back to login.
  await page.goto("/users");
  await expect(page).toHaveURL(/\/login$/);
});

test("an unknown page shows the 404 page", async ({ page }) => {
  await loginAs(page, "spj.officer");
  await page.goto("/no-such-page");
  await expect(page.getByText("您访问的页面不存在")).toBeVisible();
});

test("the menu shows only the pages of the user's roles", async ({ page }) => {
  await loginAs(page, "scj.admin");
  const menu = page.getByRole("menu");
  await expect(menu.getByText("用户管理")).toBeVisible();
  await expect(menu.getByText("工作日历")).toHaveCount(0);
  await expect(menu.getByText("审计")).toHaveCount(0);
  // A page outside the user's roles is not found for them.
  await page.goto("/calendar");
  await expect(page.getByText("您访问的页面不存在")).toBeVisible();
});
