import { expect, test, type Browser, type Locator } from "@playwright/test";
import { loginAs } from "./helpers";
import {
  apiSession,
  findPush,
  recordDecision,
  returnPush,
  uniqueDocumentNumber,
} from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// The coordination group's page (协调处置) against the real service. Records
// are made through the API as the demo users: BKSP-031-02 (攀岩、滑雪场所经营
// 许可) has no link in any published catalogue, so its decision is a routing
// gap; BKSP-005-02 (公共场所卫生许可（变更）) is linked to 卫健局.

/** Choose the supervision department in the reassign dialog, and check that it was taken. */
async function chooseDepartment(dialog: Locator, name: string): Promise<void> {
  const field = dialog.locator(".ant-form-item").filter({ hasText: "监管部门" });
  await expect(async () => {
    await field.getByRole("combobox").fill(name);
    await field.getByRole("combobox").press("Enter");
    await expect(field).toContainText(name, { timeout: 1000 });
  }).toPass();
}

/** The supervisor's own queue page (监管任务, 待认领) lists the push to claim (A2). */
async function supervisorHasToClaim(
  browser: Browser,
  username: string,
  documentNumber: string,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, username);
    await page.getByRole("menuitem", { name: "监管任务" }).click();
    await page.getByRole("searchbox", { name: "搜索任务" }).fill(documentNumber);
    await page.getByRole("searchbox", { name: "搜索任务" }).press("Enter");
    await expect(
      page.getByTestId("claim-queue").locator("tr", { hasText: documentNumber }),
    ).toBeVisible();
  } finally {
    await context.close();
  }
}

test("P3: the coordinator sees a routing gap arrive live and reassigns it; the chosen department's supervisor then has it to claim", async ({
  page,
  browser,
}) => {
  // The coordinator's page is open before the decision is recorded.
  await loginAs(page, "coordinator");
  const subscribed = new Promise<void>((resolve) => {
    page.on("websocket", (socket) =>
      socket.on("framesent", (frame) => {
        if (String(frame.payload).includes("CoordinationTaskStream")) resolve();
      }),
    );
  });
  await page.getByRole("menuitem", { name: "协调处置" }).click();
  await expect(page).toHaveURL(/\/coordination$/);
  const gaps = page.getByTestId("routing-gaps");
  await expect(gaps.locator(".ant-table")).toBeVisible();
  await subscribed;

  const documentNumber = uniqueDocumentNumber("gap");
  const officer = await apiSession("spj.officer");
  const recorded = await recordDecision(officer, "BKSP-031-02", documentNumber, "e2e 攀岩馆经营者");
  await officer.dispose();
  expect(recorded.status).toBe("ROUTING_GAP");
  expect(recorded.department).toBeNull();

  // It arrives through the task stream, without reloading the page.
  await expect(page.locator(".ant-notification-notice", { hasText: documentNumber })).toContainText(
    "新的无审管关联推送",
  );
  const row = gaps.locator("tr", { hasText: documentNumber });
  await expect(row).toContainText("无审管关联");
  await expect(row).toContainText("e2e 攀岩馆经营者");
  await saveScreenshot(page, "coordination-gaps");
  await row.getByRole("button", { name: "重新分派" }).click();

  const dialog = page.getByRole("dialog", { name: "重新分派" });
  await expect(dialog).toContainText(documentNumber);
  // Live refreshes may re-render the page under the dialog: retry the click, not the check.
  await expect(async () => {
    await dialog.getByRole("button", { name: "分 派" }).click();
    await expect(dialog.locator(".ant-form-item-explain-error")).toContainText("请选择监管部门", {
      timeout: 1000,
    });
  }).toPass();
  await chooseDepartment(dialog, "保康县卫生健康局");
  await dialog.getByLabel("协调意见").fill("e2e：攀岩场所的卫生由卫健局监管");
  await dialog.getByRole("button", { name: "分 派" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已将 ${documentNumber} 分派给保康县卫生健康局`)).toBeVisible();
  await expect(gaps.locator("tr", { hasText: documentNumber })).toHaveCount(0);

  // All queues: the push now waits for 卫健局's claim (A2).
  await page.getByRole("tab", { name: "全部队列" }).click();
  const queue = page.getByTestId("queue-pushes");
  await chooseOption(page, page.getByRole("combobox", { name: "监管部门" }), "保康县卫生健康局");
  await queue.getByRole("searchbox", { name: "搜索推送" }).fill(documentNumber);
  await queue.getByRole("searchbox", { name: "搜索推送" }).press("Enter");
  const queued = queue.locator("tr", { hasText: documentNumber });
  await expect(queued).toContainText("待认领");
  await expect(queued).toContainText("保康县卫生健康局");
  await expect(queued.getByTestId("due-light")).toHaveAttribute("data-light", "GREEN");

  // 卫健局's supervisor has it to claim; another department does not see it at all.
  await supervisorHasToClaim(browser, "wjj.supervisor", documentNumber);
  const supervisor = await apiSession("wjj.supervisor");
  const seen = await findPush(supervisor, documentNumber);
  await supervisor.dispose();
  expect(seen?.status).toBe("TO_CLAIM");
  expect(seen?.department?.name).toBe("保康县卫生健康局");
  const other = await apiSession("scj.supervisor");
  expect(await findPush(other, documentNumber)).toBeNull();
  await other.dispose();
});

test("P3: a returned push is a dispute with the returning department and reason until the coordinator reassigns it", async ({
  page,
  browser,
}) => {
  const documentNumber = uniqueDocumentNumber("dispute");
  const officer = await apiSession("spj.officer");
  const recorded = await recordDecision(officer, "BKSP-005-02", documentNumber, "e2e 浴室经营者");
  await officer.dispose();
  expect(recorded.status).toBe("TO_CLAIM");
  expect(recorded.department?.name).toBe("保康县卫生健康局");
  const reason = `e2e：该浴室已改为商场内美容店，由市场监管局负责 ${documentNumber}`;
  const wjj = await apiSession("wjj.supervisor");
  await returnPush(wjj, recorded.id, reason);

  await loginAs(page, "coordinator");
  await page.goto("/coordination?tab=disputes");
  const disputes = page.getByTestId("disputes");
  const row = disputes.locator("tr", { hasText: documentNumber });
  await expect(row).toContainText("保康县卫生健康局");
  await expect(row).toContainText(reason);
  await expect(row).toContainText("未解决");
  await saveScreenshot(page, "coordination-disputes");
  await row.getByRole("button", { name: "重新分派" }).click();

  const dialog = page.getByRole("dialog", { name: "重新分派" });
  await expect(dialog).toContainText("退回部门");
  await expect(dialog).toContainText(reason);
  await chooseDepartment(dialog, "保康县市场监督管理局");
  await dialog.getByLabel("协调意见").fill("e2e：经协调由市场监管局认领");
  await dialog.getByRole("button", { name: "分 派" }).click();
  await expect(dialog).toBeHidden();
  await expect(disputes.locator("tr", { hasText: documentNumber })).toHaveCount(0);

  // The dispute stays on record, resolved, with the assignment and the note.
  await chooseOption(page, disputes.getByRole("combobox", { name: "争议状态" }), "已解决");
  const resolved = disputes.locator("tr", { hasText: documentNumber });
  await expect(resolved).toContainText("已解决");
  await expect(resolved).toContainText("分派至 保康县市场监督管理局");
  await expect(resolved).toContainText("经协调由市场监管局认领");

  // The push's timeline tells the whole story, in order (A1).
  await resolved.getByRole("button", { name: "时间线" }).click();
  const drawer = page.getByRole("dialog", { name: `时间线：${documentNumber}` });
  const actions = drawer.getByTestId("timeline-entry");
  await expect(actions.filter({ hasText: "重新分派推送" })).toHaveCount(1);
  const order = await actions.evaluateAll((entries) =>
    entries.map((entry) => entry.getAttribute("data-action")),
  );
  const at = (action: string) => order.indexOf(action);
  expect(at("push.create")).toBeGreaterThanOrEqual(0);
  expect(at("push.create")).toBeLessThan(at("push.return"));
  expect(at("push.return")).toBeLessThan(at("push.reassign"));
  await expect(actions.filter({ hasText: "退回推送" })).toContainText("wjj.supervisor");
  await expect(actions.filter({ hasText: "重新分派推送" })).toContainText("coordinator");
  await saveScreenshot(page, "coordination-timeline");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  await supervisorHasToClaim(browser, "scj.supervisor", documentNumber);
  const scj = await apiSession("scj.supervisor");
  const seen = await findPush(scj, documentNumber);
  await scj.dispose();
  expect(seen?.status).toBe("TO_CLAIM");
  expect(seen?.department?.name).toBe("保康县市场监督管理局");
  await wjj.dispose();
});
