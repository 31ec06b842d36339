import { expect, test, type Page } from "@playwright/test";
import { loginAs, moveServerClock } from "./helpers";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// 告知承诺 (K1, K2, R2) against the real service: an approval officer runs the credit
// check on a new applicant (grade A, allowed), accepts a 材料延期 commitment due in three
// days; the server clock moves to the day before the deadline and the sweep reminds the
// applicant (承诺期限截止前一天); after the deadline the department's admin revokes it with
// a blacklist entry; the credit page shows the applicant blacklisted (grade D), and the
// next credit check refuses commitment approval.

const ITEM = "公共场所卫生许可（BKSP-005）"; // demo: 材料延期 and 事后核查, grades A–B

/** A GB 11643 ID number (保康 420626) born 1985–2004, random serial, with its check character. */
function uniqueIdNumber(): string {
  const born = new Date(Date.UTC(1985, 0, 1) + Math.floor(Math.random() * 20 * 365) * 86_400_000);
  const birth = born.toISOString().slice(0, 10).replaceAll("-", "");
  const body = `420626${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

/** The local date (Asia/Shanghai) `days` after the service's `now`, as YYYY-MM-DD. */
function shanghaiDate(now: string, days: number): string {
  const at = new Date(new Date(now).getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at);
}

/** 09:00 Asia/Shanghai of a YYYY-MM-DD day, plus `minutes`, as an ISO time. */
function shanghaiMorning(day: string, minutes = 0): string {
  return new Date(new Date(`${day}T09:00:00+08:00`).getTime() + minutes * 60_000).toISOString();
}

async function openCommitments(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "告知承诺" }).click();
  await expect(page).toHaveURL(/\/commitments/);
  await expect(page.getByRole("heading", { name: "告知承诺" })).toBeVisible();
}

async function runCheck(page: Page, number: string): Promise<void> {
  await chooseOption(page, page.getByRole("combobox", { name: "审批事项" }), ITEM);
  await page.getByLabel("申请人代码").fill(number);
  await page.getByRole("button", { name: "查 询" }).click();
}

test.afterEach(async () => {
  await moveServerClock({ reset: true }); // the next tests run at the real time again
});

test("K1, K2: credit check, 材料延期 commitment, the applicant reminded the day before, revoked and blacklisted when overdue, then refused by the next check", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const now = await moveServerClock({ reset: true });
  const dueOn = shanghaiDate(now, 3);
  const dayBefore = shanghaiDate(now, 2);
  const number = uniqueIdNumber();
  const name = `e2e 承诺申请人 ${Date.now() % 100000}`;

  // K1: the credit check of a new applicant: grade A, no blacklist hit, allowed.
  await loginAs(page, "spj.officer");
  await openCommitments(page);
  await runCheck(page, number);
  const result = page.getByTestId("credit-check-result");
  await expect(result.getByTestId("credit-grade")).toHaveAttribute("data-grade", "A");
  await expect(result).toContainText("未命中");
  await expect(result.getByTestId("credit-check-answer")).toHaveText("允许告知承诺");
  await expect(result.getByTestId("credit-check-reasons")).toContainText("允许告知承诺审批");
  await saveScreenshot(page, "commitments-credit-check");

  // K2: accept a 材料延期 commitment due in three days.
  await result.getByRole("button", { name: "受理告知承诺" }).click();
  const dialog = page.getByRole("dialog", { name: "受理告知承诺" });
  await chooseOption(page, dialog.getByRole("combobox", { name: "告知承诺方式" }), "材料延期");
  await dialog.getByLabel("申请人名称").fill(name);
  await dialog.getByLabel("承诺内容").fill("本人承诺在期限内补交卫生检测报告，所填信息真实有效。");
  await dialog.getByLabel("承诺补交的材料").fill("卫生检测报告");
  await dialog.getByLabel("承诺截止日期").fill(dueOn);
  await dialog.getByLabel("承诺截止日期").press("Enter");
  await dialog.getByLabel("联系电话").fill("13800003333");
  await dialog.getByRole("button", { name: "受 理" }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator("tr.ant-table-row", { hasText: number });
  await expect(row.getByTestId("commitment-status")).toHaveText("待补交/核验");
  await expect(row).toContainText("卫生检测报告");
  await expect(row.getByTestId("due-light")).toHaveAttribute("data-light", "GREEN");
  await expect(row.getByTestId("applicant-reminded")).toHaveCount(0);

  // The day before the deadline, 09:02: the sweep (every 30 s) reminds the applicant.
  await moveServerClock({ set: shanghaiMorning(dayBefore, 2) });
  await loginAs(page, "spj.officer"); // the session of three days ago has ended
  await openCommitments(page);
  await expect(async () => {
    await page.getByRole("button", { name: /刷\s*新/ }).click();
    await expect(row.getByTestId("applicant-reminded")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 90_000 });
  await expect(row.getByTestId("applicant-reminded")).toContainText("已提醒申请人");
  await saveScreenshot(page, "commitments-reminded");

  // The day after the deadline: overdue; the department's admin revokes and blacklists.
  await moveServerClock({ set: shanghaiMorning(shanghaiDate(now, 4), 60) });
  await loginAs(page, "spj.admin");
  await openCommitments(page);
  await expect(row.getByTestId("due-light")).toHaveAttribute("data-light", "RED");
  await row.getByRole("button", { name: "撤 销" }).click();
  const revoke = page.getByRole("dialog", { name: "撤销告知承诺审批" });
  await revoke.getByLabel("撤销说明").fill("e2e：逾期未补交卫生检测报告。");
  await revoke.getByText("同时列入黑名单（联合惩戒）").click();
  await revoke
    .getByLabel("列入黑名单的法律依据")
    .fill("《保康县审批监管协调联动工作制度》第二十三条");
  await revoke.getByRole("button", { name: "撤 销" }).click();
  await expect(revoke).toBeHidden();
  await expect(row.getByTestId("commitment-status")).toHaveText("已撤销");
  await expect(row).toContainText("已列入黑名单");

  // The credit page: blacklisted, grade D, the overdue-commitment record.
  await page.goto(`/credit?tab=check&number=${number}`);
  const check = page.getByTestId("credit-check");
  await expect(check.getByTestId("credit-grade")).toHaveAttribute("data-grade", "D");
  await expect(check.getByTestId("active-blacklist-entry")).toContainText("逾期未补交承诺材料");
  await expect(check).toContainText("逾期未履行承诺");
  await saveScreenshot(page, "commitments-blacklisted");

  // K1: the next credit check refuses commitment approval.
  await openCommitments(page);
  await runCheck(page, number);
  await expect(result.getByTestId("credit-grade")).toHaveAttribute("data-grade", "D");
  await expect(result).toContainText("命中黑名单");
  await expect(result.getByTestId("credit-check-answer")).toHaveText("不允许告知承诺");
  await expect(result.getByTestId("credit-check-reasons")).toContainText("黑名单");
  await expect(result.getByRole("button", { name: "受理告知承诺" })).toHaveCount(0);
});
