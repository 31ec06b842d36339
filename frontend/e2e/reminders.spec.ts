import { expect, test } from "@playwright/test";
import { loginAs, moveServerClock } from "./helpers";
import { apiSession, recordDecision, uniqueDocumentNumber } from "./linkage-api";
import { saveScreenshot } from "./screenshots";

// M1: a supervisor sees a reminder appear in the notification list, live.
//
// The claim of a push is due 3 working days after it (P2); its reminder goes out
// within 1 working day of that due time. The test clock (POST /test/clock) lets
// the test stand at any moment: the supervisor signs in 4 hours before the due
// time D (a session lasts 12 hours), the approval officer records the decision
// back at the time E whose claim is due at D, and the clock then moves forward
// to within those 4 hours of D: the embedded scheduler's sweep sends the due
// reminder, and the notification arrives in the open list without a reload.

const HOUR = 3600_000;

test.afterEach(async () => {
  await moveServerClock({ reset: true }); // the next tests run at the real time again
});

test("a supervisor sees a claim reminder appear in the open notification list", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const documentNumber = uniqueDocumentNumber("remind");
  const decidedAt = await moveServerClock({ reset: true }); // E: now
  const reader = await apiSession("scj.supervisor");
  const { dueTime } = await reader.gql<{ dueTime: { dueAt: string } }>(
    `query ($at: DateTime!) { dueTime(eventAt: $at, workingDays: 3) { dueAt } }`,
    { at: decidedAt },
  );
  await reader.dispose();
  const due = new Date(dueTime.dueAt); // D
  const watchFrom = new Date(due.getTime() - 4 * HOUR);

  // The supervisor, 4 hours before D, on the notification page.
  await moveServerClock({ set: watchFrom.toISOString() });
  await loginAs(page, "scj.supervisor");
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { name: "通知", exact: true })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const items = page.getByTestId("notification-item");
  const reminder = items.filter({ hasText: documentNumber });
  await expect(reminder).toHaveCount(0);

  // Back at E, the approval officer records a decision routed to 市场监管局 (P1).
  await moveServerClock({ set: decidedAt });
  const officer = await apiSession("spj.officer");
  const push = await recordDecision(officer, "BKSP-001-01", documentNumber, "e2e 提醒测试经营者");
  await officer.dispose();
  expect(push.department?.name).toContain("市场监督管理局");
  const checker = await apiSession("spj.officer");
  const { node } = await checker.gql<{ node: { claimDue: { dueAt: string } } }>(
    `query ($id: ID!) { node(id: $id) { ... on Push { claimDue { dueAt } } } }`,
    { id: push.id },
  );
  await checker.dispose();
  expect(new Date(node.claimDue.dueAt).getTime()).toBe(due.getTime());
  await expect(reminder).toHaveCount(0);

  // Forward to within 1 working day of D (4 hours before it, 2 minutes on).
  await moveServerClock({ set: new Date(watchFrom.getTime() + 2 * 60_000).toISOString() });

  // The sweep (every 30 s) sends it; the bell's stream brings it into the list.
  await expect(reminder).toHaveCount(1, { timeout: 90_000 });
  await expect(reminder).toContainText("待认领");
  await reminder.getByRole("button", { name: "展开" }).click(); // the body's rest
  await expect(reminder).toContainText("行政相对人：e2e 提醒测试经营者");
  await expect(reminder).toHaveAttribute("data-read", "false");
  await expect(page.getByTestId("notification-count")).toContainText(/\d/);
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  await saveScreenshot(page, "notifications");

  // Read: marked on the page, the push opens from it.
  await reminder.getByRole("button", { name: "标为已读" }).click();
  await expect(reminder).toHaveAttribute("data-read", "true");
  await reminder.getByRole("button", { name: "查看推送" }).click();
  await expect(page.getByRole("dialog")).toContainText(documentNumber);
});
