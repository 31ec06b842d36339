import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Choose `option` in the antd Select whose combobox is `select`, and check that
 * the Select shows it. On a busy machine a click on an option still sliding in
 * is sometimes lost: the whole step is retried until the choice is taken.
 * `search`: type the option into a searchable Select first — its list is virtual,
 * so an option further down is not in the page until the list is narrowed.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string,
  { search = false }: { search?: boolean } = {},
): Promise<void> {
  const root = select.locator(
    "xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );
  await expect(async () => {
    await select.click();
    if (search) await select.fill(option);
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: option })
      .first()
      .click({ timeout: 2000 });
    await expect(root).toContainText(option, { timeout: 1000 });
  }).toPass();
}
