import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Choose `option` in the antd Select whose combobox is `select`, and check that
 * the Select shows it. On a busy machine a click on an option still sliding in
 * is sometimes lost: the whole step is retried until the choice is taken.
 */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  const root = select.locator(
    "xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );
  await expect(async () => {
    await select.click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: option })
      .first()
      .click({ timeout: 2000 });
    await expect(root).toContainText(option, { timeout: 1000 });
  }).toPass();
}
