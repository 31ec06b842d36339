import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

test("an auditor browses audit events, filters them and opens an object's trail", async ({
  page,
}) => {
  // A login and a logout of a user no other test uses: two events on one session.
  await loginAs(page, "spj.admin");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await loginAs(page, "auditor");
  await page.getByRole("menuitem", { name: "审计" }).click();
  const table = page.getByRole("tabpanel");
  await expect(table.getByRole("row").nth(1)).toBeVisible();

  await page.getByLabel("操作人").fill("spj.admin");
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(table.getByText("登录", { exact: true })).toHaveCount(1);
  await expect(table.getByText("退出登录", { exact: true })).toHaveCount(1);
  await expect(table.getByText("创建用户", { exact: true })).toHaveCount(0);
  await saveScreenshot(page, "audit-events");

  // The session's trail: its creation, then its revocation at logout.
  await table
    .getByRole("button", { name: /^会话 #/ })
    .first()
    .click();
  await expect(page).toHaveURL(/tab=trail/);
  const trail = page.getByRole("tabpanel", { name: "对象留痕" });
  await expect(trail.getByText("登录", { exact: true })).toBeVisible();
  await expect(trail.getByText("退出登录", { exact: true })).toBeVisible();
  const loginRow = trail.getByRole("row").filter({ hasText: "登录" }).first();
  await loginRow.getByRole("button", { name: "展开行" }).click();
  await expect(trail.getByText("expires_at").first()).toBeVisible();
  await saveScreenshot(page, "audit-trail");
});

test("the audit page counts new events as they are recorded (graphql-ws subscription)", async ({
  page,
  browser,
}, testInfo) => {
  await loginAs(page, "auditor");
  // The audit page's own subscription: the header's notification bell opens a
  // connection of its own, so wait for the socket that subscribes to the audit events
  // (authenticated by cookie + csrfToken in connection_init, acknowledged, then subscribed).
  const subscribed = new Promise<string>((resolve) => {
    page.on("websocket", (socket) => {
      let acknowledged = false;
      socket.on("framereceived", (frame) => {
        if (String(frame.payload).includes("connection_ack")) acknowledged = true;
      });
      socket.on("framesent", (frame) => {
        if (acknowledged && String(frame.payload).includes("AuditEventRecorded")) {
          resolve(socket.url());
        }
      });
    });
  });
  await page.getByRole("menuitem", { name: "审计" }).click();
  expect(await subscribed).toMatch(/^ws:\/\/.*\/graphql$/);
  await page.waitForTimeout(500); // the server registers the subscription

  // Another user logs in elsewhere: an event (session.create) is recorded.
  const other = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
  await loginAs(other, "coordinator");
  await other.close();

  const notice = page.getByRole("button", { name: /有 \d+ 条新事件/ });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(notice).toHaveCount(0);
});
