import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { apiSession, handlingItemId, todayInShanghai, uniqueDocumentNumber } from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// The materials store (证照材料库, L1) against the real service. The licensee is made by
// an approval decision through the API (P6), with an ID number of its own per run.

/** A GB 11643 ID number (保康 420626, born 1985–2004) with its check character. */
function uniqueIdNumber(): string {
  const born = new Date(Date.UTC(1985, 0, 1) + Math.floor(Math.random() * 20 * 365) * 86_400_000);
  const birth = born.toISOString().slice(0, 10).replaceAll("-", "");
  const body = `420626${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

/** A day `days` away from today in Asia/Shanghai, YYYY-MM-DD. */
function shanghaiDay(days: number): string {
  const today = new Date(`${todayInShanghai()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** spj.officer records a decision for a new licensee (P1, P6). */
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
          handlingItemId: await handlingItemId(officer, "BKSP-005-02"),
          documentNumber: uniqueDocumentNumber("materials"),
          licensee: {
            number,
            name,
            contactPhone: "13800003333",
            address: "湖北省襄阳市保康县城关镇 e2e 路 8 号",
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
  } finally {
    await officer.dispose();
  }
}

async function openMaterials(page: Page, number: string): Promise<void> {
  await page.getByRole("menuitem", { name: "证照材料库" }).click();
  await expect(page).toHaveURL(/\/materials/);
  await expect(page.getByRole("heading", { name: "证照材料库" })).toBeVisible();
  const search = page.getByRole("searchbox", { name: "查询行政相对人" });
  await search.fill(number);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`number=${number}`));
}

async function pickDate(page: Page, label: string, value: string): Promise<void> {
  const drawer = page.locator(".ant-drawer");
  const input = drawer.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press("Enter");
  await expect(input).toHaveValue(value);
}

async function addMaterial(
  page: Page,
  values: { category: string; name: string; from: string; until: string },
): Promise<void> {
  await page.getByRole("button", { name: "录入材料" }).click();
  const drawer = page.locator(".ant-drawer").filter({ hasText: "录入证照材料" });
  await expect(drawer).toBeVisible();
  await chooseOption(page, drawer.getByLabel("类别"), values.category);
  await drawer.getByLabel("名称").fill(values.name);
  await drawer.getByLabel("发证机关").fill("保康县行政审批局");
  await pickDate(page, "有效期起", values.from);
  await pickDate(page, "有效期至", values.until);
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(drawer).toBeHidden();
}

test("L1: an officer adds a material valid until yesterday (已过期) and a valid one (有效); a supervisor of another department finds them by number", async ({
  page,
  browser,
}) => {
  const number = uniqueIdNumber();
  const name = `e2e 材料相对人 ${Date.now() % 100000}`;
  await newLicensee(number, name);

  await loginAs(page, "spj.officer");
  await openMaterials(page, number);
  const table = page.getByTestId("materials");
  await expect(table).toContainText("该行政相对人没有符合条件的材料");

  // Valid until yesterday: expired.
  await addMaterial(page, {
    category: "资格类",
    name: "e2e 旧卫生许可证",
    from: shanghaiDay(-400),
    until: shanghaiDay(-1),
  });
  const expired = table.locator("tr", { hasText: "e2e 旧卫生许可证" });
  await expect(expired.getByTestId("material-validity")).toHaveText("已过期");
  await expect(expired).toContainText(name);

  // The period in the wrong order is refused on its field, in Chinese.
  await page.getByRole("button", { name: "录入材料" }).click();
  const drawer = page.locator(".ant-drawer").filter({ hasText: "录入证照材料" });
  await chooseOption(page, drawer.getByLabel("类别"), "身份类");
  await drawer.getByLabel("名称").fill("e2e 营业执照");
  await drawer.getByLabel("发证机关").fill("保康县市场监督管理局");
  await pickDate(page, "有效期起", shanghaiDay(0));
  await pickDate(page, "有效期至", shanghaiDay(-10));
  await drawer.getByRole("button", { name: "保 存" }).click();
  const untilField = drawer.locator(".ant-form-item").filter({ hasText: "有效期至" });
  await expect(untilField.locator(".ant-form-item-explain-error")).toContainText(
    "不能早于起始日期",
  );
  // Corrected: valid.
  await pickDate(page, "有效期至", shanghaiDay(365));
  await drawer.getByRole("button", { name: "保 存" }).click();
  await expect(drawer).toBeHidden();
  const valid = table.locator("tr", { hasText: "e2e 营业执照" });
  await expect(valid.getByTestId("material-validity")).toHaveText("有效");
  await saveScreenshot(page, "materials");

  // A supervisor of another department finds both by the number, with no button to change them.
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await loginAs(other, "scj.supervisor");
    await openMaterials(other, number);
    const theirs = other.getByTestId("materials");
    await expect(
      theirs.locator("tr", { hasText: "e2e 营业执照" }).getByTestId("material-validity"),
    ).toHaveText("有效");
    await expect(
      theirs.locator("tr", { hasText: "e2e 旧卫生许可证" }).getByTestId("material-validity"),
    ).toHaveText("已过期");
    await expect(theirs.getByRole("button", { name: "撤回" })).toHaveCount(0);
    // Filter by validity: only the valid one.
    await chooseOption(other, other.getByLabel("有效状态"), "有效");
    await expect(theirs.locator("tr", { hasText: "e2e 旧卫生许可证" })).toHaveCount(0);
    await expect(theirs.locator("tr", { hasText: "e2e 营业执照" })).toHaveCount(1);
  } finally {
    await context.close();
  }

  // The officer withdraws the expired one with a reason.
  await expired.getByRole("button", { name: "撤回" }).click();
  const dialog = page.getByRole("dialog", { name: "撤回证照材料" });
  await dialog.getByLabel("撤回理由").fill("e2e：许可证已注销");
  await dialog.getByRole("button", { name: "撤 回" }).click();
  await expect(dialog).toBeHidden();
  await expect(expired.getByTestId("material-validity")).toHaveText("已撤回");
  await expect(expired).toContainText("e2e：许可证已注销");
});
