import { expect, test, type Locator, type Page } from "@playwright/test";
import { Buffer } from "node:buffer";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

// The linkage loop (P1–P4, S1–S3, A2, A3) against the real service and the demo
// catalogue (domain/demo_catalogue.py): BKSP-001-01 食品经营许可（新办） has a
// confirmed link to 保康县市场监督管理局 (BKJG-SCJ-01-03). Each run uses its own
// document number, so rows are found by it whatever else the demo data holds.

// A USCC with a valid GB 32100-2015 check character, and the same with a wrong one.
const USCC = "91420626MA4E2E0013";
const BAD_USCC = "91420626MA4E2E0012";
// The rectification deadline: two weeks from today (the service runs on the real clock).
const rectifyBy = new Date(Date.now() + 14 * 24 * 3600 * 1000);
const pad = (n: number) => String(n).padStart(2, "0");
const RECTIFY_BY = `${rectifyBy.getFullYear()}-${pad(rectifyBy.getMonth() + 1)}-${pad(rectifyBy.getDate())}`;
const RECTIFY_BY_SHOWN = `${rectifyBy.getFullYear()}年${rectifyBy.getMonth() + 1}月${rectifyBy.getDate()}日`;

async function chooseOption(page: Page, select: Locator, search: string): Promise<void> {
  await select.click();
  await select.fill(search);
  // The search leaves the matching options; Enter picks the first (active) one.
  await expect(
    page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: search }),
  ).not.toHaveCount(0);
  await select.press("Enter");
}

function fieldError(dialog: Locator, label: string): Locator {
  return dialog
    .locator(".ant-form-item")
    .filter({ has: dialog.page().getByLabel(label, { exact: true }) })
    .locator(".ant-form-item-explain-error");
}

test("P1–P4, S3: a decision recorded by the approval officer reaches the supervisor's open queue live; claimed and fed back as 责令限期整改", async ({
  page,
  browser,
}) => {
  const documentNumber = `保审许〔e2e〕${Date.now()}号`;

  // The coordinator reads the statistics before anything happens.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await loginAs(coordinator, "coordinator");
  await coordinator.goto("/statistics");
  const onTime = coordinator.getByTestId("stat-SCJ-claimedOnTime");
  await expect(onTime).toHaveText(/^\d+$/);
  const claimedOnTimeBefore = Number(await onTime.textContent());

  // The supervisor opens the queue first, in a browser context of its own.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  try {
    await loginAs(supervisor, "scj.supervisor");
    await supervisor.getByRole("menuitem", { name: "监管任务" }).click();
    await expect(supervisor).toHaveURL(/\/tasks$/);
    // Narrowed to this run's document number: the demo queue may hold many pushes.
    await supervisor.getByRole("searchbox", { name: "搜索任务" }).fill(documentNumber);
    await supervisor.getByRole("searchbox", { name: "搜索任务" }).press("Enter");
    const queue = supervisor.getByTestId("claim-queue");
    await expect(queue.locator("tr", { hasText: documentNumber })).toHaveCount(0);

    // The approval officer records the decision; a wrong USCC is shown at its field.
    await loginAs(page, "spj.officer");
    await page.getByRole("menuitem", { name: "审批推送" }).click();
    await expect(page).toHaveURL(/\/approvals$/);
    await page.getByRole("button", { name: "录入审批决定" }).click();
    const drawer = page.getByRole("dialog", { name: "录入审批决定" });
    await chooseOption(page, drawer.getByLabel("业务办理项"), "BKSP-001-01");
    await expect(
      drawer.locator(".ant-form-item").filter({ has: page.getByLabel("业务办理项") }),
    ).toContainText("BKSP-001-01 食品经营许可（新办）");
    await drawer.getByLabel("法律文书编号").fill(documentNumber);
    await drawer.getByLabel("统一社会信用代码或身份证号").fill(BAD_USCC);
    await drawer.getByLabel("名称或姓名").fill("保康县e2e放心粮油店");
    await drawer.getByLabel("法定代表人").fill("李四");
    await drawer.getByLabel("联系电话").fill("13800138000");
    await drawer.getByLabel("地址").fill("保康县城关镇光千路 1 号");
    await drawer.getByLabel("许可内容").fill("食品销售经营者（预包装食品销售）");
    await drawer.getByLabel("申请材料清单").fill("食品经营许可申请书\n营业执照复印件");
    await drawer.getByLabel("办理意见").fill("材料齐全，符合法定形式，准予许可。");
    await drawer.getByRole("button", { name: "保存并推送" }).click();
    await expect(fieldError(drawer, "统一社会信用代码或身份证号")).toContainText("校验位");

    await drawer.getByLabel("统一社会信用代码或身份证号").fill(USCC);
    await drawer.getByRole("button", { name: "保存并推送" }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByText(`已推送 ${documentNumber} 至 保康县市场监督管理局`)).toBeVisible();
    await page.getByRole("searchbox", { name: "搜索推送" }).fill(documentNumber);
    await page.getByRole("searchbox", { name: "搜索推送" }).press("Enter");
    const sent = page.locator("tr", { hasText: documentNumber });
    await expect(sent).toContainText("待认领");
    await expect(sent).toContainText("保康县市场监督管理局");
    await saveScreenshot(page, "linkage-approvals");

    // The supervisor's open queue shows it without a reload, with a notification.
    await expect(supervisor.getByText(/收到新的审批推送/)).toBeVisible();
    const row = queue.locator("tr", { hasText: documentNumber });
    await expect(row).toBeVisible();
    await expect(row.getByTestId("due-light")).toHaveAttribute("data-light", "GREEN");
    await saveScreenshot(supervisor, "linkage-queue");
    await row.getByRole("button", { name: "认领" }).click();
    await expect(supervisor.getByText(`已认领 ${documentNumber}，已生成监管任务`)).toBeVisible();
    await expect(row).toHaveCount(0);

    await supervisor.getByRole("tab", { name: "办理中" }).click();
    const task = supervisor.getByTestId("task-queue").locator("tr", { hasText: documentNumber });
    await expect(task).toContainText("办理中");
    await task.getByRole("button", { name: "办理" }).click();
    const detail = supervisor.getByRole("dialog", { name: "监管任务" });
    await expect(detail.getByTestId("push-detail")).toContainText("保康县e2e放心粮油店");
    await expect(detail.getByTestId("push-detail")).toContainText("13800138000");

    // S3: 责令限期整改 with a deadline; the task waits for its follow-up check.
    const feedback = detail.getByRole("form", { name: "反馈监管结果" });
    await feedback.getByLabel("责令限期整改").check();
    await feedback.getByLabel("整改期限").fill(RECTIFY_BY);
    await feedback.getByLabel("整改期限").press("Enter");
    await feedback
      .getByLabel("情况说明")
      .fill("现场检查发现从业人员健康证过期，责令 15 日内整改。");
    await feedback.getByRole("button", { name: "提交反馈" }).click();
    await expect(supervisor.getByText("已反馈监管结果")).toBeVisible();
    await expect(detail.getByTestId("task-status")).toHaveText("整改中");
    const fedBack = detail.getByTestId("feedback-item");
    await expect(fedBack).toContainText("责令限期整改");
    await expect(fedBack).toContainText(`整改期限：${RECTIFY_BY_SHOWN}`);
    await expect(detail.getByRole("form", { name: "整改复查" })).toBeVisible();
    await expect(
      detail.getByTestId("timeline-entry").filter({ hasText: "监管结果反馈" }).first(),
    ).toBeVisible();
    await saveScreenshot(supervisor, "linkage-task");
  } finally {
    await supervisorContext.close();
  }

  // A3: the coordinator's statistics count the claim on time.
  await coordinator.getByRole("button", { name: /刷\s*新/ }).click();
  await expect(coordinator.getByTestId("stat-SCJ-claimedOnTime")).toHaveText(
    String(claimedOnTimeBefore + 1),
  );
  await saveScreenshot(coordinator, "linkage-statistics");
  await coordinatorContext.close();
});

/** Record a decision for BKSP-001-01 (routed to 市场监管局) on the approvals page. */
async function recordDecision(page: Page, documentNumber: string): Promise<void> {
  await page.getByRole("button", { name: "录入审批决定" }).click();
  const drawer = page.getByRole("dialog", { name: "录入审批决定" });
  await chooseOption(page, drawer.getByLabel("业务办理项"), "BKSP-001-01");
  await expect(
    drawer.locator(".ant-form-item").filter({ has: page.getByLabel("业务办理项") }),
  ).toContainText("BKSP-001-01 食品经营许可（新办）");
  await drawer.getByLabel("法律文书编号").fill(documentNumber);
  await drawer.getByLabel("统一社会信用代码或身份证号").fill(USCC);
  await drawer.getByLabel("名称或姓名").fill("保康县e2e放心粮油店");
  await drawer.getByLabel("许可内容").fill("食品销售经营者（预包装食品销售）");
  await drawer.getByRole("button", { name: "保存并推送" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`已推送 ${documentNumber} 至 保康县市场监督管理局`)).toBeVisible();
}

test("P2, S4, P5: claim selected shows each result; a revocation request with evidence and a penalty reach the approval officer, who decides and claims them", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const first = `保审许〔e2e〕${stamp}-1号`;
  const second = `保审许〔e2e〕${stamp}-2号`;
  const penalty = `保市监罚〔e2e〕${stamp}号`;
  await loginAs(page, "spj.officer");
  await page.goto("/approvals");
  await recordDecision(page, first);
  await recordDecision(page, second);

  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  try {
    await loginAs(supervisor, "scj.supervisor");
    await supervisor.goto("/tasks");
    await supervisor.getByRole("searchbox", { name: "搜索任务" }).fill(`保审许〔e2e〕${stamp}`);
    await supervisor.getByRole("searchbox", { name: "搜索任务" }).press("Enter");
    const queue = supervisor.getByTestId("claim-queue");
    for (const number of [first, second]) {
      await queue.locator("tr", { hasText: number }).getByRole("checkbox").check();
    }
    await queue.getByRole("button", { name: "认领所选（2）" }).click();
    const results = supervisor.getByRole("dialog", { name: "批量认领结果" });
    for (const number of [first, second]) {
      await expect(results.locator("li", { hasText: number })).toContainText("认领成功");
    }
    await results.getByRole("button", { name: "知道了" }).click();
    await expect(queue.locator("tr", { hasText: first })).toHaveCount(0);

    // S4: ask the approval department to revoke the first license; evidence is required.
    await supervisor.getByRole("tab", { name: "办理中" }).click();
    const task = supervisor.getByTestId("task-queue").locator("tr", { hasText: first });
    await task.getByRole("button", { name: "办理" }).click();
    const detail = supervisor.getByRole("dialog", { name: "监管任务" });
    await detail.getByRole("tab", { name: "许可处理函告" }).click();
    const request = detail.getByRole("form", { name: "许可处理函告" });
    await request.getByLabel("撤销许可").check();
    await request.getByLabel("理由").fill("以欺骗手段取得许可：营业执照复印件系伪造。");
    await request.getByLabel("法律依据").fill("《中华人民共和国行政许可法》第六十九条第二款");
    await request.getByRole("button", { name: "提交申请" }).click();
    await expect(request.locator(".ant-form-item-explain-error")).toContainText(
      "请至少上传一份证据材料",
    );
    await request.locator("input[type=file]").setInputFiles({
      name: "现场检查笔录.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% e2e evidence\n"),
    });
    await expect(request.locator(".ant-upload-list-item-done")).toContainText("现场检查笔录.pdf");
    await request.getByRole("button", { name: "提交申请" }).click();
    await expect(supervisor.getByText("已向审批部门提出撤销许可的申请")).toBeVisible();

    // P5: push the penalty decided today to the approval department.
    await detail.getByRole("tab", { name: "监管信息推送" }).click();
    const reverse = detail.getByRole("form", { name: "监管信息推送" });
    await chooseOption(supervisor, reverse.getByLabel("信息类型"), "行政处罚");
    await reverse.getByLabel("决定文书编号").fill(penalty);
    await reverse.getByLabel("信息内容").fill("销售超过保质期的食品，罚款人民币五千元。");
    await reverse.getByRole("button", { name: "推送至审批部门" }).click();
    await expect(supervisor.getByText("已推送监管信息至审批部门")).toBeVisible();
  } finally {
    await supervisorContext.close();
  }

  // The approval officer's open page was told, and decides and claims.
  await expect(page.getByText("收到新的许可处理函告")).toBeVisible();
  await page.getByRole("tab", { name: "许可处理函告" }).click();
  const row = page.locator("tr", { hasText: first });
  await expect(row).toContainText("待审查");
  await expect(row).toContainText("现场检查笔录.pdf");
  await row.getByRole("button", { name: "决定" }).click();
  const decide = page.getByRole("dialog", { name: /决定：撤销许可/ });
  await decide.getByLabel("同意", { exact: true }).check();
  await decide.getByLabel("决定书文号").fill(`保审撤〔e2e〕${stamp}号`);
  await decide.getByRole("button", { name: "作出决定" }).click();
  await expect(page.getByText("已同意，许可状态已更新")).toBeVisible();
  await expect(row).toContainText("已同意");
  await expect(row).toContainText("许可状态：已撤销");
  await saveScreenshot(page, "linkage-license-requests");

  await page.getByRole("tab", { name: "监管信息推送" }).click();
  const pushed = page.locator("tr", { hasText: penalty });
  await expect(pushed).toContainText("行政处罚");
  await pushed.getByRole("button", { name: "认领" }).click();
  await expect(page.getByText(`已认领监管信息 ${penalty}`)).toBeVisible();
});
