import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { apiSession, handlingItemId, todayInShanghai, uniqueDocumentNumber } from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// The credit page (信用管理, R1–R3) against the real service. The licensee is made
// by an approval decision through the API (P6: one licensee per number), with an
// ID number of its own per run: no earlier record or blacklist entry touches it.

/**
 * A GB 11643 ID number (保康 420626) with a random birth date and serial, and its check
 * character. Born 1985–2004: python-stdnum also checks that the division code existed at
 * the birth date, and 420626 exists from 1983 on (a 1964 birth date is refused).
 */
function uniqueIdNumber(): string {
  const born = new Date(Date.UTC(1985, 0, 1) + Math.floor(Math.random() * 20 * 365) * 86_400_000);
  const birth = born.toISOString().slice(0, 10).replaceAll("-", "");
  const body = `420626${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

/** The same number with a wrong check character. */
function withWrongCheck(number: string): string {
  const last = number.at(-1)!;
  return number.slice(0, -1) + (last === "0" ? "1" : "0");
}

/** spj.officer records a decision for a new licensee (P1, P6); returns its document number. */
async function newLicensee(number: string, name: string): Promise<string> {
  const documentNumber = uniqueDocumentNumber("credit");
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
          handlingItemId: await handlingItemId(officer, "BKSP-005-02"),
          documentNumber,
          licensee: {
            number,
            name,
            contactPhone: "13800002222",
            address: "湖北省襄阳市保康县城关镇 e2e 路 6 号",
          },
          licenseDate: todayInShanghai(),
          licenseContent: "e2e 公共场所卫生许可",
          materials: ["申请书"],
          handlingOpinion: "材料齐全，准予许可。",
        },
      },
    );
    const result = data.recordApprovalDecision;
    expect(result.__typename, result.message).toBe("RecordApprovalDecisionSuccess");
    return documentNumber;
  } finally {
    await officer.dispose();
  }
}

async function openCreditPage(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "信用管理" }).click();
  await expect(page).toHaveURL(/\/credit/);
  await expect(page.getByRole("heading", { name: "信用管理" })).toBeVisible();
}

async function lookUp(page: Page, number: string): Promise<void> {
  await page.getByRole("tab", { name: "信用查询" }).click();
  const search = page.getByRole("searchbox", { name: "信用查询号码" });
  await search.fill(number);
  await search.press("Enter");
}

test("R2, R3: the coordinator blacklists a licensee (grade D), removes it with a reason (the grade returns to A); a supervisor may not blacklist", async ({
  page,
  browser,
}) => {
  const number = uniqueIdNumber();
  const name = `e2e 信用相对人 ${Date.now() % 100000}`;
  const documentNumber = await newLicensee(number, name);

  await loginAs(page, "coordinator");
  await openCreditPage(page);

  // Before: grade A, not on the blacklist.
  await lookUp(page, number);
  const check = page.getByTestId("credit-check");
  await expect(check).toContainText(name);
  await expect(check.getByTestId("credit-grade")).toHaveAttribute("data-grade", "A");
  await expect(check).toContainText("不在黑名单中");

  // Add to the blacklist from the blacklist tab; a wrong check character is refused on the field.
  await page.getByRole("tab", { name: "黑名单" }).click();
  const blacklist = page.getByTestId("blacklist");
  await blacklist.getByRole("button", { name: "列入黑名单" }).click();
  const dialog = page.getByRole("dialog", { name: "列入黑名单" });
  await dialog.getByLabel("统一社会信用代码或身份证号").fill(withWrongCheck(number));
  await dialog.getByLabel("列入理由").fill("e2e：提供虚假材料骗取行政许可，情节严重");
  await dialog.getByLabel("法律依据").fill("《中华人民共和国行政许可法》第七十九条");
  await dialog.getByRole("button", { name: "列 入" }).click();
  const numberField = dialog
    .locator(".ant-form-item")
    .filter({ hasText: "统一社会信用代码或身份证号" });
  await expect(numberField.locator(".ant-form-item-explain-error")).toContainText(
    "统一社会信用代码或身份证号",
  );
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("统一社会信用代码或身份证号").fill(number);
  await dialog.getByRole("button", { name: "列 入" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已将 ${name} 列入黑名单`)).toBeVisible();

  // It is in the list of entries in force.
  const row = blacklist.locator("tr", { hasText: number });
  await expect(row).toContainText(name);
  await expect(row).toContainText("惩戒中");
  await expect(row).toContainText("移出为止");
  await expect(row).toContainText("行政许可法");
  await saveScreenshot(page, "credit-blacklist");

  // The credit look-up (from the row's number): grade D, with the entry in force.
  await row.getByRole("button", { name: number }).click();
  await expect(page.getByRole("tab", { name: "信用查询", selected: true })).toBeVisible();
  await expect(check.getByTestId("credit-grade")).toHaveAttribute("data-grade", "D");
  await expect(check.getByTestId("credit-grade-reasons")).toContainText("列入黑名单");
  const inForce = check.getByTestId("active-blacklist-entry");
  await expect(inForce).toContainText("惩戒中");
  await expect(inForce).toContainText("提供虚假材料骗取行政许可");
  await expect(inForce).toContainText("协调");
  await saveScreenshot(page, "credit-check");

  // The approval officer's push drawer shows the licensee's grade.
  const officerContext = await browser.newContext();
  try {
    const officer = await officerContext.newPage();
    await loginAs(officer, "spj.officer");
    await officer.getByRole("menuitem", { name: "审批推送" }).click();
    await officer.getByRole("searchbox", { name: "搜索推送" }).fill(documentNumber);
    await officer.getByRole("searchbox", { name: "搜索推送" }).press("Enter");
    await officer
      .locator("tr", { hasText: documentNumber })
      .getByRole("button", { name: /详\s*情/ })
      .click();
    const drawer = officer.getByTestId("push-detail");
    await expect(drawer).toContainText(name);
    await expect(drawer.getByTestId("credit-grade")).toHaveAttribute("data-grade", "D");
  } finally {
    await officerContext.close();
  }

  // A supervisor sees the entry but no button to add or remove, and the API refuses them.
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await loginAs(other, "scj.supervisor");
    await openCreditPage(other);
    const theirs = other.getByTestId("blacklist");
    await expect(theirs.locator("tr", { hasText: number })).toContainText("惩戒中");
    await expect(theirs.getByRole("button", { name: "列入黑名单" })).toHaveCount(0);
    await expect(theirs.getByRole("button", { name: "移出" })).toHaveCount(0);
    await lookUp(other, number);
    await expect(other.getByTestId("credit-grade")).toHaveAttribute("data-grade", "D");
    await expect(other.getByRole("button", { name: "移出黑名单" })).toHaveCount(0);
  } finally {
    await context.close();
  }
  const supervisor = await apiSession("scj.supervisor");
  try {
    const refused = await supervisor.gql<{
      addToBlacklist: { __typename: string; code?: string; message?: string };
    }>(
      `mutation ($input: AddToBlacklistInput!) {
        addToBlacklist(input: $input) { __typename ... on Error { message code field } }
      }`,
      {
        input: {
          licenseeNumber: number,
          reason: "e2e：监管人员不能列入黑名单",
          legalBasis: "无",
          startsOn: todayInShanghai(),
        },
      },
    );
    expect(refused.addToBlacklist.code).toBe("PERMISSION_DENIED");
  } finally {
    await supervisor.dispose();
  }

  // Remove it with a reason: the entry ends and the grade returns to A.
  await check.getByRole("button", { name: "移出黑名单" }).click();
  const removal = page.getByRole("dialog", { name: "移出黑名单" });
  await removal.getByRole("button", { name: "移 出" }).click();
  await expect(removal.locator(".ant-form-item-explain-error")).toContainText("请填写移出理由");
  await removal.getByLabel("移出理由").fill("e2e：信用修复完成");
  await removal.getByRole("button", { name: "移 出" }).click();
  await expect(removal).toBeHidden();
  await expect(page.getByText(`已将 ${name} 移出黑名单`)).toBeVisible();
  await expect(check.getByTestId("credit-grade")).toHaveAttribute("data-grade", "A");
  await expect(check).toContainText("不在黑名单中");
  const history = check.getByTestId("blacklist-history");
  await expect(history).toContainText("已移出");
  await expect(history).toContainText("信用修复完成");

  // The blacklist tab: no longer in force; listed among the removed entries.
  await page.getByRole("tab", { name: "黑名单" }).click();
  await blacklist.getByRole("searchbox", { name: "搜索黑名单" }).fill(number);
  await blacklist.getByRole("searchbox", { name: "搜索黑名单" }).press("Enter");
  await expect(blacklist.locator("tr", { hasText: number })).toHaveCount(0);
  await chooseOption(page, page.getByRole("combobox", { name: "黑名单状态" }), "已移出");
  const removed = blacklist.locator("tr", { hasText: number });
  await expect(removed).toContainText("已移出");
  await expect(removed).toContainText("信用修复完成");
});
