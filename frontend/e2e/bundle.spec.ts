import { expect, test, type Page } from "@playwright/test";

// The admin page loads each page's code on its first visit (App.tsx, React.lazy):
// the login page and the public pages, opened by the public on a phone, download
// their own page's chunk and no other page's (docs/performance.md, "Admin page bundle").

const ADMIN_PAGE_CHUNK =
  /\/(AppLayout|HomePage|CataloguePage|TasksPage|ApprovalsPage|CreditPage|StatisticsPage|ReportsPage|InspectionsPage|MaterialsPage)-[\w-]+\.js$/;

function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

const PUBLIC_PAGES = [
  { path: "/login", chunk: "LoginPage", shown: (page: Page) => page.getByLabel("用户名") },
  {
    path: "/public/report",
    chunk: "PublicReportPage",
    shown: (page: Page) => page.getByRole("form", { name: "举报" }),
  },
  {
    path: "/public/catalogue",
    chunk: "PublicCataloguePage",
    shown: (page: Page) => page.getByRole("heading", { name: "保康县审管联动事项清单" }),
  },
  {
    path: "/public/inspections",
    chunk: "PublicInspectionsPage",
    shown: (page: Page) => page.getByRole("heading", { name: "保康县双随机抽查结果公开" }),
  },
];

for (const { path, chunk, shown } of PUBLIC_PAGES) {
  test(`${path} downloads its own page's code and no admin page's`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(path);
    await expect(shown(page)).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(scripts.some((script) => script.includes(`/${chunk}-`))).toBe(true);
    expect(scripts.filter((script) => ADMIN_PAGE_CHUNK.test(script))).toEqual([]);
  });
}
