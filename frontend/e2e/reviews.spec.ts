import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// The joint review page (会审, J1–J2) against the real service: the approval officer
// sends a 商请函 to two departments with the written notice, each department claims
// it and answers with its signed, sealed opinion, the officer sees the answers side
// by side and records the decision, which the departments see.

/** A GB 32100 USCC of Baokang (420626) with a random serial and its check character. */
function uniqueUscc(): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const serial = String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
  const body = `91420626MA${serial}`;
  const sum = [...body].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i]!, 0);
  return body + chars[(31 - (sum % 31)) % 31];
}

function pdf(name: string) {
  return {
    name,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% e2e joint review\n"),
  };
}

async function openReviews(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "会审" }).click();
  await expect(page).toHaveURL(/\/reviews/);
  await expect(page.getByRole("heading", { name: "会审" })).toBeVisible();
}

/** ``username``'s department claims the 商请函 about ``licensee`` and answers it. */
async function answer(
  browser: Browser,
  username: string,
  licensee: string,
  recommendation: string,
  opinion: string,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, username);
    await openReviews(page);
    const card = page.getByTestId("joint-review").filter({ hasText: licensee });
    await expect(card.getByTestId("response-card")).toHaveCount(1); // its own only
    await card.getByRole("button", { name: /认\s*领/ }).click();
    await expect(page.locator(".ant-message").getByText("已认领")).toBeVisible();
    await card.getByRole("button", { name: /^答\s*复$/ }).click();
    const dialog = page.getByRole("dialog", { name: "答复会审" });
    await dialog.getByRole("radio", { name: recommendation, exact: true }).check();
    await dialog.getByLabel("意见").fill(opinion);
    await dialog.getByRole("button", { name: "提交答复" }).click();
    await expect(dialog.locator(".ant-form-item-explain-error")).toContainText(
      "请上传签字盖章的书面意见",
    );
    await dialog.locator("input[type=file]").setInputFiles(pdf("书面意见.pdf"));
    await expect(dialog.locator(".ant-upload-list-item-done")).toContainText("书面意见.pdf");
    await dialog.getByRole("button", { name: "提交答复" }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByTestId("response-card")).toContainText("已答复");
    await expect(card.getByTestId("response-card")).toContainText(opinion);
  } finally {
    await context.close();
  }
}

test("J1, J2: a joint review answered by two departments side by side and decided", async ({
  page,
  browser,
}) => {
  const licensee = `e2e 会审申请人 ${Date.now() % 100000}`;
  await loginAs(page, "spj.officer");
  await openReviews(page);

  await page.getByRole("button", { name: "发出商请函" }).click();
  const dialog = page.getByRole("dialog", { name: "发出商请函" });
  await chooseOption(page, dialog.getByLabel("会审方式"), "现场踏勘");
  await dialog.getByLabel("申请人统一社会信用代码或身份证号").fill(uniqueUscc());
  await dialog.getByLabel("申请人名称").fill(licensee);
  await chooseOption(page, dialog.getByLabel("审批事项"), "食品经营许可");
  await dialog.getByLabel("会审事由").fill("新建生产车间，请派员现场踏勘并出具书面意见。");
  const departments = dialog.getByLabel("会审部门");
  await chooseOption(page, departments, "保康县市场监督管理局", { search: true });
  await chooseOption(page, departments, "保康县住房和城乡建设局", { search: true });
  await dialog.getByRole("button", { name: /^发\s*出$/ }).click();
  await expect(dialog.locator(".ant-form-item-explain-error")).toContainText("请上传书面通知");
  await dialog.locator("input[type=file]").setInputFiles(pdf("商请函.pdf"));
  await expect(dialog.locator(".ant-upload-list-item-done")).toContainText("商请函.pdf");
  await dialog.getByRole("button", { name: /^发\s*出$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(".ant-message").getByText("商请函已发出")).toBeVisible();

  const card = page.getByTestId("joint-review").filter({ hasText: licensee });
  await expect(card).toContainText("现场踏勘");
  await expect(card).toContainText("商请函.pdf");
  await expect(card.getByTestId("response-card")).toHaveCount(2);
  await expect(card.getByTestId("response-card").first()).toContainText("待认领");

  await answer(browser, "scj.supervisor", licensee, "附条件同意", "e2e：需补充冷链设施说明。");
  await answer(browser, "zjj.supervisor", licensee, "同意", "e2e：车间建设符合规划。");

  // The officer sees both answers side by side, then decides.
  await page.getByRole("button", { name: /刷\s*新/ }).click();
  const responses = card.getByTestId("response-card");
  await expect(responses.filter({ hasText: "保康县市场监督管理局" })).toContainText("附条件同意");
  await expect(responses.filter({ hasText: "保康县住房和城乡建设局" })).toContainText(
    "车间建设符合规划",
  );
  await expect(responses.filter({ hasText: "已答复" })).toHaveCount(2);
  await expect(card.getByTestId("late-tag")).toHaveCount(0);
  await saveScreenshot(page, "reviews-side-by-side");
  await card.getByRole("button", { name: "作出决定" }).click();
  const decide = page.getByRole("dialog", { name: "作出会审决定" });
  await decide.getByRole("radio", { name: "附条件准予许可", exact: true }).check();
  await decide.getByLabel("决定意见").fill("e2e：综合会审意见，附条件准予许可。");
  await decide.getByRole("button", { name: "记录决定" }).click();
  await expect(decide).toBeHidden();
  await expect(card.getByTestId("outcome")).toContainText("附条件准予许可");
  await expect(card).toContainText("已决定");
  await expect(card.getByRole("button", { name: "作出决定" })).toHaveCount(0);

  // A department that took part sees the decision.
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await loginAs(other, "zjj.supervisor");
    await openReviews(other);
    const theirs = other.getByTestId("joint-review").filter({ hasText: licensee });
    await expect(theirs.getByTestId("outcome")).toContainText("附条件准予许可");
    await expect(theirs.getByRole("button", { name: /^答\s*复$/ })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
