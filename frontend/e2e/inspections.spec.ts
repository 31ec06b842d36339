import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";
import { chooseOption } from "./select";

// 双随机抽查 (R4) against the real service and its demo data: the market supervision
// department's admin sets the inspector pool, plans a draw under 食品经营安全监督检查
// (demo licensees from its food licences), draws, sees the targets with their grades,
// inspectors and tasks, and the check of the draw; the supervisor finds the task in
// 监管任务 (tag 双随机抽查) and feeds back 合规; the admin publishes; the public page
// shows the result without login.

test("R4: pool, plan, draw with its check, a task fed back 合规, results published and public without login", async ({
  browser,
}) => {
  const planName = `e2e 双随机抽查 ${Date.now()}`;
  const adminContext = await browser.newContext();
  const supervisorContext = await browser.newContext();
  const publicContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    await loginAs(admin, "scj.admin");
    await admin.getByRole("menuitem", { name: "双随机抽查" }).click();
    await expect(admin).toHaveURL(/\/inspections/);
    await expect(admin.getByRole("heading", { name: "双随机抽查" })).toBeVisible();

    // The pool: the supervisor and the admin.
    const pool = admin.getByTestId("inspector-pool");
    const people = pool.getByRole("combobox", { name: "检查人员" });
    await chooseOption(admin, people, "市场监管局 陈监管");
    await chooseOption(admin, people, "市场监管局 赵管理");
    await admin.keyboard.press("Escape");
    await pool.getByRole("button", { name: "保存名录" }).click();
    await expect(admin.getByText("检查人员名录已保存")).toBeVisible();

    // A plan: every grade-A licensee of the item is drawn (100 %), due in 1 working day.
    await admin.getByRole("button", { name: "新建抽查计划" }).click();
    const modal = admin.getByRole("dialog", { name: "新建抽查计划" });
    await chooseOption(
      admin,
      modal.getByRole("combobox", { name: "监管事项" }),
      "食品经营安全监督检查",
    );
    await modal.getByLabel("计划名称").fill(planName);
    await modal.getByRole("spinbutton", { name: "A 级比例" }).fill("100");
    await modal.getByLabel("完成期限（工作日）").fill("1");
    await modal.getByRole("button", { name: /创\s*建/ }).click();
    await expect(admin.getByText("抽查计划已创建")).toBeVisible();

    const card = admin.locator(`[data-testid="inspection-plan"][data-plan-name="${planName}"]`);
    await expect(card).toContainText("待抽取");
    await card.getByRole("button", { name: /抽\s*取/ }).click();
    await admin
      .locator(".ant-popover:visible")
      .getByRole("button", { name: /抽\s*取/ })
      .click();
    await expect(admin.getByText("已抽取，监管任务已生成")).toBeVisible();
    await expect(card).toContainText("已抽取");
    const firstTarget = card
      .getByTestId("inspection-targets")
      .locator(".ant-table-tbody tr")
      .first();
    await expect(firstTarget).toContainText("信用");
    await expect(firstTarget).toContainText("办理中");
    await expect(firstTarget).toContainText(
      /市场监管局 (陈监管|赵管理)、市场监管局 (陈监管|赵管理)/,
    );
    await card.getByRole("button", { name: "复核抽取" }).click();
    await expect(card.getByTestId("draw-check")).toHaveText("复核一致");
    const licensee = firstTarget.locator("td").nth(1).locator(".ant-typography");
    const licenseeName = (await licensee.nth(0).innerText()).trim();
    const licenseeNumber = (await licensee.nth(1).innerText()).trim();

    // The supervisor's queue: the task of that licensee, tagged 双随机抽查, fed back 合规.
    const supervisor = await supervisorContext.newPage();
    await loginAs(supervisor, "scj.supervisor");
    await supervisor.goto("/tasks?tab=inProgress");
    const task = supervisor
      .getByTestId("task-queue")
      .locator("tr", { hasText: planName })
      .filter({ hasText: licenseeNumber });
    await expect(task).toHaveCount(1);
    await expect(task.getByTestId("task-origin")).toHaveText("双随机抽查");
    await task.getByRole("button", { name: "办理" }).click();
    const detail = supervisor.getByRole("dialog", { name: "监管任务" });
    const feedback = detail.getByRole("form", { name: "反馈监管结果" });
    await feedback.getByLabel("合规", { exact: true }).check();
    await feedback
      .getByLabel("情况说明")
      .fill("双随机抽查：现场检查经营场所、许可项目与许可内容一致。");
    await feedback.getByRole("button", { name: "提交反馈" }).click();
    await expect(supervisor.getByText("已反馈监管结果")).toBeVisible();

    // The admin publishes: that target's 合规, the others pending.
    await admin.getByRole("button", { name: "刷新" }).click();
    await expect(
      card.getByTestId("inspection-targets").locator(".ant-table-tbody tr").first(),
    ).toContainText("已办结");
    await card.getByRole("button", { name: "公开结果" }).click();
    await expect(admin.getByText("抽查结果已公开")).toBeVisible();
    await expect(card).toContainText("已公开");

    // The public page, no login: the login page links to it.
    const visitor = await publicContext.newPage();
    await visitor.goto("/login");
    await visitor.getByRole("link", { name: "查看双随机抽查结果公开（无需登录）" }).click();
    await expect(visitor).toHaveURL(/\/public\/inspections/);
    const published = visitor.getByTestId("published-inspection").filter({ hasText: planName });
    await expect(published).toContainText("保康县市场监督管理局");
    await expect(published).toContainText("食品经营安全监督检查");
    await expect(published.locator("tr", { hasText: licenseeName }).first()).toContainText("合规");
  } finally {
    await adminContext.close();
    await supervisorContext.close();
    await publicContext.close();
  }
});
