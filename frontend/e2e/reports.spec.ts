import { expect, test, type Locator } from "@playwright/test";
import { loginAs } from "./helpers";
import { apiSession, handlingItemId, todayInShanghai, uniqueDocumentNumber } from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// 群众举报 (A4) against the real service: a member of the public, not logged in, reports a
// licensee of 市场监管局 by its USCC; the report becomes a supervision task of that
// department, which appears in the supervisor's open 监管任务 queue (live) tagged 群众举报,
// and in 群众举报 with the reporter's contact. The licensee is new in each run (its own
// USCC), made by an approval decision through the API.

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A GB 32100 USCC of 保康 (420626) with a random serial and its check character. */
function uniqueUscc(): string {
  const serial = String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
  const body = `91420626MA${serial}`;
  const sum = [...body].reduce((acc, c, i) => acc + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

function withWrongCheck(number: string): string {
  const last = number.at(-1)!;
  return number.slice(0, -1) + (last === "0" ? "1" : "0");
}

function fieldError(form: Locator, label: string): Locator {
  return form
    .locator(".ant-form-item")
    .filter({ has: form.page().getByLabel(label, { exact: true }) })
    .locator(".ant-form-item-explain-error");
}

/** spj.officer records a 食品经营许可 (→ 市场监管局) for a new licensee (P1, P6). */
async function newLicensee(number: string, name: string): Promise<void> {
  const officer = await apiSession("spj.officer");
  try {
    const data = await officer.gql<{
      recordApprovalDecision: { __typename: string; message?: string };
    }>(
      `mutation ($input: RecordApprovalDecisionInput!) {
        recordApprovalDecision(input: $input) { __typename ... on Error { message code field } }
      }`,
      {
        input: {
          handlingItemId: await handlingItemId(officer, "BKSP-001-01"),
          documentNumber: uniqueDocumentNumber("report"),
          licensee: {
            number,
            name,
            contactPhone: "13800003333",
            address: "湖北省襄阳市保康县城关镇 e2e 路 9 号",
          },
          licenseDate: todayInShanghai(),
          licenseContent: "食品销售经营者（预包装食品销售）",
          materials: ["申请书"],
          handlingOpinion: "材料齐全，准予许可。",
        },
      },
    );
    const result = data.recordApprovalDecision;
    expect(result.__typename, result.message).toBe("RecordApprovalDecisionSuccess");
  } finally {
    await officer.dispose();
  }
}

test("A4: a report from the public, without login, becomes a task in the supervisor's 监管任务 tagged 群众举报", async ({
  page,
  browser,
}) => {
  const uscc = uniqueUscc();
  const name = `保康县e2e举报超市${Date.now() % 100000}`;
  await newLicensee(uscc, name);

  // The supervisor of 市场监管局 has the open queue in front of them.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await loginAs(supervisor, "scj.supervisor");
  await supervisor.getByRole("menuitem", { name: "监管任务" }).click();
  await supervisor.getByRole("tab", { name: "办理中" }).click();

  // The public page, from the login page, without logging in.
  await page.goto("/login");
  await page.getByRole("link", { name: "群众举报（无需登录）" }).click();
  await expect(page).toHaveURL(/\/public\/report$/);
  const form = page.getByRole("form", { name: "举报" });
  await form.getByLabel("统一社会信用代码或身份证号").fill(withWrongCheck(uscc));
  await form.getByLabel("举报内容").fill("太短");
  await form.getByRole("button", { name: "提交举报" }).click();
  await expect(fieldError(form, "统一社会信用代码或身份证号")).toContainText("校验位");

  await form.getByLabel("统一社会信用代码或身份证号").fill(uscc);
  await form.getByRole("button", { name: "提交举报" }).click();
  await expect(fieldError(form, "举报内容")).toContainText("至少 10 个字");

  await form
    .getByLabel("举报内容")
    .fill("今天上午在该超市看到货架上有多盒过期牛奶仍在销售，生产日期是去年。");
  await form.getByLabel("联系方式（可不填）").fill("13900004444");
  await saveScreenshot(page, "reports-public-form");
  await form.getByRole("button", { name: "提交举报" }).click();
  const receiptText = page.getByTestId("report-receipt");
  await expect(receiptText).toContainText("回执编号");
  const receipt = (await receiptText.textContent())!.match(/JB\d{8}-[0-9A-Z]{10}/)![0];
  await saveScreenshot(page, "reports-public-receipt");

  // The public looks it up: status only.
  await page.getByRole("searchbox", { name: "回执编号" }).fill(receipt);
  await page.getByRole("searchbox", { name: "回执编号" }).press("Enter");
  await expect(page.getByTestId("report-status")).toContainText("处理中");

  // The supervisor's open queue shows the new task without a reload, tagged 群众举报.
  const row = supervisor.getByTestId("task-queue").locator("tr", { hasText: receipt });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("task-origin")).toHaveText("群众举报");
  await expect(row).toContainText(name);
  await expect(row).toContainText("办理中");
  await saveScreenshot(supervisor, "reports-task-queue");

  // 群众举报 lists it with the reporter's contact and the task's status; the task opens.
  await supervisor.getByRole("menuitem", { name: "群众举报" }).click();
  await expect(supervisor).toHaveURL(/\/reports$/);
  const listed = supervisor.getByTestId("reports").locator("tr", { hasText: receipt });
  await expect(listed).toContainText("13900004444");
  await expect(listed).toContainText("保康县市场监督管理局");
  await expect(listed.getByTestId("report-task")).toContainText("办理中");
  await saveScreenshot(supervisor, "reports-staff-list");
  await listed.getByRole("button", { name: "查看任务" }).click();
  const drawer = supervisor.getByRole("dialog", { name: "监管任务" });
  await expect(drawer.getByTestId("task-detail")).toContainText("群众举报");
  await expect(drawer.getByTestId("task-detail")).toContainText(receipt);

  await supervisorContext.close();
});

test("A4: a report naming no known licensee reaches the coordination group, whose coordinator forwards it to 市场监管局", async ({
  page,
  browser,
  request,
}) => {
  const shop = `e2e无照小店${Date.now() % 100000}`;
  const response = await request.post("/graphql", {
    data: {
      query: `mutation ($input: SubmitReportInput!) {
        submitReport(input: $input) {
          __typename ... on SubmitReportSuccess { receipt { receiptNumber } }
          ... on Error { message }
        }
      }`,
      variables: {
        input: { licenseeName: shop, content: "该店售卖散装白酒，无任何标签和许可证明。" },
      },
    },
  });
  const body = (await response.json()) as {
    data: { submitReport: { __typename: string; receipt?: { receiptNumber: string } } };
  };
  expect(body.data.submitReport.__typename).toBe("SubmitReportSuccess");
  const receipt = body.data.submitReport.receipt!.receiptNumber;

  await loginAs(page, "coordinator");
  await page.getByRole("menuitem", { name: "群众举报" }).click();
  const row = page.getByTestId("reports").locator("tr", { hasText: receipt });
  await expect(row).toContainText("未对应到相对人，转协调小组");
  await row.getByRole("button", { name: "转交监管部门" }).click();
  const modal = page.getByRole("dialog", { name: "转交举报" });
  await chooseOption(page, modal.getByLabel("监管部门"), "保康县市场监督管理局");
  await modal.getByLabel("转交说明").fill("涉及食品销售，请市场监管局核查。");
  await modal.getByRole("button", { name: /转\s*交/ }).click();
  await expect(page.getByText(`已将举报 ${receipt} 转交 保康县市场监督管理局`)).toBeVisible();
  await expect(row.getByTestId("report-task")).toContainText("保康县市场监督管理局");
  await expect(row.getByRole("button", { name: "转交监管部门" })).toHaveCount(0);

  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await loginAs(supervisor, "scj.supervisor");
  await supervisor.getByRole("menuitem", { name: "监管任务" }).click();
  await supervisor.getByRole("tab", { name: "办理中" }).click();
  const task = supervisor.getByTestId("task-queue").locator("tr", { hasText: receipt });
  await expect(task.getByTestId("task-origin")).toHaveText("群众举报");
  await expect(task).toContainText("未对应到已知相对人");
  await supervisorContext.close();
});
