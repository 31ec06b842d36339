import { expect, test, type Locator, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

// The catalogue pages against the real service with the demo catalogue
// (domain/demo_catalogue.py). The tests share one service, so each works on
// its own records: BKSP-031-01 (no link), BKSP-024-02 (proposed to 交通运输局),
// new codes BKSP-E2E-*.

const BAD_IMPORT = fileURLToPath(
  new URL("./fixtures/catalogue-import-bad-row.xlsx", import.meta.url),
);

async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** The visible tab panel of the catalogue page. */
function panel(page: Page): Locator {
  return page.getByRole("tabpanel");
}

async function chooseOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: option })
    .first()
    .click();
}

test("C3/C5: the approval officer proposes a link, the supervising department confirms it, the coordinator publishes and the public sees it", async ({
  page,
  browser,
}) => {
  // 审批局 proposes 卫健局 as the supervising department of BKSP-031-01.
  await loginAs(page, "spj.officer");
  await page.getByRole("menuitem", { name: "事项清单" }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).fill("BKSP-031-01");
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).press("Enter");
  const line = panel(page).getByTestId("handling-BKSP-031-01");
  await expect(line).toContainText("未关联");
  await line.getByRole("button", { name: "提出关联" }).click();
  const propose = page.getByRole("dialog", { name: "提出审管关联" });
  await chooseOption(page, propose.getByRole("combobox"), "保康县卫生健康局");
  await propose.getByRole("button", { name: "提 出" }).click();
  await expect(propose).toBeHidden();
  await expect(line).toContainText("待确认");
  await expect(line).toContainText("保康县卫生健康局");
  await logout(page);

  // 卫健局 sees the link proposed to it and confirms it with one of its sub-items.
  await loginAs(page, "wjj.supervisor");
  await page.goto("/catalogue?tab=links");
  const row = panel(page).locator("tr", { hasText: "BKSP-031-01" });
  await expect(row).toContainText("待确认");
  await saveScreenshot(page, "catalogue-links");
  await row.getByRole("button", { name: "确认" }).click();
  const confirm = page.getByRole("dialog", { name: "确认审管关联" });
  await chooseOption(page, confirm.getByRole("combobox"), "BKJG-WJJ-01-02");
  await confirm.getByRole("button", { name: "确认关联" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("已确认审管关联")).toBeVisible();
  await expect(panel(page).locator("tr", { hasText: "BKSP-031-01" })).toHaveCount(0);
  await logout(page);

  // The coordinator publishes the draft as a new version effective today.
  await loginAs(page, "coordinator");
  await page.getByRole("menuitem", { name: "发布清单" }).click();
  await expect(page).toHaveURL(/\/catalogue\/publish$/);
  await page.getByLabel("发布说明").fill("e2e：游泳场所经营许可由卫健局监管");
  await page.getByRole("button", { name: "发 布" }).click();
  await expect(page.getByText(/已发布第 \d+ 版/)).toBeVisible();
  const versions = page.locator(".ant-card", { hasText: "版本记录" });
  await expect(versions.getByText("e2e：游泳场所经营许可由卫健局监管")).toBeVisible();
  await saveScreenshot(page, "catalogue-publish");

  // Anyone, without logging in, sees the new version on the public page.
  const anonymous = await browser.newPage();
  try {
    await anonymous.goto("/login");
    await anonymous.getByRole("link", { name: /公开的审管联动事项清单/ }).click();
    await expect(anonymous).toHaveURL(/\/public\/catalogue$/);
    await expect(anonymous.getByTestId("public-version")).toContainText(
      "e2e：游泳场所经营许可由卫健局监管",
    );
    await anonymous.getByRole("searchbox", { name: "搜索清单" }).fill("BKSP-031");
    await anonymous.getByRole("searchbox", { name: "搜索清单" }).press("Enter");
    const published = anonymous.getByTestId("public-BKSP-031-01");
    await expect(published).toContainText("保康县卫生健康局");
    await expect(published).toContainText("沐浴、美容美发场所卫生监督检查");
    await expect(anonymous.getByTestId("public-BKSP-031-02")).toContainText("未明确监管部门");
  } finally {
    await anonymous.close();
  }
});

test("C3: the supervising department rejects a link proposed to it, with a reason", async ({
  page,
}) => {
  await loginAs(page, "jtj.supervisor");
  await page.getByRole("menuitem", { name: "事项清单" }).click();
  await page.getByRole("tab", { name: "审管关联" }).click();
  const row = panel(page).locator("tr", { hasText: "BKSP-024-02" });
  await row.getByRole("button", { name: "拒绝" }).click();
  const dialog = page.getByRole("dialog", { name: "拒绝审管关联" });
  await dialog.getByRole("button", { name: "拒 绝" }).click();
  await expect(dialog.locator(".ant-form-item-explain-error")).toContainText("请填写原因");
  await dialog.getByLabel("原因").fill("出租汽车车辆运营证由县运管所监管，不属本局子项。");
  await dialog.getByRole("button", { name: "拒 绝" }).click();
  await expect(dialog).toBeHidden();
  await chooseOption(page, panel(page).getByRole("combobox", { name: "关联状态" }), "已拒绝");
  const rejected = panel(page).locator("tr", { hasText: "BKSP-024-02" });
  await expect(rejected).toContainText("已拒绝");
  await expect(rejected).toContainText("不属本局子项");
});

test("C1: an approval item's form shows the API's error at its field, then creates the item and its handling item", async ({
  page,
}) => {
  await loginAs(page, "spj.officer");
  await page.goto("/catalogue");
  await panel(page).getByRole("button", { name: "新建审批事项" }).click();
  const dialog = page.getByRole("dialog", { name: "新建审批事项" });
  await dialog.getByLabel("事项编码").fill("BKSP-001");
  await dialog.getByLabel("事项名称").fill("e2e 重复编码的事项");
  await dialog.getByRole("button", { name: "保 存" }).click();
  const codeItem = dialog.locator(".ant-form-item").filter({ has: page.getByLabel("事项编码") });
  await expect(codeItem.locator(".ant-form-item-explain-error")).toContainText("已存在");
  await saveScreenshot(page, "catalogue-field-error");

  await dialog.getByLabel("事项编码").fill("BKSP-E2E-01");
  await dialog.getByLabel("事项名称").fill("e2e 户外广告设施设置许可");
  await dialog.getByRole("button", { name: "保 存" }).click();
  await expect(dialog).toBeHidden();

  // An approval item needs a handling item before it can be published (C1).
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).fill("BKSP-E2E-01");
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).press("Enter");
  const item = panel(page).locator("tr", { hasText: "e2e 户外广告设施设置许可" });
  await item.getByRole("button", { name: "添加业务办理项" }).click();
  const part = page.getByRole("dialog", { name: "新建业务办理项" });
  await part.getByLabel("业务办理项编码").fill("BKSP-E2E-01-01");
  await part.getByLabel("业务办理项名称").fill("e2e 户外广告设施设置（新办）");
  await part.getByRole("button", { name: "保 存" }).click();
  await expect(part).toBeHidden();
  await expect(panel(page).getByTestId("handling-BKSP-E2E-01-01")).toContainText("未关联");
});

test("C6: importing a spreadsheet with a bad cell shows that row's error and stores nothing", async ({
  page,
}) => {
  await loginAs(page, "coordinator");
  await page.getByRole("menuitem", { name: "导入导出" }).click();
  await expect(page).toHaveURL(/\/catalogue\/import$/);
  await page.locator("input[type=file]").setInputFiles(BAD_IMPORT);
  const status = page.getByTestId("import-status");
  await expect(status).toContainText("导入失败");
  await expect(status).toContainText("未保存任何内容");
  const errorRow = page.getByTestId("import-errors").locator("tbody tr").first();
  await expect(errorRow).toContainText("审批事项");
  await expect(errorRow.locator("td").nth(1)).toHaveText("4");
  await expect(errorRow).toContainText("可告知承诺");
  await expect(errorRow).toContainText("应填“是”或“否”");
  await expect(page.getByTestId("import-errors").locator("tbody tr")).toHaveCount(1);
  await saveScreenshot(page, "catalogue-import-errors");

  // Nothing of the file was stored: its approval items are not in the draft.
  await page.goto("/catalogue");
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).fill("YL-SP-001");
  await panel(page).getByRole("searchbox", { name: "搜索审批事项" }).press("Enter");
  await expect(panel(page).getByText("没有符合条件的审批事项")).toBeVisible();
});

test("C6: the import template downloads from the import page", async ({ page }) => {
  await loginAs(page, "coordinator");
  await page.goto("/catalogue/import");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载导入模板/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  // An .xlsx is a zip archive: "PK" first.
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe("PK");
});

test("the coordinator's coverage view lists the gaps, and the draft catalogue pages render", async ({
  page,
}) => {
  await loginAs(page, "coordinator");
  await page.getByRole("menuitem", { name: "覆盖情况" }).click();
  await expect(page).toHaveURL(/\/catalogue\/coverage$/);
  const unlinked = page.locator(".ant-card", { hasText: "未确认关联的业务办理项" }).last();
  // BKSP-031-02 has no link in the demo data and no test links it.
  await expect(unlinked.getByText("BKSP-031-02")).toBeVisible();
  const awaiting = page.locator(".ant-card", { hasText: "待监管部门确认的关联" }).last();
  // BKSP-014-02 waits for 住建局 in the demo data.
  await expect(awaiting.getByText("BKSP-014-02")).toBeVisible();
  await expect(page.getByTestId("coverage-unlinked")).toContainText(/\d+/);
  await saveScreenshot(page, "catalogue-coverage");

  await page.getByRole("menuitem", { name: "事项清单" }).click();
  await expect(panel(page).getByTestId("handling-BKSP-001-01")).toContainText("已确认");
  await saveScreenshot(page, "catalogue");
  await page.getByRole("tab", { name: "监管事项" }).click();
  await expect(panel(page).getByText("BKJG-SCJ-01-01")).toBeVisible();
  await chooseOption(
    page,
    panel(page).getByRole("combobox", { name: "重点监管" }),
    "重点：特种设备",
  );
  await expect(panel(page).getByText("BKJG-SCJ-04", { exact: true })).toBeVisible();
  await expect(panel(page).getByText("BKJG-SCJ-01", { exact: true })).toHaveCount(0);
  await saveScreenshot(page, "catalogue-supervision");
});

test("the public catalogue page needs no login and picks a version", async ({ page }) => {
  await page.goto("/public/catalogue?version=1");
  await expect(page.getByTestId("public-version")).toContainText("第 1 版");
  await expect(page.getByTestId("public-BKSP-001-01")).toContainText("保康县市场监督管理局");
  await expect(page.getByRole("link", { name: /下载本版清单/ })).toHaveAttribute(
    "href",
    "/files/catalogue-export.xlsx?version=1",
  );
  await saveScreenshot(page, "public-catalogue");
});
