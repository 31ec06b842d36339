import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { apiSession, claimPush, recordDecision, uniqueDocumentNumber } from "./linkage-api";
import { saveScreenshot } from "./screenshots";
import { chooseOption } from "./select";

// The statistics page (统计, A3) against the real service. The figures are read
// from the table (data-testid stat-<department code>-<figure>); records are made
// through the API as the demo users. BKSP-001-01 (食品经营许可（新办）) is linked
// to 市场监管局 (SCJ) in the demo catalogue.

async function figure(page: Page, code: string, key: string): Promise<number> {
  const cell = page.getByTestId(`stat-${code}-${key}`);
  await expect(cell).toHaveText(/^\d+$/);
  return Number(await cell.textContent());
}

test("A3: the coordinator's statistics show every department's figures; a claim on time adds one to its department's claimed on time", async ({
  page,
}) => {
  await loginAs(page, "coordinator");
  await page.getByRole("menuitem", { name: "统计" }).click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.getByTestId("stat-row-SCJ")).toBeVisible();
  await expect(page.getByTestId("stat-row-WJJ")).toBeVisible();
  await expect(page.getByTestId("stat-row-TOTAL")).toBeVisible();
  await expect(page.getByTestId("chart-claims").locator("canvas")).toBeVisible();
  await expect(page.getByTestId("chart-tasks").locator("canvas")).toBeVisible();
  const claimedBefore = await figure(page, "SCJ", "claimedOnTime");
  const receivedBefore = await figure(page, "SCJ", "pushesReceived");
  const totalBefore = await figure(page, "TOTAL", "claimedOnTime");
  const lateBefore = await figure(page, "SCJ", "claimedLate");

  // 审批局 pushes a decision to 市场监管局, which claims it at once: on time (P2).
  const officer = await apiSession("spj.officer");
  const push = await recordDecision(
    officer,
    "BKSP-001-01",
    uniqueDocumentNumber("stat"),
    "e2e 统计食品店",
  );
  await officer.dispose();
  expect(push.department?.name).toBe("保康县市场监督管理局");
  const supervisor = await apiSession("scj.supervisor");
  await claimPush(supervisor, push.id);
  await supervisor.dispose();

  await page.getByRole("button", { name: /刷\s*新/ }).click();
  await expect(page.getByTestId("stat-SCJ-claimedOnTime")).toHaveText(String(claimedBefore + 1));
  await expect(page.getByTestId("stat-SCJ-pushesReceived")).toHaveText(String(receivedBefore + 1));
  await expect(page.getByTestId("stat-TOTAL-claimedOnTime")).toHaveText(String(totalBefore + 1));
  await expect(page.getByTestId("stat-SCJ-claimedLate")).toHaveText(String(lateBefore));
  await saveScreenshot(page, "statistics");

  // The department filter narrows the table to one department.
  await chooseOption(page, page.getByRole("combobox", { name: "部门" }), "保康县市场监督管理局");
  await expect(page.getByTestId("stat-row-WJJ")).toHaveCount(0);
  await expect(page.getByTestId("stat-SCJ-claimedOnTime")).toHaveText(String(claimedBefore + 1));
});

test("A3: a department admin sees the statistics of its own department only", async ({ page }) => {
  await loginAs(page, "scj.admin");
  await page.getByRole("menuitem", { name: "统计" }).click();
  await expect(page.getByTestId("stat-row-SCJ")).toBeVisible();
  await expect(page.getByTestId("stat-SCJ-claimedOnTime")).toHaveText(/^\d+$/);
  await expect(page.getByTestId("stat-row-WJJ")).toHaveCount(0);
  await expect(page.getByTestId("stat-row-SPJ")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "部门" })).toHaveCount(0);
});

test("A3: a supervisor has no statistics page", async ({ page }) => {
  await loginAs(page, "scj.supervisor");
  await expect(page.getByRole("menuitem", { name: "统计" })).toHaveCount(0);
  await page.goto("/statistics");
  await expect(page.getByText("404")).toBeVisible();
});
