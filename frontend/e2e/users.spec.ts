import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

test("a department admin lists their department's users and creates one, with field errors next to the fields", async ({
  page,
}) => {
  await loginAs(page, "zjj.admin");
  await page.getByRole("menuitem", { name: "用户管理" }).click();
  await expect(page).toHaveURL(/\/users$/);
  const table = page.locator(".ant-table");
  await expect(table.getByText("zjj.supervisor", { exact: true })).toBeVisible();
  await expect(table.getByText("scj.supervisor", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "新建用户" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("用户名").fill("zjj.sun");
  await dialog.getByLabel("姓名").fill("住建局 孙监管");
  await dialog.getByRole("checkbox", { name: "监管人员" }).check();
  await dialog.getByLabel("初始密码").fill("short1");
  await dialog.getByRole("button", { name: /创\s*建/ }).click();
  // The API's message for the password, shown under the password field.
  const passwordItem = dialog
    .locator(".ant-form-item")
    .filter({ has: page.getByLabel("初始密码") });
  await expect(passwordItem.locator(".ant-form-item-explain-error")).toContainText("密码");

  await dialog.getByLabel("初始密码").fill("Zhujian2026sun");
  await dialog.getByRole("button", { name: /创\s*建/ }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByText("zjj.sun", { exact: true })).toBeVisible();
  await expect(table.getByText("住建局 孙监管")).toBeVisible();
});

test("a system admin sees every department's users", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/users");
  const table = page.locator(".ant-table");
  await expect(table.getByText("scj.supervisor", { exact: true })).toBeVisible();
  await expect(table.getByText("spj.officer", { exact: true })).toBeVisible();
  await saveScreenshot(page, "users");
  await page.getByRole("button", { name: "新建用户" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await saveScreenshot(page, "users-create");
});
