import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs, moveServerClock } from "./helpers";
import { apiSession } from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// 业务函询 (Q1) against the real service: an inquiry left unanswered turns into deemed
// consent when the clock passes its reply deadline. The approval officer sends it
// through the page with a reply period of 1 working day; the test clock (POST
// /test/clock) then stands a minute after the due time, the embedded scheduler's
// reminders sweep (every 30 s) records the deemed consent, and both departments see
// 视为同意 on their pages — the asked one can no longer answer.

const ASKED = "保康县市场监督管理局";

test.afterEach(async () => {
  await moveServerClock({ reset: true }); // the next tests run at the real time again
});

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  await page.goto("/inquiries");
  await expect(page.getByRole("heading", { name: "业务函询", exact: true })).toBeVisible();
  return page;
}

/** The row of `subject` in the tab `testId`, reloading the page until it shows `status`. */
async function expectStatus(
  page: Page,
  tab: string,
  testId: string,
  subject: string,
  status: string,
) {
  await expect(async () => {
    await page.reload();
    await page.getByRole("tab", { name: tab }).click();
    const row = page.getByTestId(testId).getByTestId("inquiry-row").filter({ hasText: subject });
    await expect(row.getByTestId("inquiry-status")).toHaveText(status, { timeout: 3000 });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
}

test("an inquiry left unanswered becomes deemed consent when the clock passes its deadline", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const subject = `e2e 函询 ${Date.now()}`;
  const sentAt = await moveServerClock({ reset: true });

  // The approval officer sends the inquiry to 市场监管局, to be answered within 1 working day.
  await loginAs(page, "spj.officer");
  await page.goto("/inquiries");
  await page.getByRole("button", { name: "发出函询" }).click();
  const dialog = page.getByRole("dialog", { name: "发出业务函询" });
  await chooseOption(page, dialog.getByRole("combobox", { name: "受函部门" }), ASKED);
  await chooseOption(page, dialog.getByRole("combobox", { name: "事项类别" }), "办理标准");
  await dialog.getByLabel("标题").fill(subject);
  await dialog.getByLabel("函询内容").fill("食品经营许可现场核查的办理标准是否按附件执行？");
  await dialog.getByLabel("答复期限（工作日）").fill("1");
  await dialog
    .getByRole("button", { name: "发 出" })
    .or(dialog.getByRole("button", { name: "发出" }))
    .click();
  await expect(dialog).toBeHidden();
  const sent = page
    .getByTestId("inquiries-sent")
    .getByTestId("inquiry-row")
    .filter({ hasText: subject });
  await expect(sent.getByTestId("inquiry-status")).toHaveText("待回复");
  await expect(sent.getByTestId("due-light")).toHaveAttribute("data-light", /GREEN|YELLOW/);

  // Its due time: the end of the next working day after now (T2).
  const reader = await apiSession("spj.officer");
  const { dueTime } = await reader.gql<{ dueTime: { dueAt: string } }>(
    `query ($at: DateTime!) { dueTime(eventAt: $at, workingDays: 1) { dueAt } }`,
    { at: sentAt },
  );
  await reader.dispose();

  // The asked department sees it waiting for its reply, with the reply form.
  const asked = await signedIn(browser, "scj.supervisor");
  const received = asked
    .getByTestId("inquiries-received")
    .getByTestId("inquiry-row")
    .filter({ hasText: subject });
  await expect(received.getByTestId("inquiry-status")).toHaveText("待回复");

  // A minute past the due time: the sweep records the deemed consent (Q1).
  await moveServerClock({
    set: new Date(new Date(dueTime.dueAt).getTime() + 60_000).toISOString(),
  });
  const asking = await signedIn(browser, "spj.officer");
  await expectStatus(asking, "发出的函询", "inquiries-sent", subject, "视为同意");
  const askingRow = asking
    .getByTestId("inquiries-sent")
    .getByTestId("inquiry-row")
    .filter({ hasText: subject });
  await expect(askingRow.getByTestId("inquiry-status")).toHaveClass(/ant-tag-red/);
  await expect(askingRow.getByTestId("due-light")).toHaveAttribute("data-light", "RED");

  const silent = await signedIn(browser, "scj.supervisor");
  await expectStatus(silent, "收到的函询", "inquiries-received", subject, "视为同意");
  const silentRow = silent
    .getByTestId("inquiries-received")
    .getByTestId("inquiry-row")
    .filter({ hasText: subject });
  await silentRow.getByRole("button", { name: subject }).click();
  const drawer = silent.getByRole("dialog");
  await expect(drawer).toContainText("逾期未答复，视为同意");
  await expect(drawer).toContainText(`责任由${ASKED}承担`);
  await expect(drawer.getByRole("button", { name: /答\s*复/ })).toHaveCount(0);
  await saveScreenshot(silent, "inquiries");
});
