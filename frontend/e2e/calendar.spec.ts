import { expect, test, type Locator, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { saveScreenshot } from "./screenshots";

// T1: from 1 November the system warns administrators that next year's
// holiday notice is missing (chinese-calendar 1.11 knows up to 2026 only; on
// 2026-11-27 that is 2027). Before November, the current year is the one
// missing (from 2027 on). The service runs on the machine's clock.
function missingYear(now = new Date()): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "numeric",
  }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === "year")?.value);
  const month = Number(parts.find((p) => p.type === "month")?.value);
  return month >= 11 ? year + 1 : year;
}

/** The first date of ``weekday`` (0 Sunday … 6 Saturday) on or after ``from``. */
function firstWeekday(from: Date, weekday: number): string {
  const day = new Date(from);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function pickDate(picker: Locator, page: Page, value: string): Promise<void> {
  await picker.click();
  await picker.fill(value);
  // Tab (not Enter, which would submit the form) takes the typed date.
  await picker.press("Tab");
  await expect(picker).toHaveValue(value);
}

test("a system admin sees that next year is missing, enters its notice with field errors shown next to the fields", async ({
  page,
}) => {
  const year = missingYear();
  await loginAs(page, "admin");
  await page.getByRole("menuitem", { name: "工作日历" }).click();
  await expect(page).toHaveURL(/\/calendar$/);

  const warning = page.getByTestId("calendar-warning");
  await expect(warning).toContainText(`尚未录入 ${year} 年的节假日安排`);
  // The month view shows this month's days, holidays marked.
  await expect(page.locator(".cal-cell").first()).toBeVisible();
  await saveScreenshot(page, "calendar");

  // A notice: New Year's Day (1–3 January), one working weekend day.
  await page.getByRole("button", { name: "立即录入" }).click();
  await expect(page.getByRole("spinbutton")).toHaveValue(String(year));
  for (let row = 7; row >= 2; row--) {
    await page.getByRole("button", { name: `删除第 ${row} 个节假日` }).click();
  }
  await expect(page.getByLabel("第 1 个节假日名称")).toHaveValue("元旦");
  await pickDate(page.getByLabel("第 1 个节假日开始日期"), page, `${year}-01-01`);
  await pickDate(page.getByLabel("第 1 个节假日结束日期"), page, `${year}-01-03`);
  const monday = firstWeekday(new Date(`${year}-01-10T00:00:00Z`), 1);
  const saturday = firstWeekday(new Date(`${year}-01-10T00:00:00Z`), 6);
  const weekendDay = page.getByRole("textbox", { name: "第 1 个调休上班日", exact: true });
  await pickDate(weekendDay, page, monday);
  await page.getByRole("button", { name: "录入节假日安排" }).click();

  // The API refuses a Monday as a working weekend day; its message is under that field.
  const weekendItem = page.locator(".ant-form-item").filter({ has: weekendDay });
  await expect(weekendItem.locator(".ant-form-item-explain-error")).toContainText("不是周六或周日");
  await saveScreenshot(page, "calendar-field-error");

  await pickDate(weekendDay, page, saturday);
  await page.getByRole("button", { name: "录入节假日安排" }).click();
  await expect(page.getByText(`已录入 ${year} 年节假日安排`)).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId("calendar-month-title")).toHaveText(`${year}年1月`);
  // 1 January rests; the Saturday works (调休).
  await expect(page.locator(".cal-holiday").filter({ hasText: "元旦" }).first()).toBeVisible();
  await expect(page.locator(".cal-working-weekend").first()).toBeVisible();
  await expect(page.getByText("到期时间改变的期限")).toBeVisible();
  await saveScreenshot(page, "calendar-entered");
});
